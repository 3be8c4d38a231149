// How many inputs the two large fuzz tests generate: 10,000 in `npm test`; FUZZ_RUNS overrides it
// (Stryker sets 1,000: under its per-test coverage the 10,000 links of url-fuzz took past 180 s
// on a busy machine and failed the mutation run's first pass). Same seed, so a smaller run tests
// a prefix of the same inputs.
const raw = process.env.FUZZ_RUNS;
if (raw !== undefined && !/^[1-9]\d*$/.test(raw))
  throw new Error(`FUZZ_RUNS must be a whole number above 0, not "${raw}"`);

export const FUZZ_RUNS = raw === undefined ? 10_000 : Number(raw);
/** "10,000": the run count in a test's title. */
export const FUZZ_RUNS_WORDS = FUZZ_RUNS.toLocaleString('en-GB');
