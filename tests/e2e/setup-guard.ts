// Runs after every browser test (setupFiles in vitest.e2e.config.ts): fails the test if any
// page it opened reported a problem it did not declare (tests/e2e/page-guard.ts).
import {afterAll, afterEach} from 'vitest';
import {assertNoPageProblems} from './page-guard';

afterEach(assertNoPageProblems);
// Problems that arrive after the last test of a file (e.g. from a page a beforeAll opened).
afterAll(assertNoPageProblems);
