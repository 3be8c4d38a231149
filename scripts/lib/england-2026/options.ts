// The four built-in options of England 2026, all exact groupings of the units: the 42 ICBs of
// 2023 to March 2026, the 36 ICBs from 1 April 2026, the 26 leadership clusters of 2025 (compiled
// by hand from public statements: rows not confirmed are flagged, never shown as official) and the
// 7 NHS England regions. Colours are chosen so that touching groups differ (the builder's
// colour-vision rule, CLASH_BELOW), greedily over the units' adjacency.
import type {BoundaryOption, Region} from '../../../src/domain/types';
import {REGION_PALETTE, CLASH_BELOW} from '../../../src/domain/builder/palette';
import {leastDifference} from '../../../src/domain/builder/colour-vision';
import type {Adjacency} from '../../../src/domain/builder/units';
import {BuildError, byCode} from '../raw';
import type {Named, Unit} from './units';

/** "NHS Cheshire and Merseyside Integrated Care Board" → "Cheshire and Merseyside". */
export const icbName = (name: string): string =>
  name
    .replace(/^NHS /, '')
    .replace(/ Integrated Care Board$/, '')
    .replace(/ ICB$/, '');

/** A region id: lower-case words joined by hyphens. */
export function slug(name: string): string {
  const words = name
    .replace(/^NHS /, '')
    .replace(/\(.*?\)/g, '')
    .replace(/\b(ICB|cluster)\b/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, 'n$1')
    .split('-');
  // Short enough for links (a user's option names its regions by id): whole words, at most 36 characters.
  let id = words[0]!;
  for (const w of words.slice(1))
    if (id.length + 1 + w.length <= 36) id += `-${w}`;
    else break;
  return id.replace(/-(and|of|the)$/, '');
}

const GREY = REGION_PALETTE.at(-1);

interface Group {
  id: string;
  code: string | null;
  name: string;
  uncertain?: string;
  units: string[];
}

/**
 * Colours for `groups` such that groups whose units touch (`adjacency`) differ by at least
 * CLASH_BELOW under every vision: most-connected groups first, each taking its preferred colour
 * (`prefer`, e.g. the same ICB's colour in another option) if it fits, else the first palette
 * colour that does. Throws naming the group when none fits.
 */
export function colourGroups(
  groups: readonly Pick<Group, 'id' | 'units'>[],
  adjacency: Adjacency,
  prefer: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const u of g.units) groupOf.set(u, g.id);
  const touching = new Map<string, Set<string>>(groups.map((g) => [g.id, new Set()]));
  for (const [unit, others] of adjacency) {
    const a = groupOf.get(unit);
    for (const o of others) {
      const b = groupOf.get(o);
      if (a && b && a !== b) {
        touching.get(a)!.add(b);
        touching.get(b)!.add(a);
      }
    }
  }
  const order = [...groups].sort(
    (x, y) => touching.get(y.id)!.size - touching.get(x.id)!.size || byCode(x.id, y.id),
  );
  const colour = new Map<string, string>();
  for (const g of order) {
    const fits = (c: string) =>
      [...touching.get(g.id)!].every(
        (n) => !colour.has(n) || leastDifference(c, colour.get(n)!).difference >= CLASH_BELOW,
      );
    const wanted = prefer.get(g.id);
    // Else the least-used colour that fits, so the palette is spread over the map.
    const uses = (c: string) => [...colour.values()].filter((x) => x === c).length;
    // Pale grey (the palette's last, read as "no data" on many maps) only when nothing else fits.
    const fitting = REGION_PALETTE.filter(fits).sort(
      (a, b) => Number(a === GREY) - Number(b === GREY) || uses(a) - uses(b),
    );
    const chosen = wanted && fits(wanted) ? wanted : fitting[0];
    if (!chosen)
      throw new BuildError(
        `Group ${g.id} touches groups of every palette colour: no colour can be told apart from its neighbours'`,
      );
    colour.set(g.id, chosen);
  }
  return colour;
}

function groupBy(
  units: readonly Unit[],
  key: (u: Unit) => Named,
  name: (n: Named) => string,
): Group[] {
  const groups = new Map<string, Group>();
  for (const u of units) {
    const n = key(u);
    const g = groups.get(n.code) ?? {id: slug(name(n)), code: n.code, name: name(n), units: []};
    g.units.push(u.code);
    groups.set(n.code, g);
  }
  return [...groups.values()];
}

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

function optionOf(
  base: Omit<BoundaryOption, 'regions' | 'assignments'>,
  groups: readonly Group[],
  colours: ReadonlyMap<string, string>,
): BoundaryOption {
  const ids = new Set<string>();
  for (const g of groups) {
    if (ids.has(g.id)) throw new BuildError(`Option ${base.id}: two groups are called "${g.id}"`);
    ids.add(g.id);
  }
  const regions: Region[] = groups.map((g) => ({
    id: g.id,
    code: g.code,
    name: g.name,
    colour: colours.get(g.id)!,
    ...(g.uncertain ? {uncertain: g.uncertain} : {}),
  }));
  const assignments: Record<string, string> = {};
  for (const g of [...groups].sort((a, b) => byCode(a.units[0]!, b.units[0]!)))
    for (const u of g.units) assignments[u] = g.id;
  const sorted = Object.fromEntries(Object.entries(assignments).sort(([a], [b]) => byCode(a, b)));
  return {...base, regions, assignments: sorted};
}

