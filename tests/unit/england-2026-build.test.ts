// The England 2026 build (scripts/lib/england-2026/): every check is broken once on a toy input
// and must stop naming the code at fault; then the built files' figures are compared with figures
// computed here, independently, from the raw files (the ONS LSOA → SICBL → ICB lookup of 2024, the
// ONS SICBL26 lookup, the IoD 2025 population denominators, the Census 2021 residents and the
// compiled cluster list), never from the build's code or its constants. Needs the raw folder:
// FOOTPRINT_RAW_DIR, or ../shared/data/raw beside the checkout.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {csvParse} from 'd3-dsv';
import {neighbors} from 'topojson-client';
import {
  lsoaMemberships,
  unitsOf,
  type District,
  type Lsoa2023,
  type Named,
  type Sicbl2026,
  type SplitRule,
} from '../../scripts/lib/england-2026/units';
import {checkDerivedLookup, checkSubIcbCounts} from '../../scripts/lib/england-2026/derived-checks';
import {
  checkDerivedUnits,
  checkPopulationSums,
  subIcbTotals,
  unitPopulations,
} from '../../scripts/lib/england-2026/populations';
import {checkInside} from '../../scripts/lib/england-2026/geometry';
import {clusterGroups} from '../../scripts/lib/england-2026/clusters';
import {colourGroups} from '../../scripts/lib/england-2026/group-colours';
import {buildUnitFlows} from '../../scripts/lib/england-2026/flows';
import {buildDistricts2026} from '../../scripts/lib/england-2026/districts';
import {colourClashes} from '../../src/domain/builder/palette';
import {BuildError} from '../../scripts/lib/raw';
import type {BoundaryOption} from '../../src/domain/types';

// ---- A toy geography: 2 SICBLs of 2023 in one ICB; in 2026, S1 continues, S2 (X2) is split by
// district between S1 and a new S3 in another ICB. Six LSOAs. -------------------------------
const n = (code: string, odsCode = code.slice(-3), name = `NHS ${code}`): Named => ({
  code,
  odsCode,
  name,
});
const S1 = n('E38000901', 'AA1'),
  S2 = n('E38000902', 'AA2'),
  S3 = n('E38000903', 'AA3');
const I23 = n('E54000901'),
  I26A = n('E54000911'),
  I26B = n('E54000912'),
  R = n('E40000901');
const toyLsoas = (): Lsoa2023[] => [
  {lsoa: 'L1', sicbl: S1, icb: I23},
  {lsoa: 'L2', sicbl: S1, icb: I23},
  {lsoa: 'L3', sicbl: S2, icb: I23},
  {lsoa: 'L4', sicbl: S2, icb: I23},
  {lsoa: 'L5', sicbl: S2, icb: I23},
  {lsoa: 'L6', sicbl: S2, icb: I23},
];
const toy2026 = (): Sicbl2026[] => [
  {sicbl: S1, icb: I26A, region: R},
  {sicbl: S3, icb: I26B, region: R},
];
const D1: District = {code: 'E07000901', name: 'Alpha'},
  D2: District = {code: 'E07000902', name: 'Beta'};
const toyDistricts = () =>
  new Map<string, District>([
    ['L1', D1],
    ['L2', D1],
    ['L3', D1],
    ['L4', D1],
    ['L5', D2],
    ['L6', D2],
  ]);
const toyResidents = () =>
  new Map([
    ['L1', 100],
    ['L2', 100],
    ['L3', 50],
    ['L4', 50],
    ['L5', 70],
    ['L6', 30],
  ]);
const toySplit: SplitRule = {
  sicbl2023: S2.code,
  byDistrict: {[D1.code]: S1.code, [D2.code]: S3.code},
};
const toy = () =>
  lsoaMemberships(toyLsoas(), toy2026(), toyDistricts(), toyResidents(), [toySplit]);

const fails = (f: () => unknown, ...codes: string[]) => {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(BuildError);
  for (const code of codes) expect((error as Error).message).toContain(code);
};

