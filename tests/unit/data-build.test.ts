import {describe, expect, it} from 'vitest';
import type {Topology} from 'topojson-specification';
import {readCcgs} from '../../scripts/lib/ccgs';
import {buildDistricts} from '../../scripts/lib/districts';
import {stpTopology} from '../../scripts/lib/geometry';
import {buildOptions} from '../../scripts/lib/options';
import type {OptionsSpec} from '../../scripts/lib/option-spec';
import {BuildError, RawFolder} from '../../scripts/lib/raw';
import {attachStpProperties, crossCheckPopulations} from '../../scripts/lib/stps';
import {TOY_CSV, writeToyRaw} from './fixtures/toy-raw';

const TOY_SPEC: OptionsSpec = {
  regions: {
    westland: {id: 'westland', code: 'E40000001', name: 'Westland', colour: '#77aadd'},
    eastland: {id: 'eastland', code: 'E40000002', name: 'Eastland', colour: '#ee8866'},
    west: {id: 'west', code: 'E40000007', name: 'West', colour: '#44bb99'},
    'middle-and-east': {
      id: 'middle-and-east',
      code: 'E40000008',
      name: 'Middle and East',
      colour: '#eedd88',
    },
  },
  beforeRegionIds: {E40000001: 'westland', E40000002: 'eastland'},
  before: {
    id: 'before',
    title: 'Before',
    date: '2018-04',
    description: 'Two regions.',
    source: {document: 'toy', paragraphs: '1'},
  },
  proposals: [
    {
      id: 'after',
      title: 'After',
      date: '2018-05',
      description: 'Midshire moves east.',
      source: {document: 'toy', paragraphs: '2'},
      regions: [
        {id: 'west', stps: ['E54000901']},
        {id: 'middle-and-east', stps: ['E54000902', 'E54000903']},
      ],
    },
  ],
  matches2019Lookup: 'after',
};

async function buildToy(overrides = {}, spec = TOY_SPEC) {
  const raw = new RawFolder(await writeToyRaw(overrides));
  const ccgs = readCcgs(raw);
  const topo = (await stpTopology(raw.path('stpShapes'))) as Topology;
  const stps = attachStpProperties(topo, ccgs);
  crossCheckPopulations(raw, stps);
  const codes = stps.map((s) => s.code);
  return {
    ccgs,
    stps,
    options: buildOptions(raw, codes, ccgs, spec),
    districts: buildDistricts(raw, new Set(codes)),
  };
}

