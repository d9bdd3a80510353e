import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import type { Dataset } from '../dataset.ts';
import { EngineError, isEngineError } from '../errors.ts';
import type { CompiledQuery } from '../model/compile.ts';
import { AGGREGATE_FUNCTIONS } from '../model/query.ts';
import { MEASURES } from '../model/measures/index.ts';
import type { ValidQuery } from '../model/valid-query.ts';
import { toRows, type Row } from '../rows.ts';
import { hasFeatures, type Connector, type QueryFeature } from './connector.ts';

const ALL_FEATURES = new Set<QueryFeature>([
  'select',
  'distinct',
  'filter:in',
  'filter:range',
  'order',
  'limit',
  'group',
  ...AGGREGATE_FUNCTIONS.map((fn) => `aggregate:${fn}` as const),
  ...Object.keys(MEASURES).map((kind) => `measure:${kind}` as QueryFeature),
]);

/**
 * Runs the compiled SQL in DuckDB-WASM, with every value bound. `duckdb` is called only
 * when a query gets here: that is when DuckDB-WASM is downloaded and started.
 */
export function duckdbConnector(duckdb: () => Promise<AsyncDuckDB>): Connector {
  return {
    name: 'duckdb',
    features: ALL_FEATURES,
    accepts(query) {
      return hasFeatures(this, query);
    },
    async run(dataset: Dataset, _query: ValidQuery, compiled: CompiledQuery): Promise<Row[]> {
      const db = await duckdb();
      return dataset.withColumns(db, compiled.reads, async () => {
        const conn = await db.connect();
        try {
          const statement = await conn.prepare(compiled.sql);
          try {
            return toRows(await statement.query(...compiled.params));
          } finally {
            await statement.close();
          }
        } catch (error) {
          if (isEngineError(error)) throw error;
          throw new EngineError('query-failed', `Query failed: ${String(error)}`, { cause: error, sql: compiled.sql, dataset: dataset.name });
        } finally {
          await conn.close();
        }
      });
    },
  };
}
