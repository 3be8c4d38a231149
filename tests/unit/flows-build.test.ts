// The flow build on inline fixtures: the pure core with whole-output equality, every check's
// failure message, trust HQ selection and naming, and mapshaper's placement of HQ points.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import mapshaper from 'mapshaper';
import {describe, expect, it} from 'vitest';
import {partTrustFlowsFileSchema, areaFlowsFileSchema} from '../../src/data/flow-schemas';
import {buildFlowOutputs} from '../../scripts/lib/flows/core';
import {checkAgainstExpected, type ExpectedFlows} from '../../scripts/lib/flows/expected';
import {FLOW_DESCRIPTION} from '../../scripts/lib/flows/files';
import {locateTrusts} from '../../scripts/lib/flows/locate';
import {titleCase, trustHeadquarters, type TrustHq} from '../../scripts/lib/flows/trusts';
import type {FlowInputs} from '../../scripts/lib/flows/types';
import {BuildError} from '../../scripts/lib/raw';
import {geography} from './real-data';

const [S1, S2] = ['E54000901', 'E54000902'];
const [C1, C2] = ['E38000901', 'E38000902'];
const [M1, M2] = ['E02000001', 'E02000002'];

// Two MSOAs, three LSOAs, two trusts. M1 is split between CCGs (and STPs): L1 in C1/S1, L2 in
// C2/S2, so its shares are apportioned by LSOA population. Shares and populations are chosen
// so every product is exact in binary and C2's sums end in .75: rounding each LSOA first
// would give 2,502 and 3,001 instead of 2,503 and 3,002.
const INPUTS: FlowInputs = {
  catchment: [
    {msoa: M1, trust: 'RAA', proportion: 0.75},
    {msoa: M1, trust: 'RBB', proportion: 0.125},
    {msoa: M2, trust: 'RAA', proportion: 0.25},
    {msoa: M2, trust: 'RBB', proportion: 0.6875},
  ],
  lsoaAreas: [
    {lsoa: 'E01000001', ccg: C1, stp: S1},
    {lsoa: 'E01000002', ccg: C2, stp: S2},
    {lsoa: 'E01000003', ccg: C2, stp: S2},
  ],
  // A Welsh LSOA is in the lookups but not in England's: it must be ignored.
  lsoaMsoa: [
    {lsoa: 'E01000001', msoa: M1},
    {lsoa: 'E01000002', msoa: M1},
    {lsoa: 'E01000003', msoa: M2},
    {lsoa: 'W01000001', msoa: 'W02000001'},
  ],
  lsoaPopulation: [
    {lsoa: 'E01000001', population: 1000},
    {lsoa: 'E01000002', population: 2003},
    {lsoa: 'E01000003', population: 4002},
    {lsoa: 'W01000001', population: 1500},
  ],
  trusts: [
    {
      code: 'RBB',
      name: 'Beta Hospitals NHS Trust',
      areaCode: S2,
      partCode: C2,
      lon: -1.234567,
      lat: 52.345678,
    },
    {
      code: 'RAA',
      name: 'Alpha Hospital NHS Foundation Trust',
      areaCode: S1,
      partCode: C1,
      lon: -2.00004,
      lat: 52.99996,
    },
    // Located but with no catchment rows: not listed in the output.
    {code: 'RCC', name: 'Community NHS Trust', areaCode: S1, partCode: C1, lon: -2, lat: 53},
  ],
};

const with_ = (patch: Partial<FlowInputs>): FlowInputs => ({...INPUTS, ...patch});
const failure = (inputs: FlowInputs) => {
  try {
    buildFlowOutputs(inputs);
  } catch (err) {
    expect(err).toBeInstanceOf(BuildError);
    return (err as Error).message;
  }
  throw new Error('expected the build to fail');
};

