// The WebGL map's first load (src/map/maplibre/when-loaded.ts): an error before the load removes
// the map and rejects; an error after it leaves the working map alone (a regression: the error
// listener once outlived the load and removed a working map at its first harmless error).
import {describe, expect, it} from 'vitest';
import type {Map as MapLibreMap} from 'maplibre-gl';
import {whenLoaded} from '../../src/map/maplibre/when-loaded';

/** A map that fires events by hand and counts remove() calls; once/off as MapLibre's. */
function fakeMap() {
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  let removed = 0;
  const map = {
    once(type: string, fn: (e: unknown) => void) {
      const wrapped = (e: unknown) => {
        listeners.get(type)!.delete(wrapped);
        fn(e);
      };
      (wrapped as {original?: unknown}).original = fn;
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(wrapped);
      return map;
    },
    off(type: string, fn: unknown) {
      for (const l of listeners.get(type) ?? [])
        if ((l as {original?: unknown}).original === fn) listeners.get(type)!.delete(l);
      return map;
    },
    remove: () => void removed++,
    fire: (type: string, e: unknown = {}) => [...(listeners.get(type) ?? [])].forEach((l) => l(e)),
  };
  return {map, asMap: map as unknown as MapLibreMap, removed: () => removed};
}

const failed = (message: string) => new Error(`no map: ${message}`);

describe('whenLoaded', () => {
  it('resolves on load, and a later error neither removes the map nor changes the outcome', async () => {
    const fake = fakeMap();
    const loaded = whenLoaded(fake.asMap, () => 'view', failed);
    fake.map.fire('load');
    fake.map.fire('error', {error: {message: 'a tile failed'}});
    await expect(loaded).resolves.toBe('view');
    expect(fake.removed()).toBe(0);
  });

  it('an error before the load removes the map and rejects with its message', async () => {
    const fake = fakeMap();
    const loaded = whenLoaded(fake.asMap, () => 'view', failed);
    fake.map.fire('error', {error: {message: 'WebGL context lost'}});
    fake.map.fire('load');
    await expect(loaded).rejects.toThrow('no map: WebGL context lost');
    expect(fake.removed()).toBe(1);
  });
});
