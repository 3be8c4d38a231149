// The plain-English "what changes" text, generated from a comparison so it is always true to
// the data: the same sentences are read on screen, announced, and shown in presenter mode.
import type {OptionComparison, RegionComparison, AreaMove} from './compare';
import {areaChange, change, regionChanges} from './compare';
import {formatCount, formatPercent, formatSigned, listJoin} from './format';
import {largestFirst} from './order';
import {countOf, nounFor, withArticle, type Noun, type UnitWords} from './geography';
import {partMoveSentences} from './parts/compare-words';
import {groupChanges, hasGroupChanges} from './group-changes';
import {groupChangeSentences} from './group-change-words';
import type {BoundaryOption} from './types';

/** Areas are named when few move (a board member wants to read "Northamptonshire"); when a
 * region is split, counts read better than a list of twenty names. */
const NAME_LIMIT = {perGroup: 3, total: 6};

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

// Written in format.ts (split-words.ts needs it too, and cannot import this file without a cycle).
export {listJoin} from './format';

const people = (n: number) => `${formatCount(n)} people`;

/** The moving areas grouped by (from, to) pair, largest group first, then by first appearance. */
function moveGroups(moves: AreaMove[]): AreaMove[][] {
  const groups = new Map<string, AreaMove[]>();
  for (const m of moves) {
    const key = `${m.from.id}→${m.to.id}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()].sort(largestFirst((g) => g.length));
}

function describeGroup(group: AreaMove[], moving: number, w: UnitWords): string {
  const {from, to} = group[0]!;
  const route = `from ${from.name} to ${to.name}`;
  if (group.length <= NAME_LIMIT.perGroup && moving <= NAME_LIMIT.total) {
    const names = group.map((m) => `${m.area.name} (${people(m.area.population)})`);
    return `${listJoin(names)} ${route}`;
  }
  const total = group.reduce((n, m) => n + m.area.population, 0);
  return `${countOf(group.length, w.area)} (${people(total)}) ${route}`;
}

/** What the compared options call their groups (UnitWords.group, e.g. "ICB or cluster");
 * "region" where not given. */
const groupOf = (w: UnitWords) => w.group ?? {one: 'region', many: 'regions'};

/** First sentence: which areas move, or that none does. */
export function movesSentence(cmp: OptionComparison, w: UnitWords): string {
  const n = cmp.moves.length;
  if (n === 0) return `No ${w.area.one} changes ${groupOf(w).one}.`;
  const verb = n === 1 ? 'moves' : 'move';
  return `${countOf(n, w.area)} ${verb}: ${moveGroups(cmp.moves)
    .map((g) => describeGroup(g, n, w))
    .join('; ')}.`;
}

/** Renamed, created and removed regions, one sentence each. */
export function regionEventSentences(cmp: OptionComparison, w: UnitWords): string[] {
  const out: string[] = [];
  for (const r of cmp.regions) {
    if (r.renamedFrom) out.push(`${r.renamedFrom} is renamed ${r.name}.`);
  }
  for (const r of cmp.regions.filter((x) => x.status === 'removed')) {
    out.push(`${r.name} is removed: ${destinations(cmp, r, w)}.`);
  }
  const created = cmp.regions.filter((x) => x.status === 'created');
  if (created.length === 1) {
    const b = created[0]!.b!;
    out.push(
      `${created[0]!.name} is a new ${groupOf(w).one} with ${countOf(b.areas, w.area)} (${people(b.population)}).`,
    );
  } else if (created.length > 1) {
    const list = created.map(
      (r) => `${r.name} (${countOf(r.b!.areas, w.area)}, ${people(r.b!.population)})`,
    );
    out.push(`New ${groupOf(w).many}: ${listJoin(list)}.`);
  }
  return out;
}

function destinations(cmp: OptionComparison, r: RegionComparison, w: UnitWords): string {
  const areas = r.a?.areas ?? 0;
  const counts = new Map<string, number>();
  for (const m of cmp.moves.filter((x) => x.from.id === r.id))
    counts.set(m.to.name, (counts.get(m.to.name) ?? 0) + 1);
  const its =
    areas === 1
      ? `its ${w.area.one} goes`
      : areas === 2
        ? `both its ${w.area.many} go`
        : `its ${formatCount(areas)} ${w.area.many} go`;
  if (counts.size === 1) return `${its} to ${[...counts.keys()][0]}`;
  return `${its} to ${listJoin([...counts].map(([name, n]) => `${name} (${formatCount(n)})`))}`;
}

/** "Midlands: +1 area, +2 parts, +730,650 people (+7.5%)." for each kept region that changes. */
export function regionDeltaSentences(cmp: OptionComparison, w: UnitWords): string[] {
  const out: string[] = [];
  for (const r of cmp.regions) {
    if (r.status !== 'kept' || !regionChanges(r)) continue;
    const areas = areaChange(cmp, r);
    const parts = change(r.a!.parts, r.b!.parts);
    const pop = change(r.a!.population, r.b!.population);
    const clauses: string[] = [];
    if (areas.delta)
      clauses.push(`${formatSigned(areas.delta)} ${nounFor(Math.abs(areas.delta), w.area)}`);
    if (parts.delta && w.part)
      clauses.push(`${formatSigned(parts.delta)} ${nounFor(Math.abs(parts.delta), w.part)}`);
    if (pop.delta) clauses.push(`${formatSigned(pop.delta)} people (${signedPercent(pop.pct)})`);
    out.push(
      clauses.length
        ? `${r.name}: ${clauses.join(', ')}.`
        : `${r.name}: gains and loses ${w.area.many}, totals unchanged.`,
    );
  }
  return out;
}

/** "+7.5%", "−11.2%"; "new" when there was nothing to compare with. */
export function signedPercent(pct: number | null): string {
  if (pct === null) return 'new';
  const rounded = Math.round(pct * 1000) / 1000;
  if (rounded === 0) return pct === 0 ? '0%' : pct > 0 ? '+<0.1%' : '−<0.1%';
  return formatSigned(rounded, (p) => formatPercent(p));
}

/** Options with at least this many groups are told group by group when groups merge or divide:
 * with dozens of groups (a country's ICBs) a list of moving units runs long and the news is
 * which groups merged and which were divided; with a handful (seven regions) the unit moves
 * and the removed and created regions say it, as they always have. */
const MANY_GROUPS = 10;

/** An option's own word for its groups ("cluster") where it has one, else the geography's. */
const groupNoun = (o: BoundaryOption & {groupNoun?: Noun}, w: UnitWords): Noun =>
  o.groupNoun ?? w.group ?? {one: 'group', many: 'groups'};

/** The group-level sentences (merges, divisions, renames, what stays) and then any single areas
 * that move, when the options have many groups and some merge or divide; null otherwise (and
 * always when either option moves single parts, which are told part by part). */
export function groupLevelSummary(cmp: OptionComparison, w: UnitWords): string[] | null {
  const many = Math.max(cmp.a.regions.length, cmp.b.regions.length) >= MANY_GROUPS;
  if (!many || cmp.partMoves.length || cmp.a.partAssignments || cmp.b.partAssignments) return null;
  const changes = groupChanges(cmp.a, cmp.b, cmp.areas);
  if (!hasGroupChanges(changes)) return null;
  const moves = cmp.moves.filter((m) => changes.moves.some((x) => x.unit.code === m.area.code));
  const sentences = groupChangeSentences(changes, {a: groupNoun(cmp.a, w), b: groupNoun(cmp.b, w)});
  return moves.length ? [...sentences, movesSentence({...cmp, moves}, w)] : sentences;
}

/** Every sentence, in reading order: moves (whole areas, then areas only some of whose parts
 * move; "No area changes region." only when nothing moves), region events, region totals; or,
 * between options of many groups some of which merge or divide, groupLevelSummary's. */
export function summariseComparison(cmp: OptionComparison, w: UnitWords): string[] {
  const groups = groupLevelSummary(cmp, w);
  if (groups) return groups;
  const parts = partMoveSentences(cmp, w);
  const areas = cmp.moves.length || !parts.length ? [movesSentence(cmp, w)] : [];
  return [...areas, ...parts, ...regionEventSentences(cmp, w), ...regionDeltaSentences(cmp, w)];
}

/** How one region of option B differs from option A, for the region's panel, e.g. "Gains
 * Northamptonshire (from Central and East of England): +1 area, +2 parts, +730,650 people
 * (+7.5%)." Empty when B has no such region. */
export function regionVersusSentences(cmp: OptionComparison, id: string, w: UnitWords): string[] {
  const r = cmp.regions.find((x) => x.id === id);
  if (!r?.b) return [];
  if (r.status === 'created') {
    const from = new Map<string, number>();
    for (const m of cmp.moves.filter((x) => x.to.id === id))
      from.set(m.from.name, (from.get(m.from.name) ?? 0) + 1);
    const where = [...from].map(([name, n]) =>
      from.size === 1 ? name : `${name} (${formatCount(n)})`,
    );
    return [
      `Not ${withArticle(groupOf(w).one)} there: its ${r.b.areas === 1 ? `${w.area.one} was` : `${w.area.many} were`} in ${listJoin(where)}.`,
    ];
  }
  const out: string[] = [];
  if (r.renamedFrom) out.push(`Called ${r.renamedFrom} there.`);
  const moved = (codes: string[], dir: 'from' | 'to') =>
    codes.map((code) => {
      const m = cmp.moves.find((x) => x.area.code === code)!;
      return `${m.area.name} (${dir} ${dir === 'from' ? m.from.name : m.to.name})`;
    });
  const movedParts = (codes: string[], dir: 'from' | 'to') =>
    codes.map((code) => {
      const m = cmp.partMoves.flatMap((x) => x.moves).find((x) => x.part.code === code)!;
      return `${m.name} (${dir} ${(dir === 'from' ? m.from : m.to)?.name ?? `no ${groupOf(w).one}`})`;
    });
  if (!regionChanges(r)) {
    out.push(`The same ${countOf(r.b.areas, w.area)}.`);
    return out;
  }
  const what: string[] = [];
  const gains = [...moved(r.gained, 'from'), ...movedParts(r.partsGained, 'from')];
  const losses = [...moved(r.lost, 'to'), ...movedParts(r.partsLost, 'to')];
  if (gains.length) what.push(`gains ${listJoin(gains)}`);
  if (losses.length) what.push(`loses ${listJoin(losses)}`);
  const delta = regionDeltaSentences({...cmp, regions: [r]}, w)[0]!.replace(`${r.name}: `, '');
  const sentence = what.join(' and ');
  out.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}: ${delta}`);
  return out;
}
