import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Debian's Chromium, never a downloaded one. A fresh provider per project (shared objects misbehave). */
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        args: [
          '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic in Node: query building, validation, formatting, disclosure control, pipeline.
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'stories/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        // End to end: the built bundle served as a municipality would, driven by Playwright
        // in Debian's Chromium (npm test builds the bundle first).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/**/*.e2e.test.ts'],
          fileParallelism: false, // each file drives its own Chromium
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Real Chromium, real DuckDB-WASM, real Parquet files from data/ and test/fixtures/.
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
          browser: chromium(),
          // One file at a time: each starts its own DuckDB-WASM, and on two cores parallel
          // files starve each other's waits into flaky timeouts.
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
      {
        // Every Storybook story is rendered and its play function run, in Chromium.
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        test: {
          name: 'storybook',
          browser: chromium(),
          fileParallelism: false,
          setupFiles: ['.storybook/vitest.setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
