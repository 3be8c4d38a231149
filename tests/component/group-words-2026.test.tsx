// @vitest-environment jsdom
// Issue 20: on England 2026 every view names groups by the option's own noun ("ICB",
// "cluster"), never "region"; a cluster no statement confirms is tagged in the tables; and the
// 2018 geography reads "region" as before. Each view is rendered and its text scanned.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {ReactNode} from 'react';
import type {FootprintData} from '../../src/data/load';
import type {Area, BoundaryOption} from '../../src/domain/types';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import {GeographyProvider} from '../../src/ui/geography-context';
import {RegionsTable} from '../../src/ui/regions/RegionsTable';
import {ComparisonTable} from '../../src/ui/compare/ComparisonTable';
import {CompareSummary} from '../../src/ui/compare/CompareSummary';
import {RegionCriteriaView} from '../../src/ui/scorecard/RegionCriteria';
import {FlowLegend} from '../../src/ui/flows/FlowLegend';
import {compareOptions} from '../../src/domain/compare';
import {groupNounOf, unitWordsFor} from '../../src/domain/geography';
import {mapKeys} from '../../src/ui/MapKeyHelp';
import {flowScale} from '../../src/domain/flow-arrows';
import {rowsOf} from '../../src/ui/use-option-rows';
import {regionsCsv} from '../../src/ui/export/csv';
import {describeMap} from '../../src/domain/map-words';
import {unitWords} from '../../src/domain/geography';
import {optionRows} from '../../src/domain/region-rows';
import {
  areas as areas2018,
  areaShapes as areaShapes2018,
  areaTopology as areaTopology2018,
  options as options2018,
  GEOGRAPHY_2018,
} from '../unit/real-data';
import type {OptionEdit} from '../../src/domain/types';
import {BoardPackPage} from '../../src/ui/print/BoardPackPage';
import {BoardPackCharts} from '../../src/ui/print/BoardPackCharts';
import {CompareChart} from '../../src/ui/charts/CompareChart';
import {OptionEditor} from '../../src/ui/builder/OptionEditor';
import {AreaDetails} from '../../src/ui/AreaDetails';
import {makeUserOption} from '../../src/domain/builder/user-option';
import {applyEdit} from '../../src/domain/builder/edit';
import {describeEdit} from '../../src/domain/builder/edit-names';
import {criteria} from '../unit/criteria-ui-fixtures';

const json = (file: string) => JSON.parse(readFileSync(`data/england-2026/${file}`, 'utf8'));
const geography = geographyManifestSchema.parse(json('manifest.json'));
const topology = json(geography.files.areas);
const areas = (
  feature(topology, topology.objects.areas) as unknown as {features: {properties: Area}[]}
).features.map((f) => f.properties);
const options: BoundaryOption[] = json(geography.files.options).options;
const option = (id: string) => options.find((o) => o.id === id)!;
const data2026 = {
  geography,
  fileUrl: (n: string) => `/assets/${n}`,
  geographyMessages: [],
  areas,
  options,
} as unknown as FootprintData;
const data2018 = {
  ...GEOGRAPHY_2018,
  areas: areas2018,
  options: options2018,
} as unknown as FootprintData;
const SCALE = flowScale([{origin: 'a', destination: 'b', volume: 10000}] as never);

afterEach(cleanup);

/** The text of every view of `a` → `b` on `data`, group names left out (a 2018 group may be
 * called "… region" in its own name, which is not the noun under test). */
function viewsText(data: FootprintData, a: BoundaryOption, b: BoundaryOption): string {
  const cmp = compareOptions(a, b, data.areas, {
    a: rowsOf(a, data.areas, null),
    b: rowsOf(b, data.areas, null),
  });
  const wrap = (node: ReactNode) =>
    render(<GeographyProvider data={data}>{node}</GeographyProvider>).container;
  const shared = {
    code: 'E07000001',
    name: 'Somewhere',
    regions: [
      {regionId: b.regions[0]!.id, residents: 10},
      {regionId: b.regions[1]!.id, residents: 5},
    ],
  };
  const views = [
    wrap(<RegionsTable data={data} option={b} />),
    wrap(<ComparisonTable comparison={cmp} />),
    wrap(<CompareSummary comparison={cmp} words={unitWordsFor(data.geography, [a, b])} />),
    wrap(
      <RegionCriteriaView
        criteria={
          {
            regionId: b.regions[0]!.id,
            ofEqualShare: 1,
            containment: 0.9,
            outsideRegion: 10,
            areaKm2: 1,
            sharedDistricts: [shared],
          } as never
        }
        names={(id) => id}
        groups={groupNounOf(b, data.geography)}
      />,
    ),
    wrap(
      <FlowLegend
        scale={SCALE}
        minVolume={0}
        unit="residents"
        groups={groupNounOf(b, data.geography)}
      />,
    ),
  ];
  let text =
    views.map((v) => v.textContent).join(' ') +
    ' ' +
    mapKeys('England', 'area', groupNounOf(b, data.geography).one).flat().join(' ');
  for (const o of [a, b]) for (const r of o.regions) text = text.split(r.name).join('');
  return text;
}