describe('England 2026 build: memberships', () => {
  it('splits a dissolved sub-ICB location by district into pieces, coded "<2023>-<2026>"', () => {
    const units = unitsOf(toy());
    expect(units.map((u) => u.code)).toEqual([
      S1.code,
      `${S2.code}-${S1.code}`,
      `${S2.code}-${S3.code}`,
    ]);
    expect(units.map((u) => [u.lsoaCount, u.residents])).toEqual([
      [2, 200],
      [2, 100],
      [2, 100],
    ]);
    expect(units[2]!.icb2026.code).toBe(I26B.code);
  });

  it('fails naming the LSOA listed twice, without a district, or without residents', () => {
    fails(
      () =>
        lsoaMemberships(
          [...toyLsoas(), {lsoa: 'L2', sicbl: S1, icb: I23}],
          toy2026(),
          toyDistricts(),
          toyResidents(),
          [toySplit],
        ),
      'L2',
    );
    const noDistrict = toyDistricts();
    noDistrict.delete('L4');
    fails(
      () => lsoaMemberships(toyLsoas(), toy2026(), noDistrict, toyResidents(), [toySplit]),
      'L4',
    );
    const noResidents = toyResidents();
    noResidents.delete('L5');
    fails(
      () => lsoaMemberships(toyLsoas(), toy2026(), toyDistricts(), noResidents, [toySplit]),
      'L5',
    );
  });

  it('fails naming a 2023 sub-ICB location with no successor, and a district its split rule does not place', () => {
    fails(
      () => lsoaMemberships(toyLsoas(), toy2026(), toyDistricts(), toyResidents(), []),
      S2.code,
    );
    fails(
      () =>
        lsoaMemberships(toyLsoas(), toy2026(), toyDistricts(), toyResidents(), [
          {...toySplit, byDistrict: {[D1.code]: S1.code}},
        ]),
      'L5',
      D2.code,
    );
  });

  it('fails naming a sub-ICB location that lies in two ICBs', () => {
    const lsoas = toyLsoas();
    lsoas[1] = {lsoa: 'L2', sicbl: S1, icb: n('E54000999')};
    fails(
      () => lsoaMemberships(lsoas, toy2026(), toyDistricts(), toyResidents(), [toySplit]),
      S1.code,
    );
  });

  it("fails naming the LSOA where the collector's derived lookup disagrees", () => {
    const lsoas = toy();
    const units = unitsOf(lsoas);
    const rows = lsoas.map((l) => ({
      lsoa21cd: l.lsoa,
      sicbl23cd: l.sicbl2023.code,
      icb23cd: l.icb2023.code,
      sicbl26cd: l.sicbl2026.code,
      sicbl26cdh: l.sicbl2026.odsCode,
      icb26cd: l.icb2026.code,
      icb26cdh: l.icb2026.odsCode,
      nhsercd: l.region.code,
      lad24cd: l.district.code,
      unit_id: `${l.sicbl2023.code}_${l.sicbl2026.code}`,
      pop_census2021: String(l.residents),
    }));
    expect(() => checkDerivedLookup(lsoas, units, rows)).not.toThrow();
    fails(
      () =>
        checkDerivedLookup(
          lsoas,
          units,
          rows.map((r) => (r.lsoa21cd === 'L5' ? {...r, sicbl26cd: S1.code} : r)),
        ),
      'L5',
    );
  });

  it("fails naming the sub-ICB location whose LSOA count or ICB differs from the IMD file's", () => {
    const lsoas = toy();
    const rows = [
      {sicbl_vintage: '2023', sicbl_code: S1.code, icb_code: I23.code, index: 'imd', n_lsoa: '2'},
      {sicbl_vintage: '2023', sicbl_code: S2.code, icb_code: I23.code, index: 'imd', n_lsoa: '4'},
      {sicbl_vintage: '2026', sicbl_code: S1.code, icb_code: I26A.code, index: 'imd', n_lsoa: '4'},
      {sicbl_vintage: '2026', sicbl_code: S3.code, icb_code: I26B.code, index: 'imd', n_lsoa: '2'},
    ];
    expect(() => checkSubIcbCounts(lsoas, rows)).not.toThrow();
    fails(
      () =>
        checkSubIcbCounts(
          lsoas,
          rows.map((r) => (r.sicbl_code === S3.code ? {...r, n_lsoa: '3'} : r)),
        ),
      S3.code,
    );
    fails(
      () =>
        checkSubIcbCounts(
          lsoas,
          rows.map((r) =>
            r.sicbl_vintage === '2026' && r.sicbl_code === S1.code
              ? {...r, icb_code: I26B.code}
              : r,
          ),
        ),
      S1.code,
    );
  });
});

