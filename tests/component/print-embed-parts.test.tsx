// @vitest-environment jsdom
// The board pack page and the embed's regions table for an option that moves one CCG (issue 19):
// the same part-level rows and sentences as the app (compareOptionsWithParts, splitAreaSentences);
// an option that moves no part prints as before.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {resetPartLayer, usePartLayer} from '../../src/state/part-layer';
import {BoardPackPage} from '../../src/ui/print/BoardPackPage';
import {RegionsTable} from '../../src/ui/embed/EmbedParts';
import {geography, GEOGRAPHY_2018, option, areaTopology} from '../unit/real-data';
import {PARTS, PARTS_CONTEXT, TAMESIDE} from '../unit/builder-part-fixtures';
import {In2018} from './in-2018';

const areaShapes = feature(
  areaTopology,
  areaTopology.objects.areas,
) as unknown as FeatureCollection<Polygon | MultiPolygon, Area>;
const areas = areaShapes.features.map((f) => f.properties);
const revised = option('revised');
const moved: BoundaryOption = {
  ...revised,
  id: 'my-option-1',
  title: 'My option 1',
  userBuilt: {basedOn: 'revised', baseId: 'revised'},
  partAssignments: {[TAMESIDE]: 'midlands'},
};
const data = {
  ...GEOGRAPHY_2018,
  areas,
  areaTopology,
  areaShapes,
  context: {type: 'FeatureCollection', features: []},
  options: [revised, moved],
} as unknown as FootprintData;
const SPLIT =
  'Tameside and Glossop CCG is in the Midlands; the other 9 CCGs of Greater Manchester are in the North West.';

afterEach(() => {
  cleanup();
  resetPartLayer();
});
const loadParts = () =>
  usePartLayer.setState({geographyId: geography.id, parts: PARTS_CONTEXT, partList: PARTS});
const page = (o: BoundaryOption) =>
  render(
    <BoardPackPage
      data={data}
      option={o}
      baseline={revised}
      page={1}
      pages={1}
      printed="today"
      flows={null}
    />,
    {wrapper: In2018},
  );

describe('board pack page with a part move', () => {
  it('heads its tables with the groups, the units and the figures (one header row for both)', () => {
    loadParts();
    page(moved);
    const heads = (table: Element) =>
      within(table as HTMLElement)
        .getAllByRole('columnheader')
        .map((h) => h.textContent);
    expect(heads(screen.getByTestId('board-pack-groups'))).toEqual([
      'Region',
      'STPs',
      'CCGs',
      'Population',
      'Share',
      'Area',
    ]);
    expect(heads(document.querySelector('.fp-page__table--changes')!)).toEqual([
      'Region',
      'STPs',
      'Population',
      'Change',
    ]);
  });

  it('says the split area and the part move, and totals the regions part by part', () => {
    loadParts();
    page(moved);
    expect(screen.getByTestId('board-pack-splits').textContent).toBe(SPLIT);
    expect(screen.getByTestId('board-pack-changes').textContent).toContain(
      "1 of Greater Manchester's 10 CCGs moves: Tameside and Glossop CCG, from the North West to the Midlands.",
    );
    const table = document.querySelector('.fp-page__table--changes')!;
    const midlands = within(table as HTMLElement).getByRole('rowheader', {
      name: 'Midlands',
    }).parentElement!;
    expect([...midlands.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      '0',
      '+258,613',
      '+2.5%',
    ]);
  });

  it('prints an option that moves no part as before', () => {
    loadParts();
    page({...revised, id: 'plain'});
    expect(screen.queryByTestId('board-pack-splits')).toBeNull();
    expect(screen.getByTestId('board-pack-changes').textContent).toBe('No STP changes region.');
  });
});

describe("the embed's regions table with a part move", () => {
  it('totals the Midlands part by part and says the split area', () => {
    loadParts();
    render(<RegionsTable option={moved} areas={areas} />, {wrapper: In2018});
    expect(screen.getByTestId('embed-splits').textContent).toBe(SPLIT);
    expect(
      screen.getByRole('rowheader', {name: 'Midlands'}).parentElement!.querySelector('td')!
        .textContent,
    ).toBe('10,796,292');
  });
});
