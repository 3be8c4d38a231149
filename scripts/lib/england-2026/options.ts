// The four built-in options of England 2026, all exact groupings of the units: the 42 ICBs of
// 2023 to March 2026, the 36 ICBs from 1 April 2026, the 26 leadership clusters of 2025 (compiled
// by hand from public statements: rows not confirmed are flagged, never shown as official) and the
// 7 NHS England regions. Colours are chosen so that touching groups differ (the builder's
// colour-vision rule, CLASH_BELOW), greedily over the units' adjacency (group-colours.ts). The
// groups are made in groups.ts and, for the clusters, clusters.ts.
import type {BoundaryOption, Region} from '../../../src/domain/types';
import type {Adjacency} from '../../../src/domain/builder/units';
import {BuildError, byCode} from '../raw';
import type {Unit} from './units';
import {groupBy, icbName, slug, type Group} from './groups';
import {colourGroups} from './group-colours';
import {clusterGroups} from './clusters';

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
