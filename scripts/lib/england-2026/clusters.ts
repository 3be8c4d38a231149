// The 2025 leadership clusters, read from the hand-compiled table (each row cites its sources):
// each cluster's units, and a flag on every row no statement confirms. Checked strictly: every
// unit in exactly one cluster.
import {BuildError} from '../raw';
import {slug, type Group} from './groups';
import type {Unit} from './units';

/** The 2025 clusters from the compiled table: each member is an ICB of 2023 (ODS code), whole,
 * or in part: "QJG(part: 06T)" (those 2023 SICBLs), or "QNQ(part)" (its units that went to the
 * ICB the cluster became on 1 April 2026). Flagged unless the row's status starts "confirmed",
 * and where it holds part of an ICB whose 2025 arrangement no source confirms ("(part)"). */
export function clusterGroups(
  units: readonly Unit[],
  rows: readonly Record<string, string>[],
): Group[] {
  const groups: Group[] = [];
  const taken = new Map<string, string>();
  for (const r of rows) {
    const id = slug(r.cluster_name!);
    const members: string[] = [];
    let partUnconfirmed = false;
    for (const token of r
      .member_icb23_cdh!.split(';')
      .map((t) => t.trim())
      .filter(Boolean)) {
      const m = /^([A-Z0-9]{3})(?:\(part(?::\s*([A-Z0-9, ]+))?\))?$/.exec(token);
      if (!m) throw new BuildError(`Cluster ${r.cluster_id}: cannot read member "${token}"`);
      const [, icb, partText] = m;
      const whole = !token.includes('(part');
      const sicbls = partText?.split(',').map((s) => s.trim());
      const of = units.filter((u) => u.icb2023.odsCode === icb);
      if (of.length === 0)
        throw new BuildError(`Cluster ${r.cluster_id}: ${icb} is not an ICB of 2023`);
      let picked: Unit[];
      if (whole) picked = of;
      else if (sicbls) {
        picked = of.filter((u) => sicbls.includes(u.sicbl2023.odsCode));
        const missing = sicbls.find((s) => !of.some((u) => u.sicbl2023.odsCode === s));
        if (missing)
          throw new BuildError(
            `Cluster ${r.cluster_id}: ${missing} is not a sub-ICB location of ${icb}`,
          );
      } else {
        picked = of.filter((u) => u.icb2026.odsCode === r.merged_1apr2026_as_icb26_cdh);
        partUnconfirmed = true;
      }
      if (picked.length === 0)
        throw new BuildError(`Cluster ${r.cluster_id}: member "${token}" holds no unit`);
      members.push(...picked.map((u) => u.code));
    }
    for (const u of members) {
      if (taken.has(u))
        throw new BuildError(
          `Unit ${u} is in cluster ${taken.get(u)} and in cluster ${r.cluster_id}`,
        );
      taken.set(u, r.cluster_id!);
    }
    const status = r.status!;
    const notes = [
      !status.startsWith('confirmed') &&
        `In the statements read: ${status.replace(/^NOT CONFIRMED:\s*/, '')}.`,
      partUnconfirmed &&
        'Frimley’s 2025 leadership arrangement is not confirmed; its pieces are shown where they went on 1 April 2026.',
    ].filter((n): n is string => Boolean(n));
    // Never shown as official: an uncertain cluster says so in its name too.
    groups.push({
      id,
      code: null,
      name: notes.length ? `${r.cluster_name} (not confirmed)` : r.cluster_name!,
      ...(notes.length ? {uncertain: notes.join(' ')} : {}),
      units: members,
    });
  }
  const left = units.find((u) => !taken.has(u.code));
  if (left) throw new BuildError(`Unit ${left.code} (${left.icb2023.odsCode}) is in no cluster`);
  return groups;
}