describe('England 2026 build: populations', () => {
  const units = unitsOf(toy());
  const totalsOf = (s1_23: number, s2_23: number, s1_26: number, s3_26: number) =>
    subIcbTotals(
      [
        ['2023', S1.code, s1_23],
        ['2023', S2.code, s2_23],
        ['2026', S1.code, s1_26],
        ['2026', S3.code, s3_26],
      ].map(([v, c, p]) => ({
        sicbl_vintage: String(v),
        sicbl_code: String(c),
        denominator: 'total',
        population: String(p),
      })),
    );
  const icbs = {
    '2023': new Map([
      [S1.code, I23.code],
      [S2.code, I23.code],
    ]),
    '2026': new Map([
      [S1.code, I26A.code],
      [S3.code, I26B.code],
    ]),
  };

  it("solves a piece's population as its sub-ICB location's total less the rest, and checks every sum", () => {
    const totals = totalsOf(300, 500, 620, 180);
    const pop = unitPopulations(units, totals);
    expect([...pop.values()]).toEqual([300, 320, 180]);
    expect(() => checkPopulationSums(units, pop, totals, icbs, 800)).not.toThrow();
    fails(() => checkPopulationSums(units, pop, totals, icbs, 801), 'England');
  });

  it('fails naming the sub-ICB location or ICB that does not add up', () => {
    const totals = totalsOf(300, 500, 620, 180);
    const pop = unitPopulations(units, totals);
    fails(
      () =>
        checkPopulationSums(
          units,
          new Map([...pop, [`${S2.code}-${S3.code}`, 181]]),
          totals,
          icbs,
          800,
        ),
      S2.code,
    );
    const moved = {
      ...icbs,
      '2026': new Map([
        [S1.code, I26A.code],
        [S3.code, I26A.code],
      ]),
    };
    fails(() => checkPopulationSums(units, pop, totals, moved, 800), I26A.code);
    fails(() => unitPopulations(units, totalsOf(300, 500, 200, 180)), `${S2.code}-${S1.code}`);
  });

  it("fails naming the unit where the collector's unit table disagrees", () => {
    const pop = unitPopulations(units, totalsOf(300, 500, 620, 180));
    const rows = units.map((u) => ({
      unit_id: u.sourceId,
      n_lsoa: String(u.lsoaCount),
      pop_census2021: String(u.residents),
      pop_mid2022_iod2025: String(pop.get(u.code)),
      icb23cd: u.icb2023.code,
      icb26cd: u.icb2026.code,
      nhsercd: u.region.code,
      lads: u.districts
        .map(([d]) => d.code)
        .reverse()
        .join(';'),
    }));
    expect(() => checkDerivedUnits(units, pop, rows)).not.toThrow();
    fails(
      () =>
        checkDerivedUnits(
          units,
          pop,
          rows.map((r, i) => (i === 2 ? {...r, pop_mid2022_iod2025: '1'} : r)),
        ),
      units[2]!.code,
    );
  });
});

