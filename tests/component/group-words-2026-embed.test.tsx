// @vitest-environment jsdom
// Issue 20, third pass: the embed's legend, table and dialog, and the board pack's hatch key,
// name groups by the option's noun on England 2026 ("ICB", "cluster"); 2018 reads as before.
// The hatch key names the baseline's groups ("in a different ICB under ICBs from 1 April 2026").
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {ReactNode} from 'react';
import type {FootprintData} from '../../src/data/load';
import type {Area, BoundaryOption} from '../../src/domain/types';
import {geographyManifestSchema} from '../../src/data/manifest-schema';
import {GeographyProvider} from '../../src/ui/geography-context';
import {RegionsTable, StaticLegend} from '../../src/ui/embed/EmbedParts';
import {EmbedDialog} from '../../src/ui/embed/EmbedDialog';
import {BoardPackPage} from '../../src/ui/print/BoardPackPage';
import {
  areas as areas2018,
  areaShapes as areaShapes2018,
  areaTopology as areaTopology2018,
  options as options2018,
  GEOGRAPHY_2018,
} from '../unit/real-data';

const json = (file: string) => JSON.parse(readFileSync(`data/england-2026/${file}`, 'utf8'));
const geography = geographyManifestSchema.parse(json('manifest.json'));
const topology = json(geography.files.areas);
const areaShapes = feature(topology, topology.objects.areas) as unknown as {
  features: {properties: Area}[];
};
const areas = areaShapes.features.map((f) => f.properties);
const options: BoundaryOption[] = json(geography.files.options).options;
const option = (id: string) => options.find((o) => o.id === id)!;
const data2026 = {
  geography,
  fileUrl: (n: string) => `/assets/${n}`,
  geographyMessages: [],
  areas,
  options,
  areaTopology: topology,
  areaShapes,
  context: {type: 'FeatureCollection', features: []},
} as unknown as FootprintData;
const data2018 = {
  ...GEOGRAPHY_2018,
  areas: areas2018,
  options: options2018,
  areaTopology: areaTopology2018,
  areaShapes: areaShapes2018,
  context: {type: 'FeatureCollection', features: []},
} as unknown as FootprintData;

afterEach(cleanup);

const inData = (data: FootprintData, node: ReactNode) =>
  render(<GeographyProvider data={data}>{node}</GeographyProvider>).container;
/** The text of `el` without the groups' names (a 2018 name may say "region" in its own words). */
function wordsOf(el: Element, opts: readonly BoundaryOption[]): string {
  let text = el.textContent ?? '';
  for (const o of opts) {
    text = text.split(o.description).join('');
    for (const r of o.regions) text = text.split(r.name).join('');
  }
  return text;
}
/** The embed's static legend, its table and the embed dialog for `o`. */
function embedText(data: FootprintData, o: BoundaryOption): string {
  const el = inData(
    data,
    <>
      <StaticLegend option={o} areas={data.areas} />
      <RegionsTable option={o} areas={data.areas} />
      <EmbedDialog
        option={o}
        builtIns={data.options}
        geography={data.geography}
        linkParams={{}}
        dialogRef={{current: null}}
      />
    </>,
  );
  return wordsOf(el, [o]);
}

describe('the embed on England 2026', () => {
  it('the clusters: "Legend: 26 clusters", a "Cluster" column, "Starting cluster"; never "region"', () => {
    const text = embedText(data2026, option('clusters-2025'));
    expect(text).toContain('Legend: 26 clusters');
    expect(text).toContain('The clusters as a table');
    expect(text).toMatch(/Clusters under /);
    expect(text).toContain('Starting cluster');
    const column = document.querySelector('.fp-embed__table thead th')!;
    expect(column.textContent).toBe('Cluster');
    expect(text).not.toMatch(/\bregions?\b/i);
  });

  it('on 2018 every word stays: "Legend: N regions", "Region", "Starting region"', () => {
    const o = options2018[0]!;
    const text = embedText(data2018, o);
    expect(text).toContain(`Legend: ${o.regions.length} regions`);
    expect(text).toContain('The regions as a table');
    expect(text).toMatch(/Regions under /);
    expect(text).toContain('Starting region');
    expect(document.querySelector('.fp-embed__table thead th')!.textContent).toBe('Region');
    expect(text).not.toMatch(/\b(ICB|cluster)s?\b/);
  });
});

describe('the board pack’s hatch key names the baseline’s groups', () => {
  const key = (data: FootprintData, o: BoundaryOption, baseline: BoundaryOption) =>
    inData(
      data,
      <BoardPackPage
        data={data}
        option={o}
        baseline={baseline}
        page={1}
        pages={1}
        printed="today"
        flows={null}
      />,
    ).querySelector('.fp-page__key')!.textContent;

  it('the clusters against the 2026 ICBs: "in a different ICB under …"', () => {
    expect(key(data2026, option('clusters-2025'), option('icbs-2026'))).toMatch(
      /Hatched: in a different ICB under /,
    );
  });

  it('on 2018: "in a different region under …" as before', () => {
    expect(key(data2018, options2018[1]!, options2018[0]!)).toMatch(
      /Hatched: in a different region under /,
    );
  });
});

describe('the board pack’s flow note names the geography’s own flow source', () => {
  const note = (data: FootprintData, o: BoundaryOption) => {
    const [a, b] = data.areas;
    const flows = [{origin: a!.code, destination: b!.code, volume: 10}];
    return inData(
      data,
      <BoardPackPage
        data={data}
        option={o}
        baseline={o}
        page={1}
        pages={1}
        printed="today"
        flows={flows as never}
      />,
    ).querySelector('[data-testid="board-pack-outside"]')!.textContent;
  };

  it('England 2026: the 2018 catchments moved onto the local areas, and the HQ distortion', () => {
    const text = note(data2026, option('icbs-2026'));
    expect(text).toContain(`(${geography.flowSource!}).`);
    expect(text).toMatch(/moved onto these local areas/);
    expect(text).toMatch(/Frimley Health’s patients from Slough, Windsor and Bracknell/);
  });

  it('2018: the note as before', () => {
    expect(note(data2018, options2018[0]!)).toMatch(
      /same region \(PHE catchment populations, 2018; trusts counted at their headquarters\)\.$/,
    );
  });
});
