import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/chrome-mv3) in Debian's Chromium via playwright-core.
// One Chromium at a time: these machines have two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
