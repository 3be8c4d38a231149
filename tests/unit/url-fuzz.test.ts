// Fuzz: 10,000 generated share links against the pure link parser (issue 10). Random text,
// truncated valid links, wrong types, huge numbers, prototype-pollution keys and script
// strings. None may throw; each must give a complete valid view and short messages, name
// every parameter it did not read, and leave Object.prototype alone.
// The seed is fixed so CI is repeatable; FUZZ_SEED=<n> tries another. fast-check prints the
// seed and the shrunk counterexample on failure.
import {expect, it} from 'vitest';
import fc from 'fast-check';
import {decodeChoices, encodeChoices, LINK_DEFAULTS, type LinkChoices} from '../../src/state/url';
import {viewPageParams} from '../../src/state/link-params';
import {expectValidView, options, areaCodes} from './link-checks';
import {geography} from './real-data';
import {FUZZ_RUNS, FUZZ_RUNS_WORDS} from './fuzz-runs';

const SEED = Number(process.env.FUZZ_SEED ?? 20180517);
const KNOWN = viewPageParams();
const POLLUTING = [
  '__proto__',
  'constructor',
  'prototype',
  '__proto__[x]',
  'constructor[prototype][x]',
  'toString',
  'hasOwnProperty',
];
const SCRIPTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg/onload=alert(1)>',
  "' OR '1'='1",
];

const name = fc.oneof(
  fc.constantFrom(...KNOWN),
  fc.constantFrom(...POLLUTING),
  fc.string({maxLength: 12}),
);
const value = fc.oneof(
  fc.constantFrom(
    ...options.map((o) => o.id),
    ...areaCodes.slice(0, 5),
    'midlands',
    'ccgs',
    'in',
    '0',
    '1',
    '52.5,-1.5,7',
  ),
  fc.constantFrom(...SCRIPTS, ...POLLUTING),
  fc.oneof(fc.double(), fc.integer(), fc.bigInt()).map(String),
  fc.string({maxLength: 30}),
  fc.string({unit: 'binary', maxLength: 30}),
  // Huge values, built by repetition: generating thousands of random characters is slow.
  fc
    .tuple(fc.string({minLength: 1, maxLength: 4}), fc.integer({min: 250, max: 2500}))
    .map(([s, n]) => s.repeat(n)),
);
const encoded = (s: string, raw: boolean) => (raw ? s : encodeURIComponent(s));
const query = fc
  .array(fc.tuple(name, value, fc.boolean()), {maxLength: 14})
  .map((pairs) => pairs.map(([n, v, raw]) => `${encoded(n, raw)}=${encoded(v, raw)}`).join('&'));

const choices: fc.Arbitrary<LinkChoices> = fc.record({
  ...Object.fromEntries(Object.entries(LINK_DEFAULTS).map(([k, v]) => [k, fc.constant(v)])),
  optionId: fc.constantFrom(...options.map((o) => o.id)),
  selectedArea: fc.option(fc.constantFrom(...areaCodes)),
  flows: fc.record({
    visible: fc.boolean(),
    minVolume: fc.integer({min: 0, max: 10_000_000}),
    topN: fc.integer({min: 1, max: 500}),
    crossRegionOnly: fc.boolean(),
    direction: fc.constantFrom('in' as const, 'out' as const, 'both' as const),
  }),
}) as fc.Arbitrary<LinkChoices>;
const truncated = fc.tuple(choices, fc.nat(400)).map(([c, n]) => encodeChoices(c).slice(0, n));

const link = fc.oneof(
  query.map((q) => `?${q}`),
  truncated,
  fc.string({maxLength: 200}),
  fc.string({unit: 'binary', maxLength: 200}),
);

it(`${FUZZ_RUNS_WORDS} generated links: no exception, a valid view, every unused parameter named`, () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  try {
    fc.assert(
      fc.property(link, (search) => {
        const decoded = decodeChoices(search, options, areaCodes, viewPageParams(), geography);
        expectValidView(decoded);
        expectUnknownNamesReported(search, decoded.messages);
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      {seed: SEED, numRuns: FUZZ_RUNS},
    );
  } catch (e) {
    throw new Error(`Fuzz failed with FUZZ_SEED=${SEED}\n${String(e)}`, {cause: e});
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
});

/** A link whose messages say nothing must only use names the page reads, each once. */
function expectUnknownNamesReported(search: string, messages: string[]): void {
  if (messages.length > 0) return;
  const names = [...new URLSearchParams(search).keys()];
  expect(names.filter((n) => !KNOWN.includes(n))).toEqual([]);
  expect(new Set(names).size).toBe(names.length);
}
