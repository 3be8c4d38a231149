// npm run bench's table of the map painted, answering and MapLibre idle against the peers (issue
// 21), with the floor of the idle ratio: where the idle would be if Footprint constructed its
// MapLibre map as early as the MapLibre peer does, keeping its own construction → idle time (its
// layers, the hatch, labels and outlines the peer has not). How close the idle can get without
// drawing less is that floor; the rest is the app's code, data and page before the map starts.
// The painted map's floor: a page with one word (no map is painted before any page is).
import type {LoadFigures} from './bench-measure';
import {ms, ratioRange, stats, type Stats} from './bench-format';

/** The reference page of the painted map's floor (bench.ts PAGES, bench/peers/one-word.html). */
export const ONE_WORD = 'A page with one word';

export type Loads = Map<string, (LoadFigures & {usedMark: string})[]>;

/** Rows of a markdown table for one CPU speed (`label`); page names as in bench.ts's PAGES. */
export function usableTable(loads: Loads, label: string): string[] {
  const s = (name: string, key: keyof LoadFigures) => stats(loads.get(name)!.map((l) => l[key]));
  const leaflet = s('Leaflet peer', 'firstPaint');
  const rows = [
    `| ${label} | figure, ms median (min–max) | Leaflet peer's drawn map | ratio (range) | target |`,
    '| --- | --- | --- | --- | --- |',
    `| Footprint painted map | ${ms(s('Footprint', 'firstPaint'))} | ${ms(leaflet)} | ${ratioRange(s('Footprint', 'firstPaint'), leaflet)} | ≤ 0.5× |`,
    ...(loads.has(ONE_WORD)
      ? [
          `| Floor of that ratio: a page with one word, its first contentful paint (no page paints sooner) | ${ms(s(ONE_WORD, 'firstPaint'))} | ${ms(leaflet)} | ${ratioRange(s(ONE_WORD, 'firstPaint'), leaflet)} | |`,
        ]
      : []),
    `| Footprint usable map (a hover outlines the STP) | ${ms(s('Footprint', 'usable'))} | ${ms(leaflet)} | ${ratioRange(s('Footprint', 'usable'), leaflet)} | ≤ 1.0× |`,
  ];
  const peerIdle = s('MapLibre peer', 'idle');
  const ours = s('Footprint (webgl)', 'idle');
  rows.push(
    `| Footprint (webgl) MapLibre idle, against the MapLibre peer's idle ${ms(peerIdle)} | ${ms(ours)} | | ${ratioRange(ours, peerIdle)} | ≤ 1.0× |`,
  );
  const floor = idleFloor(loads.get('Footprint (webgl)')!, loads.get('MapLibre peer')!);
  if (floor)
    rows.push(
      `| Floor of that ratio: the peer's map constructed at ${ms(floor.peerCreated)}, plus Footprint's construction → idle ${ms(floor.ownWork)} (Footprint's map constructed at ${ms(floor.created)}) | ${ms(floor.idle)} | | ${ratioRange(floor.idle, peerIdle)} | |`,
    );
  return rows;
}

/**
 * The idle Footprint would reach by constructing its map when the peer does: per load, the
 * peer's construction time plus Footprint's construction → idle (loads paired in run order).
 * Null when either page has no construction mark (NaN: an older build).
 */
export function idleFloor(
  ours: readonly LoadFigures[],
  peer: readonly LoadFigures[],
): {idle: Stats; ownWork: Stats; created: Stats; peerCreated: Stats} | null {
  const n = Math.min(ours.length, peer.length);
  if (n === 0 || [...ours, ...peer].some((l) => Number.isNaN(l.created))) return null;
  const ownWork = ours.slice(0, n).map((l) => l.idle - l.created);
  return {
    idle: stats(ownWork.map((w, i) => peer[i]!.created + w)),
    ownWork: stats(ownWork),
    created: stats(ours.map((l) => l.created)),
    peerCreated: stats(peer.map((l) => l.created)),
  };
}
