// What every decoded link must satisfy, however broken: shared by the malformed-link table
// and the fuzz test.
import {expect} from 'vitest';
import {readFileSync} from 'node:fs';
import {
  choicesFromLink,
  LIMITS,
  LINK_DEFAULTS,
  type DecodedLink,
  type KnownOption,
} from '../../src/state/url';
import {DEFAULT_CHOICES} from '../../src/state/store';

export const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as KnownOption[];
export const areaCodes = Object.keys(
  (options[0] as unknown as {assignments: Record<string, string>}).assignments,
);

const within = (n: number, {min, max}: {min: number; max: number}) =>
  Number.isFinite(n) && n >= min && n <= max;

/** The view a link opens is complete and valid, and the messages are short plain strings. */
export function expectValidView(decoded: DecodedLink): void {
  const v = choicesFromLink(decoded, 'revised');
  const option = options.find((o) => o.id === v.optionId);
  expect(option, `option ${v.optionId}`).toBeDefined();
  expect(
    v.compareId === null ||
      (v.compareId !== v.optionId && options.some((o) => o.id === v.compareId)),
  ).toBe(true);
  expect(v.selectedArea === null || areaCodes.includes(v.selectedArea)).toBe(true);
  expect(v.selectedRegion === null || option!.regions.some((r) => r.id === v.selectedRegion)).toBe(
    true,
  );
  expect(v.selectedArea !== null && v.selectedRegion !== null).toBe(false);
  expect(within(v.flows.minVolume, LIMITS.minVolume) && within(v.flows.topN, LIMITS.topN)).toBe(
    true,
  );
  expect(['in', 'out', 'both']).toContain(v.flows.direction);
  expect(typeof v.flows.visible === 'boolean' && typeof v.flows.crossRegionOnly === 'boolean').toBe(
    true,
  );
  expect(Object.keys(v.layers).sort()).toEqual(Object.keys(DEFAULT_CHOICES.layers).sort());
  if (v.viewport) {
    const [lng, lat] = v.viewport.center;
    expect(
      within(lat, LIMITS.lat) && within(lng, LIMITS.lng) && within(v.viewport.zoom, LIMITS.zoom),
    ).toBe(true);
  }
  // No key of the link became a property of the choices (prototype pollution).
  expect(Object.getPrototypeOf(decoded.choices)).toBe(Object.prototype);
  expect(Object.keys(decoded.choices).filter((k) => !Object.hasOwn(LINK_DEFAULTS, k))).toEqual([]);
  expect(decoded.messages.length).toBeLessThanOrEqual(9);
  for (const m of decoded.messages) {
    expect(typeof m).toBe('string');
    expect(m.length).toBeGreaterThan(10);
    expect(m.length).toBeLessThan(160);
  }
}