describe('data build on a toy geography', () => {
  it('produces exactly the expected STPs, options and districts', async () => {
    const {stps, options, districts} = await buildToy();
    expect(stps.map(({anchor: _a, ...rest}) => rest)).toEqual([
      {
        code: 'E54000901',
        onsName: 'Westshire',
        name: 'Westshire',
        shortName: 'Westshire',
        population: 300,
        partCount: 1,
        areaKm2: 100,
      },
      {
        code: 'E54000902',
        onsName: 'Midshire',
        name: 'Midshire',
        shortName: 'Midshire',
        population: 120,
        partCount: 2,
        areaKm2: 100,
      },
      {
        code: 'E54000903',
        onsName: 'Eastshire',
        name: 'Eastshire',
        shortName: 'Eastshire',
        population: 1000,
        partCount: 1,
        areaKm2: 100,
      },
    ]);
    // Interior points lie inside their squares, west to east, in WGS84 near 52.6° N, 2° W.
    const lons = stps.map((s) => s.anchor[0]);
    expect(lons[0]).toBeLessThan(lons[1]!);
    expect(lons[1]).toBeLessThan(lons[2]!);
    for (const s of stps) expect(s.anchor[1]).toBeGreaterThan(52.5);
    expect(options).toEqual([
      {
        id: 'before',
        title: 'Before',
        date: '2018-04',
        description: 'Two regions.',
        source: {document: 'toy', paragraphs: '1'},
        regions: [
          {id: 'westland', code: 'E40000001', name: 'Westland', colour: '#77aadd'},
          {id: 'eastland', code: 'E40000002', name: 'Eastland', colour: '#ee8866'},
        ],
        assignments: {E54000901: 'westland', E54000902: 'westland', E54000903: 'eastland'},
      },
      {
        id: 'after',
        title: 'After',
        date: '2018-05',
        description: 'Midshire moves east.',
        source: {document: 'toy', paragraphs: '2'},
        regions: [
          {id: 'west', code: 'E40000007', name: 'West', colour: '#44bb99'},
          {id: 'middle-and-east', code: 'E40000008', name: 'Middle and East', colour: '#eedd88'},
        ],
        assignments: {
          E54000901: 'west',
          E54000902: 'middle-and-east',
          E54000903: 'middle-and-east',
        },
      },
    ]);
    expect(districts).toEqual([
      {
        code: 'E07000001',
        name: 'Borderton',
        parts: [
          {areaCode: 'E54000902', lsoaShare: 0.667, residents: 2200},
          {areaCode: 'E54000901', lsoaShare: 0.333, residents: 1500},
        ],
        // LSOAs B and C (1,000 + 1,200) in CCG 902, A (1,500) in 901.
        partResidents: [
          ['E38000902', 2200],
          ['E38000901', 1500],
        ],
      },
      {
        code: 'E07000002',
        name: 'Eastby',
        parts: [{areaCode: 'E54000903', lsoaShare: 1, residents: 1800}],
        partResidents: [['E38000904', 1800]],
      },
    ]);
  });

  it('fails clearly when a raw file is missing', async () => {
    const raw = new RawFolder(await writeToyRaw());
    expect(() => new RawFolder('/nonexistent/raw')).toThrow(/Raw data folder not found/);
    expect(() => raw.path('ccgShapes')).toThrow(/Missing raw file: .*ebmdatalab/);
  });

  it('fails when a population does not add up', async () => {
    const bad = TOY_CSV['population/ccg18_population_mid2018_single_year_of_age.csv']!.replace(
      'E38000901,01A,E54000901,NHS West CCG,300,1,200',
      'E38000901,01A,E54000901,NHS West CCG,300,1,201',
    );
    await expect(
      buildToy({'population/ccg18_population_mid2018_single_year_of_age.csv': bad}),
    ).rejects.toThrow(
      /Population of E38000901 does not add up: single years sum to 301, all ages is 300/,
    );
  });

  it('fails when an STP has no CCGs', async () => {
    const lookup = TOY_CSV['flows/lookup/ons_CCG18_STP18_EN_LU.csv']!.replace(
      'E38000904,01D,NHS East CCG,E54000903',
      'E38000904,01D,NHS East CCG,E54000902',
    );
    const pop = TOY_CSV['population/ccg18_population_mid2018_single_year_of_age.csv']!.replace(
      'E38000904,01D,E54000903',
      'E38000904,01D,E54000902',
    );
    await expect(
      buildToy({
        'flows/lookup/ons_CCG18_STP18_EN_LU.csv': lookup,
        'population/ccg18_population_mid2018_single_year_of_age.csv': pop,
      }),
    ).rejects.toThrow(/STP E54000903 \(Eastshire\) has no CCGs/);
  });

  it('fails when a code is in one file and not another', async () => {
    const pop = TOY_CSV['population/ccg18_population_mid2018_single_year_of_age.csv']!.split('\n')
      .filter((l) => !l.startsWith('E38000904'))
      .join('\n');
    await expect(
      buildToy({'population/ccg18_population_mid2018_single_year_of_age.csv': pop}),
    ).rejects.toThrow(/CCG E38000904 is in the ONS CCG→STP lookup but has no population/);
  });

  it("fails when an STP's CCGs fall in two April 2018 regions", async () => {
    const regions = TOY_CSV['flows/lookup/ons_CCG18_NHSRLO18_NHSER18_EN_LU.csv']!.replace(
      'E38000903,01C,NHS Mid South CCG,E39000001,Q1,Office,E40000001,Y1,Westland',
      'E38000903,01C,NHS Mid South CCG,E39000001,Q1,Office,E40000002,Y2,Eastland',
    );
    await expect(
      buildToy({'flows/lookup/ons_CCG18_NHSRLO18_NHSER18_EN_LU.csv': regions}),
    ).rejects.toThrow(/STP E54000902 has CCGs in two April 2018 regions/);
  });

  it('fails when an option leaves an STP unassigned or disagrees with the 2019/20 lookup', async () => {
    const missing = {
      ...TOY_SPEC,
      proposals: [
        {
          ...TOY_SPEC.proposals[0]!,
          regions: [
            {id: 'west', stps: ['E54000901']},
            {id: 'middle-and-east', stps: ['E54000902']},
          ],
        },
      ],
    };
    await expect(buildToy({}, missing)).rejects.toThrow(
      /must assign each of the 3 STPs exactly once; not assigned: E54000903/,
    );
    const wrong = {
      ...TOY_SPEC,
      proposals: [
        {
          ...TOY_SPEC.proposals[0]!,
          regions: [
            {id: 'west', stps: ['E54000901', 'E54000902']},
            {id: 'middle-and-east', stps: ['E54000903']},
          ],
        },
      ],
    };
    await expect(buildToy({}, wrong)).rejects.toThrow(
      /puts E54000902 in E40000007; the 2019\/20 lookup says E40000008/,
    );
  });

  it('rejects an STP assigned twice', async () => {
    const twice = {
      ...TOY_SPEC,
      proposals: [
        {
          ...TOY_SPEC.proposals[0]!,
          regions: [
            {id: 'west', stps: ['E54000901', 'E54000902']},
            {id: 'middle-and-east', stps: ['E54000902', 'E54000903']},
          ],
        },
      ],
    };
    await expect(buildToy({}, twice)).rejects.toThrow(BuildError);
  });

  it('fails clearly when a district LSOA has no population, is listed twice or lacks a CCG', async () => {
    const lsoaLookup = 'flows/lookup/ons_LSOA11_CCG18_STP18_LAD18_EN_LU_v3.csv';
    const population = 'flows/population/ons_lsoa11_population_mid2019_all_ages_derived.csv';
    const noPop = TOY_CSV[population]!.replace('E01000003,C,1000\n', '');
    await expect(buildToy({[population]: noPop})).rejects.toThrow(
      /LSOA E01000003 \(district E07000001\) has no mid-2019 population/,
    );
    const twice =
      TOY_CSV[lsoaLookup]! +
      '\nE01000004,D,E38000903,01C,x,E54000902,Midshire,E07000001,Borderton,5';
    await expect(buildToy({[lsoaLookup]: twice})).rejects.toThrow(
      /LSOA E01000004 is listed twice in the LSOA → CCG → STP → LAD lookup/,
    );
    const noCcg = TOY_CSV[lsoaLookup]!.replace('E01000004,D,E38000904', 'E01000004,D,');
    await expect(buildToy({[lsoaLookup]: noCcg})).rejects.toThrow(/LSOA E01000004 has no CCG/);
    const popTwice = TOY_CSV[population]! + '\nE01000004,D,1800';
    await expect(buildToy({[population]: popTwice})).rejects.toThrow(
      /LSOA E01000004 is listed twice in the mid-2019 population file/,
    );
    // An English LSOA the lookup leaves out: its people would vanish from every district.
    const dropped = TOY_CSV[lsoaLookup]!.split('\n')
      .filter((line) => !line.startsWith('E01000004,'))
      .join('\n');
    await expect(buildToy({[lsoaLookup]: dropped})).rejects.toThrow(
      /LSOA E01000004 has a mid-2019 population but is in no district/,
    );
  });
});
