import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    testTimeout: 30_000,
    // Days follow the local time zone: tests run in UTC unless they switch zones (src/test/time-zone.ts).
    env: { TZ: 'UTC' },
  },
});
