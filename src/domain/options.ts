// Lookups over boundary options. Options are data (data/england-2018/options.json); these helpers answer
// the questions the UI asks of them.
import {withArticle, type Noun} from './geography';
import type {BoundaryOption, OptionId, Region, RegionId, Area, AreaCode} from './types';

export function findOption(
  options: BoundaryOption[],
  id: OptionId | null | undefined,
): BoundaryOption | undefined {
  return options.find((o) => o.id === id);
}

/** The option as it reads inside a sentence: "Under {phrase}", "Changes against {phrase}". */
export function optionPhrase(option: Pick<BoundaryOption, 'title' | 'phrase'>): string {
  // A user's own option has no phrase: quote its title rather than guess at grammar.
  return option.phrase ?? `“${option.title}”`;
}

/** "paragraph 2.9", "paragraphs 2.10–2.11", "paragraphs 2.13, 2.15": for citing the source; a
 * place in a source that is not numbered ("every row") is written as it is. */
export function paragraphsLabel(paragraphs: string): string {
  if (!/^\d/.test(paragraphs)) return paragraphs;
  return `${/[–,-]/.test(paragraphs) ? 'paragraphs' : 'paragraph'} ${paragraphs}`;
}

export function regionOfArea(option: BoundaryOption, area: AreaCode): Region | undefined {
  const id = option.assignments[area];
  return id === undefined ? undefined : option.regions.find((r) => r.id === id);
}

/** The codes of the units `option` puts in `region`, in the option's assignment order: the one
 * reading of a region's members (a unit the option leaves without a region is in none). */
export function regionMembers(
  option: Pick<BoundaryOption, 'assignments'>,
  region: RegionId,
): AreaCode[] {
  return Object.keys(option.assignments).filter((code) => option.assignments[code] === region);
}

/** The areas (or other units) of `areas` that `option` puts in `region`, in `areas` order. */
export function areasInRegion<S extends Pick<Area, 'code'>>(
  option: Pick<BoundaryOption, 'assignments'>,
  region: RegionId,
  areas: readonly S[],
): S[] {
  const members = new Set(regionMembers(option, region));
  return areas.filter((s) => members.has(s.code));
}

/** Number of areas in each region of the option, in the option's region order. */
export function areaCounts(option: BoundaryOption): Map<RegionId, number> {
  const counts = new Map<RegionId, number>(option.regions.map((r) => [r.id, 0]));
  for (const region of Object.values(option.assignments)) {
    counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  return counts;
}

/** Problems that make an option unusable with these areas; empty when it is sound. `noun`:
 * what the geography calls its areas (the manifest's), e.g. {one: 'area', many: 'areas'};
 * `regionNoun`: what it calls groups, used where the option has no groupNoun of its own (the
 * messages name "an ICB" on an ICB option, "a region" on 2018). */
export function optionProblems(
  option: BoundaryOption,
  areas: Area[],
  noun: Noun,
  regionNoun: Noun,
): string[] {
  const problems: string[] = [];
  const group = (option.groupNoun ?? regionNoun).one;
  const known = new Set(areas.map((s) => s.code));
  const regionIds = new Set(option.regions.map((r) => r.id));
  for (const s of areas) {
    if (!option.assignments[s.code])
      problems.push(`${s.name} is not assigned to ${withArticle(group)}`);
  }
  for (const [code, region] of Object.entries(option.assignments)) {
    if (!known.has(code)) problems.push(`${code} is not ${withArticle(noun.one)}`);
    if (!regionIds.has(region))
      problems.push(`${code} is assigned to unknown ${group} "${region}"`);
  }
  return problems;
}

/** The areas whose region colour differs between two options (what an option switch fades), in
 * `areas` order. */
export function areasChangingColour<S extends {code: AreaCode}>(
  before: BoundaryOption,
  after: BoundaryOption,
  areas: readonly S[],
): S[] {
  const colourOf = (o: BoundaryOption, code: AreaCode) =>
    o.regions.find((r) => r.id === o.assignments[code])?.colour;
  return areas.filter((s) => colourOf(before, s.code) !== colourOf(after, s.code));
}
