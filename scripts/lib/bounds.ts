// The manifest's bounds are the map's home view: every area must lie inside them, or the map
// would open with part of the geography cut off.
import type {Topology} from 'topojson-specification';
import {bbox} from 'topojson-client';
import type {LonLatBounds} from '../../src/domain/geography';
import {BuildError} from './raw';

/** Throws a BuildError naming the side where `topology` reaches past `bounds` (degrees). */
export function checkBoundsHold(topology: Topology, bounds: LonLatBounds): void {
  const [w, s, e, n] = bbox(topology);
  const [bw, bs, be, bn] = bounds;
  const past = [
    w < bw && `west (${w.toFixed(2)}° < ${bw}°)`,
    s < bs && `south (${s.toFixed(2)}° < ${bs}°)`,
    e > be && `east (${e.toFixed(2)}° > ${be}°)`,
    n > bn && `north (${n.toFixed(2)}° > ${bn}°)`,
  ].filter(Boolean);
  if (past.length)
    throw new BuildError(`The areas reach past the manifest's bounds to the ${past.join(', ')}`);
}
