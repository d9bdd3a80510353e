import type { StorybookConfig } from '@storybook/web-components-vite';
import { readdirSync } from 'node:fs';
import { createLogger, type Logger, type Plugin } from 'vite';

/**
 * The public datasets: Parquet files at the top of data/, file by file, and the
 * pipeline's public disclosure-report.json (the data pages check themselves against it). data/raw,
 * data/internal and data/bench hold person-level and benchmark data and must never be
 * served or copied into a static Storybook (the same rule as scripts/serve.mjs).
 */
const PUBLIC_DATA = readdirSync(new URL('../data/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isFile() && (entry.name.endsWith('.parquet') || entry.name === 'disclosure-report.json'))
  .map((entry) => ({ from: `../data/${entry.name}`, to: `/data/${entry.name}` }));

/**
 * Vite's dev server serves every file under the repository root, data/raw included:
 * below /data/, only the public datasets are let through.
 */
function onlyPublicData(): Plugin {
  const allowed = new Set(PUBLIC_DATA.map((file) => file.to));
  return {
    name: 'slt:only-public-data',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split(/[?#]/)[0] ?? '');
        if (!path.startsWith('/data/') || allowed.has(path)) return next();
        response.statusCode = 404;
        response.end('Not found');
      });
    },
  };
}

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
  // Stories read real Parquet files at absolute paths: the public datasets at /data/,
  // the test fixtures (empty, truncated, ...) at /test/fixtures/. The Vitest plugin serves the
  // same staticDirs, so /data/... resolves in `storybook dev`, the static build and the
  // test run alike.
  staticDirs: [...PUBLIC_DATA, { from: '../test/fixtures', to: '/test/fixtures' }],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // A story chunk holds Plot, the DuckDB client and axe-core (> 500 kB). Size is
    // budgeted for the embed bundle, not for Storybook.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2048 },
    plugins: [onlyPublicData(), ...(viteConfig.plugins ?? [])],
    customLogger: withoutDuckDBSourcemapWarnings(viteConfig.customLogger ?? createLogger(viteConfig.logLevel)),
  }),
};

export default config;
