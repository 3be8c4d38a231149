// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, render, screen} from '@testing-library/react';
import {Profiler} from 'react';
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {useFootprint} from '../../src/state/store';
import {GEOGRAPHY_2018} from '../unit/real-data';
import {In2018} from './in-2018';

// The map itself is not under test (and needs WebGL).
vi.mock('../../src/ui/MapPanel', () => ({MapPanel: () => null}));
const {EmbedView} = await import('../../src/ui/embed/EmbedApp');

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

describe('EmbedView', () => {
  it('does not re-render on hover, but does when the view (and so the full-map link) changes', () => {
    let commits = 0;
    render(
      <Profiler id="embed" onRender={() => commits++}>
        <EmbedView data={data} settings={{controls: true, fixedOption: false, autoHeight: false}} />
      </Profiler>,
      {wrapper: In2018},
    );
    const before = commits;
    act(() => useFootprint.getState().focusArea(areas[0]!.code));
    act(() => useFootprint.getState().focusArea(null));
    expect(commits).toBe(before);
    act(() => useFootprint.getState().chooseOption(options[0]!.id));
    expect(commits).toBeGreaterThan(before);
    expect(screen.getByTestId('open-full-map').getAttribute('href')).toContain(options[0]!.id);
  });
});
