/**
 * Parquet in the page: DuckDB-WASM's npm build has no Parquet reader, so files are decoded
 * here (hyparquet, pure JS) and handed to DuckDB as Arrow tables. Nothing is cached: the
 * engine decides what to keep.
 */
export type { ColumnType, ColumnInfo, ParquetInfo, ParquetFile } from './types.ts';
export { openParquet } from './open.ts';
export { readColumnsAsArrow } from './read.ts';
