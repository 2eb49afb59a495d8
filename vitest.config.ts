import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/fuzz/**/*.test.ts', 'lib/**/*.test.ts'],
    // shared, noisy machines: a property test that takes 1 s alone can take 5 under load; no test is timed
    testTimeout: 30_000,
  },
});