describe('groups called by the option’s own noun on England 2026', () => {
  it('ICBs 2023 → ICBs 2026: "ICB" throughout, never "region"', () => {
    const text = viewsText(data2026, option('icbs-2023'), option('icbs-2026'));
    expect(text).not.toMatch(/\bregions?\b/i);
    expect(text).toMatch(/\bICBs?\b/);
    expect(text).toMatch(/crosses an ICB boundary/);
  });

  it('ICBs 2026 → the 2025 clusters: "ICB or cluster" where both are meant, never "region"', () => {
    const text = viewsText(data2026, option('icbs-2026'), option('clusters-2025'));
    expect(text).not.toMatch(/\bregions?\b/i);
    expect(text).toMatch(/ICBs or clusters/);
    expect(text).toMatch(/crosses a cluster boundary/);
  });

  it('tags every unconfirmed cluster in the regions and comparison tables', () => {
    const clusters = option('clusters-2025');
    const unconfirmed = clusters.regions.filter((r) => r.uncertain).length;
    render(
      <GeographyProvider data={data2026}>
        <RegionsTable data={data2026} option={clusters} />
      </GeographyProvider>,
    );
    // One tag per unconfirmed group, no more.
    const tagged = () => document.querySelectorAll('[data-testid="uncertain-tag"]').length;
    expect(tagged()).toBe(unconfirmed);
    cleanup();
    const cmp = compareOptions(option('icbs-2026'), clusters, areas, {
      a: rowsOf(option('icbs-2026'), areas, null),
      b: rowsOf(clusters, areas, null),
    });
    render(
      <GeographyProvider data={data2026}>
        <ComparisonTable comparison={cmp} />
      </GeographyProvider>,
    );
    expect(tagged()).toBe(unconfirmed);
  });

  it('the regions CSV says which groups are confirmed: "no" for the unconfirmed clusters, "yes" for the rest', () => {
    const clusters = option('clusters-2025');
    const text = regionsCsv(optionRows(clusters, areas, null, null), geography, null, options);
    const lines = text
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]!.split(',').at(-1)).toBe('confirmed');
    const no = lines.slice(1).filter((l) => l.endsWith(',no')).length;
    expect(no).toBe(clusters.regions.filter((r) => r.uncertain).length);
    expect(no).toBeGreaterThan(0);
    expect(lines.slice(1).filter((l) => l.endsWith(',yes')).length).toBe(
      clusters.regions.length - no,
    );
  });
});

describe('the map in words on the 2025 clusters', () => {
  it('counts clusters and says which are not confirmed, and why', () => {
    const clusters = option('clusters-2025');
    const words = describeMap(clusters, areas, {
      ...unitWords(geography),
      group: groupNounOf(clusters, geography),
    });
    expect(words.option[0]).toMatch(/: 26 clusters\./);
    expect(words.option.filter((l) => l.includes('. Not confirmed: ')).length).toBe(
      clusters.regions.filter((r) => r.uncertain).length,
    );
  });
});

describe('2018 reads "region" as before', () => {
  it('the same views say "region", and no "ICB" or "cluster"', () => {
    const text = viewsText(data2018, options2018[0]!, options2018[1]!);
    expect(text).toMatch(/Regions: /);
    expect(text).toMatch(/crosses a region boundary/);
    expect(text).not.toMatch(/\b(ICB|cluster)s?\b/);
  });
});