describe('flow build core', () => {
  it('produces exactly the expected files and sums', () => {
    const {stp, ccgTrust, aggregates} = buildFlowOutputs(INPUTS);
    // L1: RAA 750, RBB 125. L2: RAA 1502.25, RBB 250.375. L3: RAA 1000.5, RBB 2751.375.
    expect({stp, ccgTrust}).toEqual({
      stp: {
        ...FLOW_DESCRIPTION,
        flows: [
          [S1, S1, 750],
          [S1, S2, 125],
          [S2, S1, 2503],
          [S2, S2, 3002],
        ],
      },
      ccgTrust: {
        ...FLOW_DESCRIPTION,
        trusts: [
          {
            code: 'RAA',
            name: 'Alpha Hospital NHS Foundation Trust',
            areaCode: S1,
            partCode: C1,
            lon: -2,
            lat: 53,
          },
          {
            code: 'RBB',
            name: 'Beta Hospitals NHS Trust',
            areaCode: S2,
            partCode: C2,
            lon: -1.2346,
            lat: 52.3457,
          },
        ],
        flows: [
          [C1, 'RAA', 750],
          [C1, 'RBB', 125],
          [C2, 'RAA', 2503],
          [C2, 'RBB', 3002],
        ],
        // Every resident, attributed or not (the Welsh LSOA is not England's).
        residents: [
          [C1, 1000],
          [C2, 6005],
        ],
      },
    });
    expect(aggregates.total).toBe(6379.5);
    expect(aggregates.crossStp).toBe(2627.75);
    expect(aggregates.stpStp.get(S2)?.get(S1)).toBe(2502.75);
    expect(areaFlowsFileSchema(geography).safeParse(stp).success).toBe(true);
    expect(partTrustFlowsFileSchema(geography, geography.parts!).safeParse(ccgTrust).success).toBe(
      true,
    );
  });

  it('is deterministic whatever the order of the catchment and trust rows', () => {
    const shuffled = with_({
      catchment: [...INPUTS.catchment].reverse(),
      trusts: [...INPUTS.trusts].reverse(),
    });
    const a = buildFlowOutputs(INPUTS);
    const b = buildFlowOutputs(shuffled);
    expect(JSON.stringify([b.stp, b.ccgTrust])).toBe(JSON.stringify([a.stp, a.ccgTrust]));
  });

  it('leaves out pairs that round to no one', () => {
    const catchment = [
      {msoa: M1, trust: 'RAA', proportion: 0.9},
      {msoa: M1, trust: 'RBB', proportion: 0.0001}, // 0.1 + 0.2 people
      ...INPUTS.catchment.slice(2),
    ];
    const {stp, aggregates} = buildFlowOutputs(with_({catchment}));
    expect(stp.flows.find(([o, d]) => o === S1 && d === S2)).toBeUndefined();
    expect(aggregates.stpStp.get(S1)?.get(S2)).toBeCloseTo(0.1, 9);
  });

  it.each([
    [
      'shares summing to more than 1',
      with_({
        catchment: [
          {msoa: M1, trust: 'RAA', proportion: 0.9},
          {msoa: M1, trust: 'RBB', proportion: 0.2},
          ...INPUTS.catchment.slice(2),
        ],
      }),
      "Catchment: MSOA E02000001's shares sum to 1.1, more than 1",
    ],
    [
      'shares summing to under 0.85',
      with_({catchment: [{msoa: M1, trust: 'RAA', proportion: 0.7}, ...INPUTS.catchment.slice(1)]}),
      "Catchment: MSOA E02000001's shares sum to only 0.8250 (< 0.85): rows are missing",
    ],
    [
      'a proportion out of range',
      with_({
        catchment: [{msoa: M1, trust: 'RAA', proportion: -0.1}, ...INPUTS.catchment.slice(1)],
      }),
      'Catchment: MSOA E02000001 → trust RAA has proportion -0.1, not in [0, 1]',
    ],
    [
      'a repeated MSOA → trust pair',
      with_({catchment: [...INPUTS.catchment, INPUTS.catchment[0]!]}),
      'Catchment: MSOA E02000001 → trust RAA appears twice',
    ],
    [
      'a trust with no location',
      with_({trusts: INPUTS.trusts.filter((t) => t.code !== 'RBB')}),
      'Trust(s) in the catchment file with no HQ location: RBB',
    ],
    [
      'an LSOA with no population',
      with_({lsoaPopulation: INPUTS.lsoaPopulation.slice(1)}),
      'LSOA E01000001 has no population',
    ],
    [
      'an LSOA with no MSOA',
      with_({lsoaMsoa: INPUTS.lsoaMsoa.slice(1)}),
      'LSOA E01000001 is not in the LSOA → MSOA lookup',
    ],
    [
      'an LSOA listed twice',
      with_({lsoaAreas: [...INPUTS.lsoaAreas, INPUTS.lsoaAreas[0]!]}),
      'LSOA → CCG → STP lookup: E01000001 appears twice',
    ],
    [
      'an MSOA with no catchment rows',
      with_({catchment: INPUTS.catchment.slice(0, 2)}),
      'MSOA E02000002 (of LSOA E01000003) has no catchment rows',
    ],
    [
      'a catchment MSOA with no English LSOA',
      with_({catchment: [...INPUTS.catchment, {msoa: 'E02000009', trust: 'RAA', proportion: 0.9}]}),
      'Catchment MSOA(s) with no LSOA in the April 2018 lookup: E02000009',
    ],
  ])('fails clearly on %s', (_what, inputs, message) => {
    expect(failure(inputs)).toBe(message);
  });
});

