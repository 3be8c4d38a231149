// The bench's floor of the MapLibre idle ratio (scripts/lib/bench-usable.ts): the peer's
// construction time plus Footprint's own construction → idle, load by load.
import {describe, expect, it} from 'vitest';
import {idleFloor} from '../../scripts/lib/bench-usable';
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
