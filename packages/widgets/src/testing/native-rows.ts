import type { DuckDBConnection } from '@duckdb/node-api';
import type { BoundSql } from '../casework/casework-sql.ts';

/**
 * The rows of a statement run in native DuckDB (Node tests), BIGINTs as numbers: how the
 * casework tests read the same SQL the page runs in DuckDB-WASM.
 */
export async function nativeRows<T>(conn: DuckDBConnection, query: BoundSql | string): Promise<T[]> {
  const { sql, params } = typeof query === 'string' ? { sql: query, params: [] } : query;
  const reader = await conn.runAndReadAll(sql, [...params]);
  return reader.getRowObjectsJS().map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value])),
  ) as T[];
}
