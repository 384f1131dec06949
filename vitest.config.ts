import { defineConfig } from 'vitest/config';

/**
 * Before the tests, tests/global-setup.ts builds dist/ and web/dist/ when stale. Two groups: the
 * Node suites first, then the headless-Chromium suites on their own, so the browser tests
 * (software WebGL, pointer events on a canvas) do not compete for the two cores with the
 * worker-thread suites; and one browser file at a time, so the layout test's frame timing does not
 * compete with another browser either.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/web/*e2e.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/web/*e2e.test.ts'],
          sequence: { groupOrder: 1 },
          fileParallelism: false,
        },
      },
    ],
  },
});
