import {defineConfig} from 'vitest/config';

// Browser tests: real Chromium against the built app served by `vite preview`.
// Files run one at a time: the machine has 2 cores and software WebGL is CPU-bound.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Fails every test whose pages logged an error, broke the CSP or left the origin.
    setupFiles: ['tests/e2e/setup-guard.ts'],
    fileParallelism: false,
    // No browser test over 30 s (team guide): a longer one is split.
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
