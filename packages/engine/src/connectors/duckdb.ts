import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import type { Dataset } from '../dataset.ts';
import { EngineError, isEngineError } from '../errors.ts';
import type { CompiledQuery } from '../model/compile.ts';
import { AGGREGATE_FUNCTIONS } from '../model/query.ts';
import { MEASURES } from '../model/measures/index.ts';
import type { ValidQuery } from '../model/valid-query.ts';
import { loadRuntime } from '../duckdb/load-runtime.ts';
import type { Row } from '../rows.ts';
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
 * when a query gets here: that is when DuckDB-WASM is downloaded and started. A grouped
 * query asked repeatedly with other filter values is answered from a pre-aggregated table
 * (connectors/cubes.ts), with the same rows.
 */
export function duckdbConnector(duckdb: () => Promise<AsyncDuckDB>, { cubes = true }: { cubes?: boolean } = {}): Connector {
  return {
    name: 'duckdb',
    features: ALL_FEATURES,
    accepts(query) {
      return hasFeatures(this, query);
    },
    async run(dataset: Dataset, _query: ValidQuery, compiled: CompiledQuery): Promise<Row[]> {
      // The columns are decoded (in the page) while DuckDB-WASM downloads and compiles (in its
      // worker), rather than after it: the first chart waits for the longer of the two, not both.
      const [db, { toRows }] = await Promise.all([duckdb(), loadRuntime(), dataset.columns(compiled.reads)]);
      const plan = cubes ? compiled.cube : undefined;
      const fileRows = plan ? (await dataset.info()).rowCount : 0;
      return dataset.withColumns(db, compiled.reads, async () => {
        const conn = await db.connect();
        try {
          // A grouped query asked again with other filter values reads its pre-aggregated cube (same rows).
          const cube = plan
            ? await dataset.cubes.tableFor(conn, plan, fileRows, dataset.cubeCandidates(), (columns) => dataset.loadColumns(db, columns))
            : null;
          const { sql, params } = cube === null ? compiled : plan!.readFrom(cube);
          const statement = await conn.prepare(sql);
          try {
            return toRows(await statement.query(...params));
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