describe('England 2026 build: shapes, groups, districts and flows', () => {
  it('fails naming the unit that lies less than 95% inside its official shape', () => {
    const measured = new Map([
      [
        'U1',
        new Map([
          ['E54000001', 96],
          ['E54000002', 4],
        ]),
      ],
      [
        'U2',
        new Map([
          ['E54000002', 97],
          ['E54000001', 3],
        ]),
      ],
    ]);
    expect(
      checkInside(
        'ICBs',
        measured,
        new Map([
          ['U1', 'E54000001'],
          ['U2', 'E54000002'],
        ]),
      ),
    ).toBeCloseTo(0.96);
    fails(
      () =>
        checkInside(
          'ICBs',
          measured,
          new Map([
            ['U1', 'E54000001'],
            ['U2', 'E54000001'],
          ]),
        ),
      'U2',
      'E54000001',
    );
  });

  it('reads the cluster list, whole ICBs and parts, and fails naming a unit in two clusters or in none', () => {
    const units = unitsOf(toy());
    const row = (cluster_id: string, member: string, status = 'confirmed') => ({
      cluster_id,
      cluster_name: `C${cluster_id}`,
      member_icb23_cdh: member,
      merged_1apr2026_as_icb26_cdh: '',
      status,
    });
    const ok = clusterGroups(units, [
      row('1', `${I23.odsCode}(part: AA1)`),
      row('2', `${I23.odsCode}(part: AA2)`, 'reported'),
    ]);
    expect(ok.map((g) => g.units.length)).toEqual([1, 2]);
    expect(ok[1]!.uncertain).toContain('reported');
    expect(ok[1]!.name).toContain('not confirmed');
    fails(
      () => clusterGroups(units, [row('1', I23.odsCode), row('2', `${I23.odsCode}(part: AA2)`)]),
      `${S2.code}-`,
      '2',
    );
    fails(() => clusterGroups(units, [row('1', `${I23.odsCode}(part: AA1)`)]), `${S2.code}-`);
    fails(() => clusterGroups(units, [row('7', 'ZZZ')]), '7', 'ZZZ');
  });

  it('colours touching groups apart, and fails naming a group no colour fits', () => {
    const groups = [
      {id: 'a', units: ['1']},
      {id: 'b', units: ['2']},
      {id: 'c', units: ['3']},
    ];
    const adjacency = new Map([
      ['1', ['2', '3']],
      ['2', ['1', '3']],
      ['3', ['1', '2']],
    ]);
    const colours = colourGroups(groups, adjacency);
    expect(new Set(colours.values()).size).toBe(3);
    const many = Array.from({length: 11}, (_, i) => ({id: `g${i}`, units: [`${i}`]}));
    const clique = new Map(
      many.map((g) => [g.units[0]!, many.filter((o) => o !== g).map((o) => o.units[0]!)]),
    );
    fails(() => colourGroups(many, clique), 'g');
  });

  it('shares districts out by unit, and fails naming a flow to or from a code that is no unit', () => {
    const lsoas = toy();
    const units = unitsOf(lsoas);
    expect(buildDistricts2026(lsoas, units)).toEqual([
      {
        code: D1.code,
        name: 'Alpha',
        parts: [
          {areaCode: S1.code, lsoaShare: 0.5, residents: 200},
          {areaCode: `${S2.code}-${S1.code}`, lsoaShare: 0.5, residents: 100},
        ],
      },
      {
        code: D2.code,
        name: 'Beta',
        parts: [{areaCode: `${S2.code}-${S3.code}`, lsoaShare: 1, residents: 100}],
      },
    ]);
    const flow = (from: string, to: string, catchment_pop: string) => ({
      from_unit_id: from,
      to_unit_id: to,
      catchment_pop,
    });
    const rows = units.map((u) => flow(u.sourceId, units[0]!.sourceId, '10'));
    expect(buildUnitFlows(units, rows, [{catchment_pop: '30'}]).flows).toHaveLength(3);
    fails(
      () =>
        buildUnitFlows(
          units,
          [...rows, flow('E38000999_E38000999', units[0]!.sourceId, '1')],
          [{catchment_pop: '31'}],
        ),
      'E38000999_E38000999',
    );
    fails(() => buildUnitFlows(units, rows, [{catchment_pop: '40'}]), '30');
  });
});

// ---- The built files against the raw files, computed here ---------------------------------
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

interface AreaProps {
  code: string;
  population: number;
  within: {level: string; vintage: string; code: string; odsCode?: string; name: string}[];
}

