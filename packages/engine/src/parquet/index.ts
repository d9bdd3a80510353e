/**
 * Parquet in the page: DuckDB-WASM's npm build has no Parquet reader, so files are decoded
 * here (hyparquet, pure JS) into plain typed arrays, which the page answers from and
 * arrow/table.ts hands to DuckDB as Arrow tables. Nothing is cached (the engine decides
 * what to keep), except a prefetched file until the first dataset of its URL takes it.
 */
export type { ColumnType, ColumnInfo, ParquetInfo, ParquetFile } from './types.ts';
export type { PlainColumn, StorageType } from './columns.ts';
export { openParquet } from './open.ts';
export { readColumns } from './read.ts';
export { prefetchParquet, takePrefetched } from './prefetch.ts';
export { fetchEarly } from './early-fetch.ts';