describe('check against the published aggregates', () => {
  const {aggregates} = buildFlowOutputs(INPUTS);
  const EXPECTED: ExpectedFlows = {
    total: 6380,
    stpStp: [
      {from: S1, to: S1, people: 750},
      {from: S1, to: S2, people: 125},
      {from: S2, to: S1, people: 2502.75},
      {from: S2, to: S2, people: 3001.75},
    ],
    ccgTrust: [
      // Shares of each CCG's residents (C1: 1,000; C2: 6,005), to 6 figures as published.
      {ccg: C1, trust: 'RAA', people: 750, share: 0.75},
      {ccg: C1, trust: 'RBB', people: 125, share: 0.125},
      {ccg: C2, trust: 'RAA', people: 2502.75, share: 0.416777},
      {ccg: C2, trust: 'RBB', people: 3001.75, share: 0.499875},
    ],
    trustHq: [
      {trust: 'RAA', stp: S1, lon: -2.00004, lat: 52.99996},
      {trust: 'RBB', stp: S2, lon: -1.234567, lat: 52.345678},
      {trust: 'RCC', stp: S1, lon: -2, lat: 53},
    ],
  };
  const check = (patch: Partial<ExpectedFlows>) => () =>
    checkAgainstExpected(aggregates, INPUTS.trusts, {...EXPECTED, ...patch});

  it('passes when every pair, the total and every HQ agree', () => {
    expect(check({})).not.toThrow();
    // Within tolerance: the published files carry 2 decimals.
    expect(
      check({stpStp: EXPECTED.stpStp.map((r) => ({...r, people: r.people + 0.4}))}),
    ).not.toThrow();
  });

  it('names what differs', () => {
    expect(check({total: 6378})).toThrow(
      'Residents attributed to trusts: built 6379.5, expected 6378 ± 1',
    );
    expect(
      check({stpStp: [...EXPECTED.stpStp.slice(0, 3), {from: S2, to: S2, people: 3000}]}),
    ).toThrow(
      'STP → STP flows differ from the published aggregates in 1 pair(s): E54000902 → E54000902: built 3001.75, expected 3000',
    );
    expect(check({ccgTrust: EXPECTED.ccgTrust.slice(1)})).toThrow(
      'CCG → trust flows differ from the published aggregates in 1 pair(s): E38000901 → RAA: built 750.00, not in the expected file',
    );
    // C2's largest flow is 49.9875% of its residents: a share of 50% implies 6,003.5, not 6,005.
    expect(
      check({ccgTrust: [...EXPECTED.ccgTrust.slice(0, 3), {...EXPECTED.ccgTrust[3]!, share: 0.5}]}),
    ).toThrow(
      'CCG residents differ from the published shares for 1 CCG(s): E38000902: built 6005, published shares imply 6004',
    );
    expect(
      check({trustHq: [{...EXPECTED.trustHq[0]!, stp: S2}, ...EXPECTED.trustHq.slice(1)]}),
    ).toThrow('Trust RAA: HQ placed in E54000901, expected E54000902');
    expect(
      check({trustHq: [{...EXPECTED.trustHq[0]!, lon: -2.0013}, ...EXPECTED.trustHq.slice(1)]}),
    ).toThrow('Trust RAA: HQ at -2.00004, 52.99996; expected -2.0013, 52.99996');
  });
});