describe('England 2026: the built files against the raw files', () => {
  const lookup = rawCsv('lookup/geographr_lsoa21_sicbl24_icb24_derived.csv');
  const lookup26 = rawCsv('lookup/ons_SICBL26_ICB26_NHSER26_EN_LU.csv');
  const totals = rawCsv('population/imd2025_population_denominators_subicb_mid2022.csv').filter(
    (r) => r.denominator === 'total',
  );
  const total = (vintage: string, code: string) =>
    Number(totals.find((r) => r.sicbl_vintage === vintage && r.sicbl_code === code)!.population);
  const topo = built<{objects: {areas: {geometries: {properties: AreaProps}[]}}}>(
    'areas.topo.json',
  );
  const areas = topo.objects.areas.geometries.map((g) => g.properties);
  const {options} = built<{options: BoundaryOption[]}>('options.json');
  const option = (id: string) => options.find((o) => o.id === id)!;

  it("adds up to England's mid-2022 population in both vintages, 57,112,129", () => {
    const sum = areas.reduce((s, a) => s + a.population, 0);
    for (const v of ['2023', '2026'])
      expect(sum).toBe(
        totals.filter((r) => r.sicbl_vintage === v).reduce((s, r) => s + Number(r.population), 0),
      );
    expect(sum).toBe(57_112_129);
  });

  it('has as many groups as the lookups have ICBs and regions, and as the cluster list has rows: 42, 36, 26, 7', () => {
    const distinct = (rows: Record<string, string | undefined>[], key: string) =>
      new Set(rows.map((r) => r[key])).size;
    expect(option('icbs-2023').regions).toHaveLength(distinct(lookup, 'icb24_code'));
    expect(option('icbs-2026').regions).toHaveLength(distinct(lookup26, 'ICB26CD'));
    expect(option('clusters-2025').regions).toHaveLength(
      rawCsv('context/icb_leadership_clusters_2025_compiled.csv').length,
    );
    expect(option('nhs-regions').regions).toHaveLength(distinct(lookup26, 'NHSER26CD'));
    expect(options.map((o) => o.regions.length)).toEqual([42, 36, 26, 7]);
  });

  it('every 2023 ICB groups the units of its LSOAs, and every LSOA has one unit', () => {
    const icbOfSicbl = new Map(lookup.map((r) => [r.sicbl24_code!, r.icb24_code!]));
    expect(new Set(lookup.map((r) => r.lsoa21_code)).size).toBe(lookup.length);
    const o = option('icbs-2023');
    for (const a of areas) {
      const sicbl23 = a.within.find(
        (w) => w.level === 'sub-ICB location' && w.vintage === 'April 2023',
      )!.code;
      expect(o.regions.find((r) => r.id === o.assignments[a.code])!.code).toBe(
        icbOfSicbl.get(sicbl23),
      );
    }
  });

  it("sends Frimley's three pieces to Thames Valley, Hampshire and Isle of Wight, and Surrey and Sussex, with the populations the 2026 totals give", () => {
    const frimley = lookup.find((r) => r.sicbl24_code_nhs === 'D4U1Y')!.sicbl24_code!;
    const pieces = areas.filter((a) =>
      a.within.some((w) => w.vintage === 'April 2023' && w.code === frimley),
    );
    expect(pieces).toHaveLength(3);
    const o = option('icbs-2026');
    const got = pieces.map((p) => {
      const sicbl26 = p.within.find(
        (w) => w.level === 'sub-ICB location' && w.vintage === 'April 2026',
      )!.code;
      const row = lookup26.find((r) => r.SICBL26CD === sicbl26)!;
      // The piece is the 2026 sub-ICB location less its part that was already there in 2023.
      const before = lookup.find((r) => r.sicbl24_code_nhs === row.SICBL26CDH);
      expect(p.population).toBe(
        total('2026', sicbl26) - (before ? total('2023', before.sicbl24_code!) : 0),
      );
      const region = o.regions.find((r) => r.id === o.assignments[p.code])!;
      expect(region.code).toBe(row.ICB26CD);
      return region.name;
    });
    expect(got.sort()).toEqual([
      'Hampshire and Isle of Wight',
      'Surrey and Sussex',
      'Thames Valley',
    ]);
    // The Census 2021 residents of Frimley's LSOAs, all in the three pieces.
    const residents = new Map(
      rawCsv('population/census2021_lsoa21_usual_residents_derived.csv').map((r) => [
        r.lsoa21_code!,
        Number(r.total_residents),
      ]),
    );
    const frimleyResidents = lookup
      .filter((r) => r.sicbl24_code === frimley)
      .reduce((s, r) => s + residents.get(r.lsoa21_code!)!, 0);
    const {districts} = built<{districts: {parts: {areaCode: string; residents: number}[]}[]}>(
      'districts.json',
    );
    const codes = new Set(pieces.map((p) => p.code));
    expect(
      districts
        .flatMap((d) => d.parts)
        .filter((p) => codes.has(p.areaCode))
        .reduce((s, p) => s + p.residents, 0),
    ).toBe(frimleyResidents);
  });

  it("flags the clusters the list does not confirm, and colours every option's touching groups apart", () => {
    const rows = rawCsv('context/icb_leadership_clusters_2025_compiled.csv');
    const unconfirmed = rows
      .filter((r) => !r.status!.startsWith('confirmed') || r.member_icb23_cdh!.includes('(part)'))
      .map((r) => r.cluster_name);
    const flagged = option('clusters-2025').regions.filter((r) => r.uncertain);
    expect(flagged.map((r) => r.name.replace(/ \(not confirmed\)$/, '')).sort()).toEqual(
      unconfirmed.sort(),
    );
    expect(option('icbs-2026').regions.some((r) => r.uncertain)).toBe(false);
    const geometries = built<{objects: {areas: {geometries: {id: string}[]}}}>('areas.topo.json')
      .objects.areas.geometries;
    const index = neighbors(geometries as never);
    const adjacency = new Map(
      geometries.map((g, i) => [g.id, index[i]!.map((j) => geometries[j]!.id)]),
    );
    for (const o of options) expect(colourClashes(o, adjacency)).toEqual([]);
  });
});
