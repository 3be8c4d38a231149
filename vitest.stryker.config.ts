import {defineConfig, mergeConfig} from 'vitest/config';
import base from './vitest.config';

// The unit tests as Stryker runs them (stryker.config.mjs): the same tests, with more time each,
// because Stryker's instrumented code is slower and the property tests (10,000 generated links)
// ran past 30 s in its first run on a busy machine. A mutant that hangs is still stopped by
// Stryker's own timeout, measured from that first run.
export default mergeConfig(base, defineConfig({test: {testTimeout: 180_000}}));