/** Each option names its groups in its own word (the legend's "36 ICBs", "26 clusters"). */
const ICB = {one: 'ICB', many: 'ICBs'};

export const OPTION_COUNTS = {
  'icbs-2023': 42,
  'icbs-2026': 36,
  'clusters-2025': 26,
  'nhs-regions': 7,
} as const;

export function buildOptions2026(
  units: readonly Unit[],
  clusterRows: readonly Record<string, string>[],
  adjacency: Adjacency,
): BoundaryOption[] {
  const byName = (a: Group, b: Group) => byCode(a.name, b.name);
  const icb26 = groupBy(
    units,
    (u) => u.icb2026,
    (n) => icbName(n.name),
  ).sort(byName);
  const icb23 = groupBy(
    units,
    (u) => u.icb2023,
    (n) => icbName(n.name),
  ).sort(byName);
  const regions = groupBy(
    units,
    (u) => u.region,
    (n) => n.name,
  ).sort(byName);
  const clusters = clusterGroups(units, clusterRows);

  const c26 = colourGroups(icb26, adjacency);
  // The same ICB keeps its colour where it can; a 2023 ICB otherwise takes the colour of the 2026
  // ICB that holds most of its units, and a cluster that of its first member's.
  const icb26OfUnit = new Map(units.map((u) => [u.code, slug(icbName(u.icb2026.name))]));
  const preferOf = (groups: readonly Group[]) =>
    new Map(groups.map((g) => [g.id, c26.get(g.id) ?? c26.get(icb26OfUnit.get(g.units[0]!)!)!]));
  const c23 = colourGroups(icb23, adjacency, preferOf(icb23));
  const cClusters = colourGroups(clusters, adjacency, preferOf(clusters));
  const cRegions = colourGroups(regions, adjacency);

  const options: BoundaryOption[] = [
    optionOf(
      {
        id: 'icbs-2023',
        title: 'ICBs, 2023 to March 2026',
        phrase: 'the 42 ICBs of 2023 to March 2026',
        date: '2023-04',
        groupNoun: ICB,
        description:
          'The 42 integrated care boards (ICBs) as they stood from April 2023 until 31 March 2026, each made of its sub-ICB locations.',
        source: {
          document:
            'ONS LSOA (2021) to Sub ICB Location to Integrated Care Board (April 2024) lookup; codes and membership unchanged April 2023 to March 2026',
          paragraphs: 'every sub-ICB location',
        },
      },
      icb23,
      c23,
    ),
    optionOf(
      {
        id: 'icbs-2026',
        title: 'ICBs from 1 April 2026',
        phrase: 'the 36 ICBs from 1 April 2026',
        date: '2026-04-01',
        groupNoun: ICB,
        description:
          'The 36 ICBs from 1 April 2026: six mergers, Frimley dissolved and split three ways (to Thames Valley, Hampshire and Isle of Wight, and Surrey and Sussex), and Suffolk and North East Essex and Hertfordshire and West Essex divided between new ICBs.',
        source: {
          document:
            'ONS Sub ICB Locations to Integrated Care Boards to NHS England (Region) (April 2026) Lookup in EN',
          paragraphs: 'every sub-ICB location',
        },
      },
      icb26,
      c26,
    ),
    optionOf(
      {
        id: 'clusters-2025',
        title: '2025 leadership clusters (compiled)',
        phrase: 'the 26 leadership clusters of 2025',
        date: '2025-09',
        groupNoun: {one: 'cluster', many: 'clusters'},
        description:
          'The 26 leadership clusters of 2025/26, in which ICBs shared senior leadership teams ahead of merging. Not an official list: compiled by hand from public statements, and the rows no statement confirms are marked as uncertain.',
        source: {
          document:
            'Footprint’s compilation of public statements (icb_leadership_clusters_2025_compiled.csv: each row cites its pages)',
          paragraphs: 'rows 1–26',
        },
      },
      clusters,
      cClusters,
    ),
    optionOf(
      {
        id: 'nhs-regions',
        title: 'NHS England regions',
        phrase: 'the seven NHS England regions',
        date: '2026-04',
        groupNoun: {one: 'region', many: 'regions'},
        description:
          'The seven NHS England regions, which every ICB of 2023 and of 2026 lies within.',
        source: {
          document:
            'ONS Sub ICB Locations to Integrated Care Boards to NHS England (Region) (April 2026) Lookup in EN',
          paragraphs: 'every sub-ICB location',
        },
      },
      regions,
      cRegions,
    ),
  ];
  for (const o of options) {
    const want = OPTION_COUNTS[o.id as keyof typeof OPTION_COUNTS];
    if (o.regions.length !== want)
      throw new BuildError(`Option ${o.id} has ${o.regions.length} groups, not ${want}`);
  }
  return options;
}
