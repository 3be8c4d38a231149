import {defineConfig} from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests. Browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30000,
  },
});
