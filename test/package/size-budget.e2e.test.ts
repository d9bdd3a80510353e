// Each element of the script-tag bundle stays within its size budget, gzip and brotli
// (packages/widgets/size-budget.json; what a page with only that element downloads before
// DuckDB is needed). Over budget: make it smaller, or raise the budget on purpose with
// `node scripts/size-budget.mjs --update` and update the README's figures.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script
import { measure, overBudget, readBudgets } from '../../scripts/size-budget.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('size budgets', () => {
  it('every element entry is within its gzip and brotli budget', () => {
    if (!existsSync(`${root}packages/widgets/dist/.vite/manifest.json`)) throw new Error('Build the bundle first: node scripts/build.mjs');
    const sizes = measure() as Record<string, { raw: number; gzip: number; brotli: number }>;
    expect(Object.keys(sizes)).toHaveLength(13);
    expect(overBudget(sizes, readBudgets())).toEqual([]);
    // Lazy loading works: the trend alone is well under everything at once.
    expect(sizes['slt-trend']!.brotli).toBeLessThan(sizes['slt-youth-exclusion']!.brotli);
    expect(sizes['slt-table']!.brotli).toBeLessThan(sizes['slt-trend']!.brotli);
  });
});
