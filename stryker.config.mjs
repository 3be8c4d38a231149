// Mutation testing (`npm run mutation`): Stryker makes small changes to the code (a `<` for a `<=`, a
// dropped condition) and checks that some unit test fails for each. Slow, so it is not part of `npm test`.
// Incremental: a rerun only tests mutants whose code or covering tests changed (reports/ is not committed).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {configFile: 'vitest.stryker.config.ts'},
  // The link code: url.ts was split into link-*.ts, thresholds-link.ts and geography-link.ts.
  mutate: [
    'src/domain/**/*.ts',
    'src/data/**/*.ts',
    'src/state/url.ts',
    'src/state/link-*.ts',
    'src/state/thresholds-link.ts',
    'src/state/geography-link.ts',
  ],
  coverageAnalysis: 'perTest',
  // The first run of every unit test, with coverage per test, takes about 3 minutes alone and
  // timed out at Stryker's default 5 on a busy machine.
  dryRunTimeoutMinutes: 20,
  // The machine is shared: two test processes at most.
  concurrency: 2,
  // Module-level mutants (zod schemas, constant tables) need every test rerun in a fresh module graph:
  // a sixth of the mutants but four fifths of the time. They are reported as Ignored, not scored.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  ignorePatterns: ['dist', 'test-artifacts', 'reports'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: {fileName: 'reports/mutation/mutation.html'},
  jsonReporter: {fileName: 'reports/mutation/mutation.json'},
  tempDirName: '.stryker-tmp',
  thresholds: {high: 90, low: 85, break: null},
};
