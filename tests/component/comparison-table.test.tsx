// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {BoundaryOption, Area} from '../../src/domain/types';
import {compareOptions} from '../../src/domain/compare';
import {useFlowData} from '../../src/state/flow-data';
import {ComparisonTable} from '../../src/ui/compare/ComparisonTable';
import {rowsOf} from '../../src/ui/use-option-rows';
import {In2018} from './in-2018';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const topology = JSON.parse(readFileSync('data/england-2018/stps.topo.json', 'utf8'));
const areas = (
  feature(topology, topology.objects.areas) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    Area
  >
).features.map((f) => f.properties);
const [, initial, revised] = options as [BoundaryOption, BoundaryOption, BoundaryOption];

afterEach(() => {
  cleanup();
  useFlowData.getState().restoreBuiltIn();
});

const cells = (regionId: string, measure: string) => {
  const row = document.querySelector(`tr[data-region-id="${regionId}"]`)!;
  const delta = row.querySelector(`td[data-measure="${measure}"]`)!;
  const b = delta.previousElementSibling!;
  const a = b.previousElementSibling!;
  return [a.textContent, b.textContent, delta.textContent];
};

describe('ComparisonTable flow containment', () => {
  it('shows "–" and no change for a region with no flows, not 0.0%', async () => {
    // Flows only within London: every other region has no residents in the flows.
    const london = Object.keys(revised.assignments).filter(
      (c) => revised.assignments[c] === 'london',
    );
    useFlowData.getState().setCustom({
      kind: 'file',
      measure: 'Admissions',
      unit: 'admissions',
      period: '',
      source: 'test',
      flows: [
        {origin: london[0]!, destination: london[0]!, volume: 90},
        {origin: london[0]!, destination: london[1]!, volume: 10},
      ],
    });
    // The table reads the comparison's rows, as the page gives them: built with the active flows.
    const flows = useFlowData.getState().custom!.flows;
    render(
      <ComparisonTable
        comparison={compareOptions(initial, revised, areas, {
          a: rowsOf(initial, areas, flows),
          b: rowsOf(revised, areas, flows),
        })}
      />,
      {wrapper: In2018},
    );
    await screen.findAllByText('Flow containment');
    expect(cells('london', 'containment')).toEqual(['100.0%', '100.0%', '0 pts']);
    expect(cells('south-west', 'containment')).toEqual(['–no figure', '–no figure', '–no figure']);
  });
});
