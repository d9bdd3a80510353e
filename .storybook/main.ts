import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-vitest'],
  // The Parquet files in data/ are served at /data/ so stories read the real datasets.
  staticDirs: [{ from: '../data', to: '/data' }, { from: '../test/fixtures', to: '/test/fixtures' }],
  core: { disableTelemetry: true },
};

export default config;
