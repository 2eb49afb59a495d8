// End-to-end tests: the e2e build (`wxt build --mode e2e` → .output/chrome-mv3-e2e) loaded in
// real headless Chromium. One file at a time: the machine is shared and a browser is heavy.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
