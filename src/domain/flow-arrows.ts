// Flow arrows as geometry: a curved line from the origin area's interior point towards the
// destination's, and where its arrowhead sits and points. Pure, so the map only draws it.
//
// Work is done in Web Mercator (the projection the map shows, from ./projection), so curves bend the same on
// screen at every latitude and arrowhead bearings match what the eye sees. Every arrow bends
// to the right of its direction of travel, so A → B and B → A curve to opposite sides of the
// straight line and both stay visible.
import {fromWorld, toWorld, type LonLat} from './projection';
import type {AreaCode, AreaFlow} from './types';

export type {LonLat};
type Xy = [number, number];

export interface ArrowShape {
  /** The curve from near the origin to where the arrowhead starts, [lon, lat]. */
  line: LonLat[];
  /** The end of the line, where the arrowhead's base sits. */
  head: LonLat;
  /** Direction of the arrowhead, degrees clockwise from north (screen up); 0–360. */
  bearing: number;
  /** The Bézier control point (for tests and labels): right of the direction of travel. */
  control: LonLat;
}

export interface ArrowOptions {
  /** Sideways offset of the control point as a share of the straight distance. */
  bend: number;
  /** Points along the drawn part of the curve. */
  segments: number;
  /** Curve parameter where the drawn line starts and ends: leaves the anchor itself clear
   * (many arrows meet there) and room for the arrowhead before the destination. */
  start: number;
  end: number;
}

export const ARROW_DEFAULTS: ArrowOptions = {bend: 0.2, segments: 24, start: 0.07, end: 0.8};

const bezier = (p0: Xy, p1: Xy, p2: Xy, t: number): Xy => {
  const u = 1 - t;
  return [
    u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
    u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
  ];
};

/** Rounded to ~1 m so the GeoJSON stays small and output is stable across platforms. */
const round = ([lon, lat]: LonLat): LonLat => [Number(lon.toFixed(5)), Number(lat.toFixed(5))];

export function arrowShape(
  from: LonLat,
  to: LonLat,
  options: Partial<ArrowOptions> = {},
): ArrowShape {
  const {bend, segments, start, end} = {...ARROW_DEFAULTS, ...options};
  const p0 = toWorld(from);
  const p2 = toWorld(to);
  const dx = p2[0] - p0[0];
  const dy = p2[1] - p0[1];
  // Mercator y grows southwards (as on screen), so (−dy, dx) is the right-hand normal.
  const p1: Xy = [(p0[0] + p2[0]) / 2 - bend * dy, (p0[1] + p2[1]) / 2 + bend * dx];
  const line: LonLat[] = [];
  for (let i = 0; i <= segments; i++)
    line.push(round(fromWorld(bezier(p0, p1, p2, start + ((end - start) * i) / segments))));
  // Tangent at the end: B'(t) = 2(1−t)(P1−P0) + 2t(P2−P1).
  const tx = 2 * (1 - end) * (p1[0] - p0[0]) + 2 * end * (p2[0] - p1[0]);
  const ty = 2 * (1 - end) * (p1[1] - p0[1]) + 2 * end * (p2[1] - p1[1]);
  const bearing = ((Math.atan2(tx, -ty) * 180) / Math.PI + 360) % 360;
  return {
    line,
    head: line[line.length - 1]!,
    bearing: Number(bearing.toFixed(2)),
    control: round(fromWorld(p1)),
  };
}

/** Line width and opacity for a volume. One scale for every option and every filter, built
 * from all cross-area flows, so a line's thickness means the same number wherever it is. */
export interface FlowScale {
  maxVolume: number;
  minWidth: number;
  maxWidth: number;
  minOpacity: number;
  maxOpacity: number;
}

export function flowScale(
  allFlows: readonly AreaFlow[],
  widths: {min: number; max: number} = {min: 1, max: 12},
): FlowScale {
  let maxVolume = 0;
  for (const f of allFlows)
    if (f.origin !== f.destination && f.volume > maxVolume) maxVolume = f.volume;
  return {maxVolume, minWidth: widths.min, maxWidth: widths.max, minOpacity: 0.6, maxOpacity: 0.95};
}

/** Square root: a line's area on screen grows with volume, and small flows stay visible. */
const fraction = (scale: FlowScale, volume: number) =>
  scale.maxVolume > 0
    ? Math.sqrt(Math.max(0, Math.min(volume, scale.maxVolume)) / scale.maxVolume)
    : 0;

export const flowWidth = (scale: FlowScale, volume: number): number =>
  scale.minWidth + (scale.maxWidth - scale.minWidth) * fraction(scale, volume);

export const flowOpacity = (scale: FlowScale, volume: number): number =>
  scale.minOpacity + (scale.maxOpacity - scale.minOpacity) * fraction(scale, volume);

/** Round numbers for the legend, from small to the largest flow: e.g. 5,000 20,000 100,000. */
export function legendVolumes(scale: FlowScale, smallest: number): number[] {
  const nice = [1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000];
  const low = Math.max(smallest, 1);
  // Below half the largest, so the last round step and the largest flow look different.
  const picks = nice.filter((v) => v >= low && v <= scale.maxVolume / 2);
  // Three steps between the smallest shown and the largest flow reads at a glance.
  const chosen =
    picks.length <= 3
      ? picks
      : [picks[0]!, picks[Math.floor(picks.length / 2)]!, picks[picks.length - 1]!];
  return [...chosen, scale.maxVolume].filter((v, i, all) => all.indexOf(v) === i);
}

export interface FlowArrowFeature {
  type: 'Feature';
  id: number;
  properties: {
    key: string;
    origin: AreaCode;
    destination: AreaCode;
    volume: number;
    /** Whether origin and destination are in different regions of the option shown. */
    crossRegion: boolean;
    bearing: number;
  };
  geometry: {type: 'LineString'; coordinates: LonLat[]} | {type: 'Point'; coordinates: LonLat};
}

export const flowKey = (f: Pick<AreaFlow, 'origin' | 'destination'>): string =>
  `${f.origin}>${f.destination}`;

/** A line feature and an arrowhead point feature per flow (ids 2i and 2i+1, so both can carry
 * feature-state); flows with an end that has no anchor are left out. */
export function flowArrowFeatures(
  flows: readonly AreaFlow[],
  anchors: ReadonlyMap<AreaCode, LonLat>,
  crossesRegion: (f: AreaFlow) => boolean,
): {type: 'FeatureCollection'; features: FlowArrowFeature[]} {
  const features: FlowArrowFeature[] = [];
  flows.forEach((flow, i) => {
    const from = anchors.get(flow.origin);
    const to = anchors.get(flow.destination);
    if (!from || !to || flow.origin === flow.destination) return;
    const shape = arrowShape(from, to);
    const properties = {
      key: flowKey(flow),
      origin: flow.origin,
      destination: flow.destination,
      volume: flow.volume,
      crossRegion: crossesRegion(flow),
      bearing: shape.bearing,
    };
    features.push({
      type: 'Feature',
      id: 2 * i,
      properties,
      geometry: {type: 'LineString', coordinates: shape.line},
    });
    features.push({
      type: 'Feature',
      id: 2 * i + 1,
      properties,
      geometry: {type: 'Point', coordinates: shape.head},
    });
  });
  return {type: 'FeatureCollection', features};
}
