// Issue 20's criteria: population per region (smallest, largest, how many below a threshold),
// combined authorities split, acute trusts per region (by headquarters), first on the toy, then
// on England 2026's built files against figures computed here from the raw files (the LSOA
// lookup, the ONS lookups, the population denominators and the trusts' headquarters), not from
// the build's code. Needs the raw folder: FOOTPRINT_RAW_DIR, or ../shared/data/raw.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {csvParse} from 'd3-dsv';
import {describe, expect, it} from 'vitest';
import {criterionRow, criterionRowsIn} from '../../src/domain/criteria/rows';
import {flaggedValues, isFlagged} from '../../src/domain/criteria/row-judging';
import {optionCriteria} from '../../src/domain/criteria/score';
import {trustsByRegion} from '../../src/domain/criteria/trusts';
import {
  DEFAULT_THRESHOLDS,
  thresholdDefaultsOf,
  type DistrictResidents,
  type OptionCriteria,
} from '../../src/domain/criteria/types';
import type {Area, BoundaryOption} from '../../src/domain/types';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import {MANIFEST_2026} from '../../scripts/lib/england-2026/manifest';
import {flagWords} from '../../src/ui/scorecard/row-format';
import {tradeOffSentences} from '../../src/domain/criteria/trade-offs';
import {TOY_A, TOY_B, TOY_C, TOY_AREAS} from './toy-geography';
import {TOY_DISTRICTS, TOY_FLOWS} from './criteria-fixtures';

const value = (id: Parameters<typeof criterionRow>[0], c: OptionCriteria, t = DEFAULT_THRESHOLDS) =>
  criterionRow(id).value(c, t);

// Toy authorities: "Wide" spans Westshire and Midshire (split when Midshire leaves West, TOY_B);
// "East CA" spans Eastshire and Southshire (both in South under TOY_C: never split).
const TOY_AUTHORITIES: DistrictResidents[] = [
  {
    code: 'CA1',
    name: 'Wide',
    parts: [
      {areaCode: 'E54000901', residents: 700},
      {areaCode: 'E54000902', residents: 300},
    ],
  },
  {
    code: 'CA2',
    name: 'East CA',
    parts: [
      {areaCode: 'E54000903', residents: 500},
      {areaCode: 'E54000905', residents: 100},
    ],
  },
];
// Trusts: two in Westshire, one in Eastshire, one in Northshire, none in Midshire/Southshire.
const TOY_TRUSTS = [
  {code: 'RW1', areaCode: 'E54000901'},
  {code: 'RW2', areaCode: 'E54000901'},
  {code: 'RE1', areaCode: 'E54000903'},
  {code: 'RN1', areaCode: 'E54000904'},
  {code: 'RX1', areaCode: 'E54000999'},
];
const inputs = {
  units: TOY_AREAS,
  flows: TOY_FLOWS,
  districts: TOY_DISTRICTS,
  authorities: TOY_AUTHORITIES,
  trusts: TOY_TRUSTS,
};
const [a, b, c] = [TOY_A, TOY_B, TOY_C].map((o) => optionCriteria(o, inputs)) as [
  OptionCriteria,
  OptionCriteria,
  OptionCriteria,
];

describe("issue 20's criteria on the toy", () => {
  it('give the smallest and largest region populations and count the regions below the threshold', () => {
    // alpha: West 3,000, East 7,500; gamma: West 3,000, North 4,000, South 3,500.
    expect([value('smallest-population', a), value('largest-population', a)]).toEqual([3000, 7500]);
    expect([value('smallest-population', c), value('largest-population', c)]).toEqual([3000, 4000]);
    expect(
      value('regions-below-population', c, {...DEFAULT_THRESHOLDS, minRegionPopulation: 3600}),
    ).toBe(2);
    expect(
      value('regions-below-population', c, {...DEFAULT_THRESHOLDS, minRegionPopulation: 3000}),
    ).toBe(0);
    const row = criterionRow('regions-below-population');
    expect(isFlagged(row, 2, DEFAULT_THRESHOLDS)).toBe(true);
    expect(isFlagged(row, 0, DEFAULT_THRESHOLDS)).toBe(false);
    expect(flagWords(row, {...DEFAULT_THRESHOLDS, minRegionPopulation: 3600})).toBe(
      'Some under 3,600',
    );
    expect(
      isFlagged(criterionRow('smallest-population'), 3000, {
        ...DEFAULT_THRESHOLDS,
        minRegionPopulation: 3001,
      }),
    ).toBe(true);
  });

  it('count the combined authorities split between regions, null without the layer', () => {
    expect(a.splitAuthorities).toEqual([]);
    expect(b.splitAuthorities!.map((s) => [s.code, s.minorityResidents])).toEqual([['CA1', 300]]);
    expect(value('split-authorities', c)).toBe(0);
    expect(optionCriteria(TOY_B, {...inputs, authorities: undefined}).splitAuthorities).toBeNull();
    expect(
      value('split-authorities', optionCriteria(TOY_B, {...inputs, authorities: undefined})),
    ).toBeNull();
  });

  it('count trusts by their headquarters region, flagging regions with fewer than the threshold', () => {
    expect(trustsByRegion(TOY_C, TOY_TRUSTS)).toEqual(
      new Map([
        ['west', 2],
        ['south', 1],
        ['north', 1],
      ]),
    );
    expect(c.regions.map((r) => [r.regionId, r.trusts])).toEqual([
      ['west', 2],
      ['north', 1],
      ['south', 1],
    ]);
    expect(value('fewest-trusts', c)).toBe(1);
    expect(value('regions-few-trusts', c)).toBe(2);
    expect(value('regions-few-trusts', c, {...DEFAULT_THRESHOLDS, minTrustsPerRegion: 1})).toBe(0);
    expect(value('fewest-trusts', a)).toBe(2);
    expect(value('regions-few-trusts', a)).toBe(0);
    const none = optionCriteria(TOY_C, {...inputs, trusts: undefined});
    expect([value('fewest-trusts', none), value('regions-few-trusts', none)]).toEqual([null, null]);
    const rows = ['fewest-trusts', 'regions-few-trusts'].map((id) => criterionRow(id as never));
    expect(flaggedValues([a, c], DEFAULT_THRESHOLDS, rows)).toEqual([
      {rowId: 'fewest-trusts', optionId: 'gamma'},
      {rowId: 'regions-few-trusts', optionId: 'gamma'},
    ]);
  });
});

