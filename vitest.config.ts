import { defineConfig } from 'vitest/config';

// Two projects in one run, so `npm test` ends with one count: fast unit/integration tests, and
// end-to-end tests that drive the built extension and the CLI in a real Chromium (one file at a
// time: each starts its own browser).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { KJWATCH_E2E: '1' },
        },
      },
    ],
  },
});