// The places that still said "region" on England 2026 (issue 20, second pass): the board pack,
// the comparison chart, the builder's checks, labels and step names, the area details.
const topology2026 = topology;
/** What the 2018 data needs to draw its map and adjacency (the board pack, the builder). */
const full2018 = () => ({
  areaTopology: areaTopology2018,
  areaShapes: areaShapes2018,
  context: {type: 'FeatureCollection', features: []},
});
const full2026 = {
  ...data2026,
  areaTopology: topology2026,
  areaShapes: feature(topology2026, topology2026.objects.areas),
  context: {type: 'FeatureCollection', features: []},
} as unknown as FootprintData;
const in2026 = (node: ReactNode, data: FootprintData = full2026) =>
  render(<GeographyProvider data={data}>{node}</GeographyProvider>).container;
/** `el`'s text without the names of `options`' groups nor their descriptions (a name or a
 * description may say "region" in its own words, which is not the noun under test). */
function wordsOf(el: Element, opts: readonly BoundaryOption[]): string {
  let text = el.textContent ?? '';
  for (const o of opts) {
    text = text.split(o.description).join('');
    for (const r of o.regions) text = text.split(r.name).join('');
  }
  return text;
}
const mine = (baseId: string, data: FootprintData) =>
  makeUserOption({
    id: 'mine-1',
    title: 'My option 1',
    basedOn: data.options.find((o) => o.id === baseId)!,
    date: '2026-12-07',
  });