describe('the trade-off in words', () => {
  const titles = {alpha: 'Alpha', beta: 'Beta', gamma: 'Gamma'};
  const names = {west: 'West', east: 'East', north: 'North', south: 'South'};
  const aims = {
    rows: MANIFEST_2026.criteria.rows,
    thresholds: {...DEFAULT_THRESHOLDS, minRegionPopulation: 3600},
    regionNoun: {one: 'ICB', many: 'ICBs'},
  };

  it("adds the geography's own criteria after the common sentences, only where it offers them", () => {
    const common = tradeOffSentences(b, c, titles, names);
    const all = tradeOffSentences(b, c, titles, names, aims);
    expect(all.slice(0, common.length)).toEqual(common);
    expect(all.slice(common.length)).toEqual([
      'Beta has 1 ICB (West) under 3,600 people; Gamma has 2 (West and South).',
      'Beta splits 1 combined authority (Wide) between ICBs; Gamma splits 0.',
      'Beta has 0 ICBs with fewer than 2 acute trusts; Gamma has 2 (North and South).',
    ]);
    expect(tradeOffSentences(b, c, titles, names, {...aims, rows: ['largest-area']})).toEqual(
      common,
    );
  });

  it("calls groups by each option's own noun, never 'region', and says 'region' with no nouns given (2018)", () => {
    const icb = {one: 'ICB', many: 'ICBs'};
    const same = tradeOffSentences(b, c, titles, names, aims, {beta: icb, gamma: icb}).join(' ');
    expect(same).not.toMatch(/\bregions?\b/);
    expect(same).toMatch(/outside their ICB|between ICBs/);
    const mixed = tradeOffSentences(b, c, titles, names, undefined, {
      beta: icb,
      gamma: {one: 'cluster', many: 'clusters'},
    }).join(' ');
    expect(mixed).not.toMatch(/\bregions?\b/);
    expect(mixed).toMatch(/ICB or cluster|between (ICBs|clusters)/);
    expect(tradeOffSentences(b, c, titles, names).join(' ')).toMatch(/\bregions?\b/);
  });
});

describe("a geography's criteria are its manifest's", () => {
  it('show exactly the rows the manifest lists, in its order, and its own default thresholds', () => {
    expect(criterionRowsIn(MANIFEST_2026).map((r) => r.id)).toEqual(MANIFEST_2026.criteria.rows);
    expect(criterionRowsIn(MANIFEST_2026)[0]!.label).toBe('Smallest ICB by population');
    expect(thresholdDefaultsOf(MANIFEST_2026).minRegionPopulation).toBe(1_000_000);
    const g = {
      ...MANIFEST_2026,
      criteria: {rows: ['largest-area' as const], thresholds: {minRegionPopulation: 500_000}},
    };
    expect(criterionRowsIn(g).map((r) => r.id)).toEqual(['largest-area']);
    expect(thresholdDefaultsOf(g).minRegionPopulation).toBe(500_000);
  });

  it('refuses a manifest naming an unknown criterion or one twice', () => {
    expect(geographyManifestSchema.safeParse(MANIFEST_2026).success).toBe(true);
    expect(
      geographyManifestSchema.safeParse({...MANIFEST_2026, criteria: {rows: ['nope']}}).success,
    ).toBe(false);
    expect(
      geographyManifestSchema.safeParse({
        ...MANIFEST_2026,
        criteria: {rows: ['largest-area', 'largest-area']},
      }).success,
    ).toBe(false);
  });
});

