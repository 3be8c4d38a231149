// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {useFootprint} from '../../src/state/store';
import {AreaList} from '../../src/ui/AreaList';
import {GEOGRAPHY_2018} from '../unit/real-data';
import {In2018} from './in-2018';

// CCG and district lists never arrive here: STP names are enough.
vi.mock('../../src/data/lazy', () => ({
  loadParts: () => new Promise(() => {}),
  loadDistricts: () => new Promise(() => {}),
}));
const {PlaceSearch} = await import('../../src/ui/search/PlaceSearch');

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const topology = JSON.parse(readFileSync('data/england-2018/stps.topo.json', 'utf8'));
const areas = (
  feature(topology, topology.objects.areas) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    Area
  >
).features.map((f) => f.properties);
const data = {...GEOGRAPHY_2018, options, areas} as unknown as FootprintData;

afterEach(cleanup);

describe('PlaceSearch', () => {
  it('announces the results count once typing pauses, not on every keystroke', async () => {
    render(<PlaceSearch data={data} />, {wrapper: In2018});
    const box = screen.getByRole('searchbox');
    const status = within(screen.getByTestId('search')).getByRole('status');
    for (const q of ['No', 'Nor', 'Nort', 'North']) fireEvent.change(box, {target: {value: q}});
    // Straight after typing: nothing yet (the count for "No", "Nor"… is never read out).
    expect(status.textContent).toBe('');
    await within(screen.getByTestId('search')).findByText(
      /places? match(es)? “North”\.$/,
      {},
      {timeout: 2000},
    );
    expect(status.textContent).toMatch(/“North”/);
  });
});

describe('StpList', () => {
  it('sets aria-current only on the selected STP', () => {
    const area = areas[0]!;
    act(() => useFootprint.getState().selectArea(area.code));
    render(<AreaList option={options[2]!} areas={areas} />, {wrapper: In2018});
    const current = document.querySelectorAll('[aria-current]');
    expect(current).toHaveLength(1);
    expect(current[0]!.getAttribute('aria-current')).toBe('true');
    expect(current[0]!.textContent).toContain(area.name);
    expect(document.querySelector('[aria-current="false"]')).toBeNull();
  });
});