describe('the board pack on England 2026', () => {
  const clusters = () => option('clusters-2025');
  const packPage = (o: BoundaryOption, baseline: BoundaryOption, data = full2026) =>
    in2026(
      <BoardPackPage
        data={data}
        option={o}
        baseline={baseline}
        page={1}
        pages={1}
        printed="today"
        flows={null}
        criteria={criteria(o.id)}
      />,
      data,
    );

  it('an option page calls the clusters clusters, never regions, and tags the unconfirmed ones', () => {
    const page = packPage(clusters(), option('icbs-2026'));
    const text = wordsOf(page.querySelector('.fp-page__header')!, [clusters()]);
    expect(text).toMatch(/26 clusters/);
    expect(text).toMatch(/in a cluster;/);
    const body = wordsOf(page.querySelector('.fp-page__body')!, options);
    expect(body).not.toMatch(/\bregions?\b/i);
    expect(body).toMatch(/Clusters \(population/);
    const table = page.querySelector('.fp-page__table:not(.fp-page__table--changes)')!;
    expect(table.querySelectorAll('[data-testid="uncertain-tag"]').length).toBe(
      clusters().regions.filter((r) => r.uncertain).length,
    );
  });

  it('its flow sentence calls the groups ICBs, never regions (newcomer trial)', () => {
    const [a, b] = [option('icbs-2023'), option('icbs-2026')];
    // A flow between two areas in different ICBs of 2023 and in one ICB of 2026.
    const codes = Object.keys(a.assignments);
    const pair = codes
      .flatMap((x) => codes.map((y) => [x, y] as const))
      .find(
        ([x, y]) => a.assignments[x] !== a.assignments[y] && b.assignments[x] === b.assignments[y],
      )!;
    const page = in2026(
      <BoardPackPage
        data={full2026}
        option={b}
        baseline={a}
        page={1}
        pages={1}
        printed="today"
        flows={[{origin: pair[0], destination: pair[1], volume: 1234}]}
        criteria={criteria(b.id)}
      />,
      full2026,
    );
    const sentence = page.querySelector('[data-testid="board-pack-flow-sides"]')!.textContent!;
    expect(sentence).toContain('1,234 residents in 1 flow now stay inside one ICB');
    expect(sentence).not.toMatch(/\bregion\b/);
  });

  it('its table of changes lists the new and removed ICBs too (2023 → 2026: Frimley removed)', () => {
    const [a, b] = [option('icbs-2023'), option('icbs-2026')];
    const page = packPage(b, a);
    const table = page.querySelector('.fp-page__table--changes')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    const removed = a.regions.filter((r) => !b.regions.some((x) => x.id === r.id));
    const added = b.regions.filter((r) => !a.regions.some((x) => x.id === r.id));
    expect(removed.length).toBeGreaterThan(0);
    expect(added.length).toBeGreaterThan(0);
    for (const r of removed) expect(rows.find((row) => row[0] === r.name)?.at(-1)).toBe('removed');
    for (const r of added) expect(rows.find((row) => row[0] === r.name)?.at(-1)).toBe('new');
  });

  it('the glance sheets are headed by the options’ nouns', () => {
    const sheet = in2026(
      <BoardPackCharts
        data={full2026}
        options={[option('icbs-2026'), clusters()]}
        flows={null}
        firstPage={1}
        pages={3}
      />,
    );
    expect(sheet.querySelector('h2')!.textContent).toMatch(/^ICBs or clusters at a glance/);
    expect(sheet.querySelector('header')!.textContent).toMatch(/in their own ICB or cluster/);
  });

  it('on 2018 the page and the glance sheet say "region" as before', () => {
    const [a, b] = [options2018[0]!, options2018[1]!];
    const page = packPage(b, a, {...data2018, ...full2018()} as FootprintData);
    expect(page.querySelector('.fp-page__header')!.textContent).toMatch(/ in a region;/);
    cleanup();
    const sheet = in2026(
      <BoardPackCharts data={data2018} options={[a, b]} flows={null} firstPage={1} pages={3} />,
      data2018,
    );
    expect(sheet.querySelector('h2')!.textContent).toBe('Regions at a glance');
  });
});

describe('the comparison chart on England 2026', () => {
  it('ICBs 2026 → clusters: "ICB or cluster" in its words and its table, never "region"', () => {
    const [a, b] = [option('icbs-2026'), option('clusters-2025')];
    const cmp = compareOptions(a, b, areas, {a: rowsOf(a, areas, null), b: rowsOf(b, areas, null)});
    const chart = in2026(<CompareChart data={full2026} comparison={cmp} />);
    const text = wordsOf(chart, [a, b]);
    expect(text).not.toMatch(/\bregions?\b/i);
    expect(text).toMatch(/in the ICB or cluster’s colour/);
    expect(text).toMatch(/not an ICB or cluster/);
    expect(text).toMatch(/\d+ of \d+ ICBs or clusters in both options change/);
  });
});

describe('the builder on England 2026', () => {
  it('its labels, checks and balance call the groups ICBs, never regions', () => {
    const o = mine('icbs-2023', full2026);
    const unplaced = Object.keys(o.assignments)[0]!;
    delete o.assignments[unplaced];
    const editor = in2026(<OptionEditor data={full2026} option={o} />);
    const text = wordsOf(editor, [o]);
    expect(text).not.toMatch(/\bregions?\b/i);
    for (const words of [
      'New ICB',
      'Add ICB',
      'Choose an ICB, then click',
      'choose its new ICB',
      'Each ICB',
      'not in any ICB yet. Put it in an ICB.',
      'The largest ICB,',
    ])
      expect(text).toContain(words);
    expect(editor.querySelector('label[for^="fp-region-"]')!.textContent).toMatch(/^Name of ICB /);
  });

  it('names its undo steps and refusals by the option’s noun', () => {
    const o = mine('clusters-2025', full2026);
    const add: OptionEdit = {
      kind: 'add-region',
      region: {id: 'new-1', code: null, name: 'Central', colour: '#1d70b8'},
    };
    expect(describeEdit(o, add)).toBe('New cluster: Central');
    expect(applyEdit(o, {kind: 'remove-region', id: o.regions[0]!.id}).error).toMatch(
      /to another cluster first$/,
    );
  });

  it('on 2018 the same editor says "region" as before', () => {
    const o = mine(options2018[0]!.id, {...data2018, ...full2018()} as FootprintData);
    const editor = in2026(
      <OptionEditor data={{...data2018, ...full2018()} as FootprintData} option={o} />,
      data2018,
    );
    const text = editor.textContent ?? '';
    for (const words of ['New region', 'Add region', 'Choose a region, then click', 'Each region'])
      expect(text).toContain(words);
    expect(text).not.toMatch(/\b(ICB|cluster)s?\b/);
  });
});

describe('an area’s details on England 2026', () => {
  it('the table of every option says "ICB, cluster or region", the split line the option’s noun', () => {
    const details = in2026(
      <AreaDetails area={areas[0]!} data={full2026} option={option('clusters-2025')} />,
    );
    const text = wordsOf(details, options);
    expect(text).toMatch(/ICB, cluster or region under each option/);
  });
});

describe('the board pack’s option table on a geography without finer units', () => {
  it('has as many cells in each row as headings (no parts column on England 2026)', () => {
    const page = in2026(
      <BoardPackPage
        data={full2026}
        option={option('icbs-2026')}
        baseline={option('icbs-2026')}
        page={1}
        pages={1}
        printed="today"
        flows={null}
      />,
    );
    const table = page.querySelector('.fp-page__table')!;
    const headings = table.querySelectorAll('thead th').length;
    for (const row of table.querySelectorAll('tbody tr'))
      expect(row.querySelectorAll('th, td').length).toBe(headings);
  });
});
