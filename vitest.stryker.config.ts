import {defineConfig, mergeConfig} from 'vitest/config';
import base from './vitest.config';

// The unit tests as Stryker runs them (stryker.config.mjs): the same tests, with more time each,
// because Stryker's instrumented code is slower. The two large fuzz tests generate 1,000 inputs
// rather than 10,000 (tests/unit/fuzz-runs.ts): with per-test coverage, url-fuzz's 10,000 links
// passed 180 s on a busy machine and failed the first run. A mutant that hangs is still stopped
// by Stryker's own timeout, measured from that first run.
export default mergeConfig(
  base,
  defineConfig({test: {testTimeout: 180_000, env: {FUZZ_RUNS: '1000'}}}),
);