describe('trust headquarters', () => {
  const etr = [
    ['RAA', 'ALPHA HOSPITAL NHS FOUNDATION TRUST', 'Y1', 'Q1', '', '', '', '', '', 'AA1 1AA'],
    [
      'RDZ',
      'THE ROYAL BOURNEMOUTH AND CHRISTCHURCH HOSPITALS NHS FOUNDATION TRUST',
      'Y1',
      'Q1',
      '',
      '',
      '',
      '',
      '',
      'BH7 7DW',
    ],
    ['RKK', "KING'S MILL-ON-SEA HOSPITAL NHS TRUST", 'Y1', 'Q1', '', '', '', '', '', 'KK1 1KK'],
  ];
  const nspl = [
    ['AA1 1AA', '384979', '0396212'],
    ['BH7 7DW', '412759', '0094224'],
    ['KK1 1KK', '500000', '0200000'],
  ];
  const names = new Map([
    ['R0D', 'University Hospitals Dorset NHS Foundation Trust'],
    ['RAA', 'Alpha Hospital NHS Foundation Trust'],
  ]);

  it('uses the 2022 name, else the etr name in title case, and RDZ’s HQ for R0D', () => {
    expect(trustHeadquarters(['R0D', 'RAA', 'RKK'], etr, nspl, names)).toEqual([
      {
        code: 'R0D',
        name: 'University Hospitals Dorset NHS Foundation Trust',
        locationFrom: 'RDZ',
        postcode: 'BH7 7DW',
        easting: 412759,
        northing: 94224,
      },
      {
        code: 'RAA',
        name: 'Alpha Hospital NHS Foundation Trust',
        locationFrom: 'RAA',
        postcode: 'AA1 1AA',
        easting: 384979,
        northing: 396212,
      },
      {
        code: 'RKK',
        name: "King's Mill-On-Sea Hospital NHS Trust",
        locationFrom: 'RKK',
        postcode: 'KK1 1KK',
        easting: 500000,
        northing: 200000,
      },
    ]);
    expect(titleCase('THE ROYAL BOURNEMOUTH AND CHRISTCHURCH HOSPITALS NHS FOUNDATION TRUST')).toBe(
      'The Royal Bournemouth And Christchurch Hospitals NHS Foundation Trust',
    );
  });

  it('fails on a trust with no etr row or no grid reference', () => {
    expect(() => trustHeadquarters(['RZZ'], etr, nspl, names)).toThrow(
      'Trust RZZ is in the catchment file but not in the ODS etr file, and has no stand-in',
    );
    expect(() => trustHeadquarters(['RAA'], etr, nspl.slice(1), names)).toThrow(
      'Trust RAA: HQ postcode "AA1 1AA" (etr row RAA) has no grid reference in the NSPL extract',
    );
  });
});

/** Squares on the British National Grid, written as a shapefile like the ONS one. */
async function squaresShapefile(
  squares: {code: string; x: number; y: number; size: number}[],
): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'footprint-flows-'));
  const geojson = {
    type: 'FeatureCollection',
    features: squares.map(({code, x, y, size}) => ({
      type: 'Feature',
      properties: {stp18cd: code},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x, y + size],
            [x + size, y + size],
            [x + size, y],
            [x, y],
          ],
        ],
      },
    })),
  };
  const out = await mapshaper.applyCommands('-i in.json -o stp.shp', {'in.json': geojson});
  for (const [name, content] of Object.entries(out))
    writeFileSync(path.join(dir, name), content as Buffer);
  return path.join(dir, 'stp.shp');
}

describe('placing trust HQs with mapshaper', () => {
  const hq = (code: string, easting: number, northing: number): TrustHq => ({
    code,
    name: code,
    locationFrom: code,
    postcode: 'X',
    easting,
    northing,
  });
  // Two real HQs with their published (pyproj) WGS84 points: Manchester (R0A), Bournemouth (R0D).
  const hqs = [hq('R0A', 384979, 396212), hq('R0D', 412759, 94224)];

  it('joins each point to its STP on the grid and projects it with the OSGB36 datum shift', async () => {
    const shp = await squaresShapefile([
      {code: 'E54000901', x: 380000, y: 390000, size: 10000},
      {code: 'E54000902', x: 410000, y: 90000, size: 10000},
    ]);
    const [manchester, bournemouth] = await locateTrusts(shp, hqs);
    expect(manchester).toMatchObject({code: 'R0A', areaCode: 'E54000901'});
    expect(bournemouth).toMatchObject({code: 'R0D', areaCode: 'E54000902'});
    // Without the datum shift these would be ~100 m (~0.0015°) off.
    expect(manchester!.lon).toBeCloseTo(-2.227711, 5);
    expect(manchester!.lat).toBeCloseTo(53.462436, 5);
    expect(bournemouth!.lon).toBeCloseTo(-1.82052, 5);
    expect(bournemouth!.lat).toBeCloseTo(50.747482, 5);
  });

  it('fails on a point outside every STP or inside two', async () => {
    const one = await squaresShapefile([{code: 'E54000901', x: 380000, y: 390000, size: 10000}]);
    await expect(locateTrusts(one, hqs)).rejects.toThrow(
      'Trust R0D: HQ X (412759, 94224) falls in 0 STP boundaries, not exactly one',
    );
    const overlapping = await squaresShapefile([
      {code: 'E54000901', x: 380000, y: 390000, size: 10000},
      {code: 'E54000903', x: 384000, y: 390000, size: 10000},
      {code: 'E54000902', x: 410000, y: 90000, size: 10000},
    ]);
    await expect(locateTrusts(overlapping, hqs)).rejects.toThrow(
      'Trust R0A: HQ X (384979, 396212) falls in 2 STP boundaries, not exactly one',
    );
  });
});