// ---- England 2026: the built files against the raw files, computed here ------------------------
const RAW = path.resolve(process.env.FOOTPRINT_RAW_DIR ?? '../shared/data/raw', 'england-2026');
const DATA = path.resolve('data/england-2026');
const rawCsv = (file: string) => {
  const full = path.join(RAW, file);
  if (!existsSync(full))
    throw new Error(
      `Raw file not found: ${full}. Set FOOTPRINT_RAW_DIR to the raw data folder (shared/data/raw).`,
    );
  return csvParse(readFileSync(full, 'utf8').replace(/^\uFEFF/, ''));
};
const built = <T>(file: string): T => JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as T;

describe('England 2026: the new criteria against the raw files', () => {
  const areas = built<{objects: {areas: {geometries: {properties: Area}[]}}}>(
    'areas.topo.json',
  ).objects.areas.geometries.map((g) => g.properties);
  const {options} = built<{options: BoundaryOption[]}>('options.json');
  const {combinedAuthorities} = built<{combinedAuthorities: DistrictResidents[]}>(
    'combined-authorities.json',
  );
  const {trusts} = built<{trusts: {code: string; areaCode: string}[]}>('trusts.json');
  const lsoas = rawCsv('lookup/lsoa21_sicbl23_sicbl26_icb_nhser_lad24_cauth25_derived.csv');
  const scored = (id: string) => {
    const option = options.find((o) => o.id === id)!;
    const codeOf = new Map(option.regions.map((r) => [r.id, r.code]));
    return {
      option,
      criteria: optionCriteria(option, {
        units: areas,
        flows: null,
        districts: [],
        authorities: combinedAuthorities,
        trusts,
      }),
      codeOf,
    };
  };

  it('population per ICB from April 2026: smallest, largest and how many under 1,000,000 (IoD 2025 mid-2022 denominators)', () => {
    const icbOf = new Map(
      rawCsv('lookup/ons_SICBL26_ICB26_NHSER26_EN_LU.csv').map((r) => [r.SICBL26CD!, r.ICB26CD!]),
    );
    const perIcb = new Map<string, number>();
    for (const r of rawCsv('population/imd2025_population_denominators_subicb_mid2022.csv')) {
      if (r.sicbl_vintage !== '2026' || r.denominator !== 'total') continue;
      const icb = icbOf.get(r.sicbl_code!)!;
      perIcb.set(icb, (perIcb.get(icb) ?? 0) + Number(r.population));
    }
    const pops = [...perIcb.values()];
    const {criteria} = scored('icbs-2026');
    expect(perIcb.size).toBe(36);
    expect(value('smallest-population', criteria)).toBe(Math.min(...pops));
    expect(value('largest-population', criteria)).toBe(Math.max(...pops));
    expect(value('regions-below-population', criteria, thresholdDefaultsOf(MANIFEST_2026))).toBe(
      pops.filter((p) => p < 1_000_000).length,
    );
  });

  for (const [optionId, icbColumn] of [
    ['icbs-2026', 'icb26cd'],
    ['icbs-2023', 'icb23cd'],
  ] as const) {
    it(`combined authorities (May 2025, the GLA as London's boroughs) split between ${optionId}, from the LSOA lookup`, () => {
      const icbsOf = new Map<string, Set<string>>();
      for (const l of lsoas) {
        const ca = l.cauth25cd || (l.lad24cd!.startsWith('E09') ? 'GLA' : '');
        if (!ca) continue;
        icbsOf.set(ca, (icbsOf.get(ca) ?? new Set()).add(l[icbColumn]!));
      }
      expect(icbsOf.size).toBe(16);
      const expected = [...icbsOf].filter(([, icbs]) => icbs.size > 1).map(([ca]) => ca);
      const {criteria} = scored(optionId);
      const got = criteria.splitAuthorities!.map((s) => (s.code === 'E12000007' ? 'GLA' : s.code));
      expect(got.sort()).toEqual(expected.sort());
      expect(value('split-authorities', criteria)).toBe(expected.length);
    });
  }

  it('acute trusts per ICB from April 2026 by headquarters, from the trusts’ HQ table', () => {
    const perIcb = new Map<string, number>();
    for (const r of rawCsv('flows/trust_hq_units108_derived.csv'))
      perIcb.set(r.icb26cd_hq!, (perIcb.get(r.icb26cd_hq!) ?? 0) + 1);
    const {criteria, codeOf} = scored('icbs-2026');
    const got = new Map(criteria.regions.map((r) => [codeOf.get(r.regionId)!, r.trusts]));
    const expected = new Map(
      criteria.regions.map((r) => [
        codeOf.get(r.regionId)!,
        perIcb.get(codeOf.get(r.regionId)!) ?? 0,
      ]),
    );
    expect(got).toEqual(expected);
    const counts = [...expected.values()];
    expect(value('fewest-trusts', criteria)).toBe(Math.min(...counts));
    expect(value('regions-few-trusts', criteria)).toBe(counts.filter((n) => n < 2).length);
  });
});
