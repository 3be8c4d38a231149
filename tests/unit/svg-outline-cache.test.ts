// The SVG map's region outlines are remembered by which region each area is in (geometry.ts),
// so a builder step that comes back to a placing seen before (undo, a move back) reuses its
// path; an option placing any area differently must get its own lines.
import {readFileSync} from 'node:fs';
import {feature} from 'topojson-client';
import {describe, expect, it} from 'vitest';
import type {FootprintData} from '../../src/data/load';
import type {BoundaryOption} from '../../src/domain/types';
import {baseGeometry, outlinePath} from '../../src/map/svg/geometry';

const areaTopology = JSON.parse(readFileSync('data/england-2018/stps.topo.json', 'utf8'));
const data = {
  areaTopology,
  areaShapes: feature(areaTopology, areaTopology.objects.areas),
  context: {type: 'FeatureCollection', features: []},
} as unknown as Pick<FootprintData, 'areaTopology' | 'areaShapes' | 'context'>;
const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as BoundaryOption[];
const revised = options.find((o) => o.id === 'revised')!;
/** Lincolnshire into the region of its neighbour Greater Nottingham... or any other region. */
const moved = (o: BoundaryOption): BoundaryOption => {
  const to = o.regions.find((r) => r.id !== o.assignments.E54000013)!.id;
  return {...o, assignments: {...o.assignments, E54000013: to}};
};

describe('SVG region outlines remembered by placing', () => {
  it('gives a copy with the same placing the same path, from the memory', () => {
    const first = outlinePath(data, revised);
    expect(outlinePath(data, {...revised, assignments: {...revised.assignments}})).toBe(first);
    // Read from the memory, not drawn again: a marked entry comes back for a fresh copy.
    const remembered = baseGeometry(data).outlinesByPlacing;
    expect(remembered.size).toBe(1);
    const [placing] = [...remembered.keys()];
    remembered.set(placing!, 'M0,0Z');
    expect(outlinePath(data, {...revised, assignments: {...revised.assignments}})).toBe('M0,0Z');
    remembered.set(placing!, first);
  });
  it('draws an option that places an area differently afresh, then the first again as before', () => {
    const first = outlinePath(data, revised);
    const other = outlinePath(data, moved(revised));
    expect(other).not.toBe(first);
    // The same lines as a cold computation (a fresh data object has no cache).
    expect(other).toBe(outlinePath({...data}, moved(revised)));
    expect(outlinePath(data, {...revised})).toBe(first);
  });
});
