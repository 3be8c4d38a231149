// The WebGL map's outlines are feature-state on STP edges (src/map/maplibre/region-outlines.ts):
// after any sequence of options, exactly the edges of the last option are on, and a switch
// touches only the edges that change.
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import type {Map as MapLibreMap} from 'maplibre-gl';
import {
  RegionOutlines,
  regionOutlineSource,
  areaEdges,
} from '../../src/map/maplibre/region-outlines';
import {outlineEdgeIds} from '../../src/domain/unit-edges';
import type {BoundaryOption} from '../../src/domain/types';
import type {FootprintData} from '../../src/data/load';

const data = {
  areaTopology: JSON.parse(readFileSync('data/england-2018/stps.topo.json', 'utf8')),
} as Pick<FootprintData, 'areaTopology'>;
const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const byId = (id: string) => options.find((o) => o.id === id)!;
const edges = areaEdges(data).features.map((f) => f.properties);

/** A map that only records feature-state, as MapLibre keeps it (merged per feature). */
function fakeMap() {
  const state = new Map<number, boolean>();
  let calls = 0;
  const map = {
    setFeatureState: (target: {source: string; id: number}, value: {border: boolean}) => {
      expect(target.source).toBe('region-outlines');
      state.set(target.id, value.border);
      calls++;
    },
  };
  return {
    map: map as unknown as MapLibreMap,
    on: () => new Set([...state].filter(([, on]) => on).map(([id]) => id)),
    calls: () => calls,
  };
}

describe('WebGL region outlines', () => {
  it('after before → initial → revised → initial, exactly the initial proposal’s edges are on', () => {
    const fake = fakeMap();
    const outlines = new RegionOutlines(fake.map, data);
    for (const id of ['before', 'initial', 'revised', 'initial']) {
      outlines.show(byId(id));
      expect(fake.on()).toEqual(outlineEdgeIds(edges, byId(id)));
    }
  });

  it('a switch sets state only on the edges that change (Initial → Revised: Northamptonshire’s borders)', () => {
    const fake = fakeMap();
    const outlines = new RegionOutlines(fake.map, data);
    outlines.show(byId('initial'));
    const first = fake.calls();
    outlines.show(byId('revised'));
    const changed = fake.calls() - first;
    const a = outlineEdgeIds(edges, byId('initial'));
    const b = outlineEdgeIds(edges, byId('revised'));
    const expected =
      [...a].filter((id) => !b.has(id)).length + [...b].filter((id) => !a.has(id)).length;
    expect(changed).toBe(expected);
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(edges.length / 4);
  });

  it('the source keys feature-state on the edge number', () => {
    const source = regionOutlineSource(data);
    expect(source.promoteId).toBe('edge');
    expect((source.data as {features: unknown[]}).features).toHaveLength(edges.length);
  });
});
