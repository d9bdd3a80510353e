import type { Dataset } from '../dataset.ts';
import { COMPARABLE, runLocally } from '../local-query.ts';
import type { ValidQuery } from '../model/valid-query.ts';
import type { CompiledQuery } from '../model/compile.ts';
import type { Row } from '../rows.ts';
import { hasFeatures, type Connector, type QueryFeature } from './connector.ts';

/**
 * Answers plain selections in the page, from the columns the decoder reads: no DuckDB
 * byte is downloaded for them. Measured in BENCHMARKS.md: this is what makes the first
 * chart fast. Filters and order only on types whose comparison JavaScript does exactly
 * as DuckDB does (not dates, not decimals).
 */
export const pageConnector: Connector = {
  name: 'page',
  features: new Set<QueryFeature>(['select', 'distinct', 'filter:in', 'filter:range', 'order', 'limit']),
  accepts(query: ValidQuery): boolean {
    if (!hasFeatures(this, query)) return false;
    const compared = [...query.filters.map((filter) => filter.column), ...query.orderBy.map((key) => key.column)];
    const distinctOver = query.distinct ? query.keys : [];
    return [...compared, ...distinctOver].every((name) => COMPARABLE.has(query.types.get(name) ?? 'other'));
  },
  async run(dataset: Dataset, query: ValidQuery, compiled: CompiledQuery): Promise<Row[]> {
    const { columns, rowCount } = await dataset.columns(compiled.reads);
    // Each query in a task of its own: when two charts' data are ready together, the first
    // is drawn (its render runs in the microtasks after its query) before the second's query
    // runs, and no task holds the main thread for both.
    await nextTask();
    return runLocally(columns, rowCount, query);
  },
};

/** Resolves in a later task (scheduler.yield where the browser has it). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
