import type { StorybookConfig } from '@storybook/web-components-vite';
import { createLogger, type Logger } from 'vite';

/**
 * DuckDB-WASM's published worker has source maps that point outside its package; Vite
 * warns about each one on every run. They are not ours to fix, so only those are dropped.
 */
function withoutDuckDBSourcemapWarnings(logger: Logger): Logger {
  const isNoise = (message: string) => message.includes('Sourcemap for ') && message.includes('@duckdb/duckdb-wasm');
  return {
    ...logger,
    warn: (message, options) => (isNoise(message) ? undefined : logger.warn(message, options)),
    warnOnce: (message, options) => (isNoise(message) ? undefined : logger.warnOnce(message, options)),
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-vitest'],
  // Stories read real Parquet files at absolute paths: the datasets at /data/, the test
  // fixtures (empty, truncated, ...) at /test/fixtures/. The Vitest plugin serves the
  // same staticDirs, so /data/... resolves in `storybook dev`, the static build and the
  // test run alike.
  staticDirs: [
    { from: '../data', to: '/data' },
    { from: '../test/fixtures', to: '/test/fixtures' },
  ],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    customLogger: withoutDuckDBSourcemapWarnings(viteConfig.customLogger ?? createLogger(viteConfig.logLevel)),
  }),
};

export default config;
