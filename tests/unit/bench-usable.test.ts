// The bench's floor of the MapLibre idle ratio (scripts/lib/bench-usable.ts): the peer's
// construction time plus Footprint's own construction → idle, load by load.
import {describe, expect, it} from 'vitest';
import {idleFloor, ONE_WORD, usableTable, type Loads} from '../../scripts/lib/bench-usable';
import type {LoadFigures} from '../../scripts/lib/bench-measure';

const load = (created: number, idle: number): LoadFigures => ({
  firstPaint: 100,
  idle,
  created,
  bytesBeforePaint: 0,
  bytesAll: 0,
  usable: 100,
});

describe('idleFloor', () => {
  it('adds the peer construction time to our construction → idle, pairing loads in order', () => {
    const ours = [load(1000, 1600), load(1200, 1700), load(900, 1600)];
    const peer = [load(200, 800), load(300, 900), load(250, 850)];
    const floor = idleFloor(ours, peer)!;
    // own work 600, 500, 700; floors 800, 800, 950
    expect(floor.ownWork).toEqual({median: 600, min: 500, max: 700});
    expect(floor.idle).toEqual({median: 800, min: 800, max: 950});
    expect(floor.created.median).toBe(1000);
    expect(floor.peerCreated.median).toBe(250);
  });

  it('is null when a page has no construction mark (an older build)', () => {
    expect(idleFloor([load(NaN, 1600)], [load(200, 800)])).toBeNull();
    expect(idleFloor([load(1000, 1600)], [load(NaN, 800)])).toBeNull();
    expect(idleFloor([], [])).toBeNull();
  });
});

describe('usableTable', () => {
  const page = (firstPaint: number, idle = NaN) => ({
    ...load(NaN, idle),
    firstPaint,
    usable: firstPaint,
    usedMark: 'm',
  });
  const loads = (withFloors: boolean): Loads =>
    new Map<string, ReturnType<typeof page>[]>([
      ['Footprint', [page(300)]],
      ['Footprint (webgl)', [page(300, 3000)]],
      ['Leaflet peer', [page(1000)]],
      ['MapLibre peer', [page(900, 2000)]],
      ...(withFloors ? [[ONE_WORD, [page(450)]] as [string, ReturnType<typeof page>[]]] : []),
    ]);

  it('gives the painted map its floor: a page with one word against the Leaflet peer', () => {
    const rows = usableTable(loads(true), 'full speed').join('\n');
    expect(rows).toMatch(/a page with one word[^\n]*\| 450 [^\n]*\| 1000 [^\n]*\| 0\.45×/);
  });

  it('leaves the floor out for runs without that page', () => {
    expect(usableTable(loads(false), 'full speed').join('\n')).not.toMatch(/one word/);
  });
});
