// The CCG-level data of issue 19 (options that move single CCGs): each CCG's share of its STP's
// area, and the check that every CCG figure adds up to its STP's. Every check is broken once
// here and must name the code at fault.
import {describe, expect, it} from 'vitest';
import {ccgAreas} from '../../scripts/lib/ccg-areas';
import {shareOut} from '../../src/domain/parts/apportion';
import {checkPartSums, type PartSumsInput} from '../../scripts/lib/part-sums';
import type {Part as Ccg, MappedPart as MappedCcg, Area as Stp} from '../../src/domain/types';

const stp = (code: string, population: number, partCount: number, areaKm2: number): Stp => ({
  code,
  onsName: code,
  name: code,
  shortName: code,
  population,
  partCount,
  areaKm2,
  anchor: [0, 52],
});
const ccg = (
  code: string,
  areaCode: string,
  population: number,
  name = `NHS ${code} CCG`,
): Ccg => ({code, odsCode: '00X', name, areaCode, population});
const mapped = (c: Ccg, areaKm2: number): MappedCcg => ({...c, areaKm2, anchor: [0, 52]});

describe('shareOut', () => {
  it('shares whole units in proportion, by largest remainder, adding up exactly', () => {
    expect(shareOut(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(shareOut(1000, [300, 704])).toEqual([299, 701]);
    expect(shareOut(7, [0, 0])).toEqual([4, 3]); // nothing to weigh by: equal shares, still adding up
    expect(shareOut(5, [])).toEqual([]);
  });
});

describe('ccgAreas', () => {
  const stps = [stp('E54000901', 30, 2, 100)];
  const ccgs = [
    ccg('E38000901', 'E54000901', 10, 'NHS Alpha CCG'),
    ccg('E38000902', 'E54000901', 20, 'NHS Beta & Gamma CCG'),
  ];

  it("shares the STP's area out by the CCGs' measured areas, matching names as the shapes spell them", () => {
    const areas = ccgAreas(
      stps,
      ccgs,
      new Map([
        ['NHS ALPHA CCG', 30],
        ['NHS BETA AND GAMMA CCG', 70.4],
      ]),
    );
    // 100 km² = 1,000 tenths: 298.8… and 701.19… → 299 and 701.
    expect(areas).toEqual(
      new Map([
        ['E38000901', 29.9],
        ['E38000902', 70.1],
      ]),
    );
  });

  it("fails naming the STP whose CCGs' shapes measure more than 3% off its own area", () => {
    expect(() =>
      ccgAreas(
        stps,
        ccgs,
        new Map([
          ['NHS ALPHA CCG', 30],
          ['NHS BETA AND GAMMA CCG', 73.1],
        ]),
      ),
    ).toThrow(
      "STP E54000901: its CCGs' shapes measure 103.1 km², its own 100 km² (more than 3% apart)",
    );
    expect(() =>
      ccgAreas(
        stps,
        ccgs,
        new Map([
          ['NHS ALPHA CCG', 30],
          ['NHS BETA AND GAMMA CCG', 72.9],
        ]),
      ),
    ).not.toThrow();
  });

  it('fails naming a CCG with no shape', () => {
    expect(() => ccgAreas(stps, ccgs, new Map([['NHS ALPHA CCG', 30]]))).toThrow(
      'CCG E38000902 (NHS Beta & Gamma CCG) has no shape to measure',
    );
  });
});

describe('checkPartSums', () => {
  const [a, b, c] = [
    ccg('E38000901', 'E54000901', 10),
    ccg('E38000902', 'E54000901', 20),
    ccg('E38000903', 'E54000902', 5),
  ];
  const valid: PartSumsInput = {
    stps: [stp('E54000901', 30, 2, 100), stp('E54000902', 5, 1, 12.3)],
    ccgs: [mapped(a, 29.9), mapped(b, 70.1), mapped(c, 12.3)],
    districts: [
      {
        code: 'E07000001',
        name: 'Split',
        parts: [
          {areaCode: 'E54000901', lsoaShare: 0.5, residents: 40},
          {areaCode: 'E54000902', lsoaShare: 0.5, residents: 6},
        ],
        partResidents: [
          ['E38000901', 15],
          ['E38000902', 25],
          ['E38000903', 6],
        ],
      },
      {
        code: 'E07000002',
        name: 'Whole',
        parts: [{areaCode: 'E54000901', lsoaShare: 1, residents: 3}],
        partResidents: [['E38000901', 3]],
      },
    ],
    flowResidents: [
      ['E38000901', 18],
      ['E38000902', 25],
      ['E38000903', 6],
    ],
  };

  it('accepts figures that add up', () => {
    expect(() => checkPartSums(valid)).not.toThrow();
  });

  it("fails naming the STP whose CCGs' population, count or area do not add up", () => {
    const message = (ccgs: MappedCcg[]) => () => checkPartSums({...valid, ccgs});
    expect(
      message([mapped({...a, population: 11}, 29.9), mapped(b, 70.1), mapped(c, 12.3)]),
    ).toThrow(
      'STP E54000901: its 2 CCGs add up to 31 people and 100 km², the STP has 2 CCGs, 30 people and 100 km²',
    );
    expect(message([mapped(a, 29.9), mapped(b, 70), mapped(c, 12.3)])).toThrow(
      'STP E54000901: its 2 CCGs add up to 30 people and 99.9 km²',
    );
    expect(
      message([mapped(a, 29.9), mapped(b, 70.1), mapped({...c, areaCode: 'E54000901'}, 12.3)]),
    ).toThrow('STP E54000901: its 3 CCGs');
  });

  it("fails naming the district whose CCG residents do not add up to an STP part's", () => {
    const districts = [
      {
        ...valid.districts[0]!,
        partResidents: [
          ['E38000901', 15],
          ['E38000902', 24],
          ['E38000903', 6],
        ] as [string, number][],
      },
      valid.districts[1]!,
    ];
    expect(() => checkPartSums({...valid, districts})).toThrow(
      'District E07000001: its CCGs in STP E54000901 have 39 residents, its part there 40',
    );
  });

  it("fails naming a CCG whose district residents differ from the flow file's, or that is not known", () => {
    expect(() =>
      checkPartSums({
        ...valid,
        flowResidents: [
          ['E38000901', 18],
          ['E38000902', 26],
          ['E38000903', 6],
        ],
      }),
    ).toThrow('CCG E38000902: 25 residents in districts.json, 26 in flows-ccg-trust.json');
    const districts = [
      valid.districts[0]!,
      {...valid.districts[1]!, partResidents: [['E38000999', 3]] as [string, number][]},
    ];
    expect(() => checkPartSums({...valid, districts})).toThrow(
      'District E07000002 has residents in CCG E38000999, which is not in ccgs.topo.json',
    );
  });
});
