import type { DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import type { RunConfig } from './config.ts';
import { buildIndicators, INDICATOR_COLUMNS } from './indicators.ts';
import { writeParquet } from './parquet.ts';
import type { Progress } from './progress.ts';

export interface GenerateOptions {
  readonly config: RunConfig;
  /** Where data/ is. */
  readonly dataDir: string;
  readonly progress: Progress;
}

export async function writeIndicators(connection: DuckDBConnection, options: GenerateOptions) {
  const { config, dataDir, progress } = options;
  progress.step('indicators');
  const { rows, suppressed } = buildIndicators(config.seed, config.k);
  const path = join(dataDir, 'indicators.parquet');
  await writeParquet(connection, path, INDICATOR_COLUMNS, rows, {
    synthetic: true,
    k: config.k,
    title: 'Living conditions and youth exclusion indicators: Asker districts, Asker and Norway',
    source:
      'Published reference figures from SSB (13556, 08764, 09050) and Asker kommune where published = true; synthetic otherwise',
    updated: config.updated,
    description:
      'Tidy indicator table 2015-2025. District values are synthetic and went through primary and secondary suppression (status ":"). See data/README.md.',
    tier: 'public',
  });
  progress.done('indicators', `${rows.length} rows, ${suppressed.primary} primary + ${suppressed.secondary} secondary suppressed`);
  return { path, rows: rows.length, suppressed };
}
