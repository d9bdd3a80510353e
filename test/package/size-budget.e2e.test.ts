// Each element of the script-tag bundle stays within its size budget, gzip and brotli
// (packages/widgets/size-budget.json; what a page with only that element downloads before
// DuckDB is needed). Over budget: make it smaller, or raise the budget on purpose with
// `node scripts/size-budget.mjs --update` and update the README's figures.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script
import { bundleFiles, measure, overBudget, packagesFor, packagesInFile, readBudgets } from '../../scripts/size-budget.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Code only a query that needs DuckDB may load (packages/engine/src/duckdb/runtime.ts). */
const DUCKDB_ONLY = ['apache-arrow', '@duckdb/duckdb-wasm', 'flatbuffers'];

function requireBundle(): void {
  if (!existsSync(`${root}packages/widgets/dist/.vite/manifest.json`)) throw new Error('Build the bundle first: node scripts/build.mjs');
}

describe('size budgets', () => {
  it('every element entry is within its gzip and brotli budget', () => {
    requireBundle();
    const sizes = measure() as Record<string, { raw: number; gzip: number; brotli: number }>;
    expect(Object.keys(sizes)).toHaveLength(13);
    expect(overBudget(sizes, readBudgets())).toEqual([]);
    // Lazy loading works: the trend alone is well under everything at once.
    expect(sizes['slt-trend']!.brotli).toBeLessThan(sizes['slt-youth-exclusion']!.brotli);
    expect(sizes['slt-table']!.brotli).toBeLessThan(sizes['slt-trend']!.brotli);
  });

  it('no element loads apache-arrow or DuckDB-WASM code before a query needs DuckDB', () => {
    requireBundle();
    const elements = Object.keys(measure() as Record<string, unknown>);
    // The source maps are read: the trend's first chart needs the decoder, and not Plot (the
    // trend draws its SVG itself: 75 kB less before the first chart); the bars do load Plot.
    expect([...(packagesFor('slt-trend') as Set<string>)]).toEqual(expect.arrayContaining(['hyparquet', 'd3-shape']));
    expect((packagesFor('slt-trend') as Set<string>).has('@observablehq/plot'), 'the trend loads Observable Plot').toBe(false);
    expect((packagesFor('slt-bars') as Set<string>).has('@observablehq/plot')).toBe(true);
    for (const element of elements) {
      const packages = packagesFor(element) as Set<string>;
      for (const name of DUCKDB_ONLY) expect(packages.has(name), `${element} loads ${name} before any DuckDB query`).toBe(false);
    }
    // The check is not empty: the code is in the bundle, in a chunk only a dynamic import reaches.
    const withArrow = (bundleFiles() as string[]).filter((file) => (packagesInFile(file) as string[]).includes('apache-arrow'));
    expect(withArrow).toHaveLength(1);
    expect(packagesInFile(withArrow[0]!)).toContain('@duckdb/duckdb-wasm');
  });
});
