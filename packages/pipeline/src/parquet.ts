import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'BIGINT' | 'INTEGER' | 'BOOLEAN';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

/** The languages of the localised texts (`slt.title.nb`, ...); widgets fall back to `slt.title`. */
export const LANGUAGES = ['nb', 'nn', 'da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface FileTexts {
  readonly title: string;
  /** Without a "Kilde:" prefix or a final full stop: the widgets' footer adds both. */
  readonly source: string;
  readonly description: string;
}

/** How the engine's disclosure control reads a public file (packages/engine, options.ts). */
export interface DisclosureColumns {
  /** `slt.count_columns`: the columns holding counts. */
  readonly counts: readonly string[];
  /** `slt.dimensions`: the classifying columns, each with its margin category `'all'`. */
  readonly dimensions: readonly string[];
  /**
   * `slt.hierarchies` (JSON): for a dimension whose margins nest, each parent category and
   * its children, e.g. `{"zone":{"all":["green","yellow","orange_or_red"],"orange_or_red":["orange","red"]}}`.
   */
  readonly hierarchies?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** `slt.rate_columns`: `value=numerator/denominator`. */
  readonly rates?: readonly string[];
}

/** The key-value metadata the engine reads from every file (keys `slt.*`). */
export interface FileMetadata {
  readonly synthetic: boolean;
  /** The k of the disclosure control applied; absent when none was. */
  readonly k?: number;
  readonly title: string;
  readonly source: string;
  /** ISO date from the run config, never the clock. */
  readonly updated: string;
  readonly description: string;
  readonly tier: 'public' | 'internal' | 'raw';
  readonly disclosure?: DisclosureColumns;
  /** Title, source and description per language, as `slt.<key>.<language>`. */
  readonly texts?: Readonly<Record<Language, FileTexts>>;
  /**
   * A `source` column's values in each language, as `slt.row_sources` (JSON: the value as
   * written in the column, then its text per language), so a widget names a row's source in
   * the reader's language (the column holds the English credit).
   */
  readonly rowSources?: Readonly<Record<string, Readonly<Record<Language, string>>>>;
}

/** Any object; the columns pick the fields written. */
export type Row = object;

/** Opens native DuckDB with one thread, so files come out byte-identical run after run. */
export async function openDuckDB(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  return instance.connect();
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export function metadataEntries(metadata: FileMetadata): Array<[string, string]> {
  const entries: Array<[string, string]> = [
    ['slt.synthetic', String(metadata.synthetic)],
    ['slt.title', metadata.title],
    ['slt.source', metadata.source],
    ['slt.updated', metadata.updated],
    ['slt.description', metadata.description],
    ['slt.tier', metadata.tier],
  ];
  if (metadata.k !== undefined) entries.splice(1, 0, ['slt.k', String(metadata.k)]);
  const { disclosure, texts } = metadata;
  if (disclosure) {
    entries.push(['slt.count_columns', disclosure.counts.join(',')], ['slt.dimensions', disclosure.dimensions.join(',')]);
    if (disclosure.rates) entries.push(['slt.rate_columns', disclosure.rates.join(',')]);
    if (disclosure.hierarchies) entries.push(['slt.hierarchies', JSON.stringify(disclosure.hierarchies)]);
  }
  if (texts) {
    for (const key of ['title', 'source', 'description'] as const) {
      for (const language of LANGUAGES) entries.push([`slt.${key}.${language}`, texts[language][key]]);
    }
  }
  if (metadata.rowSources && Object.keys(metadata.rowSources).length > 0) entries.push(['slt.row_sources', JSON.stringify(metadata.rowSources)]);
  return entries;
}

/** The COPY options: snappy (the browser's hyparquet cannot read zstd) and the metadata. */
export function copyOptions(metadata: FileMetadata): string {
  const kv = metadataEntries(metadata)
    .map(([key, value]) => `${quoteLiteral(key)}: ${quoteLiteral(value)}`)
    .join(', ');
  return `FORMAT parquet, COMPRESSION snappy, KV_METADATA {${kv}}`;
}

/**
 * Loads rows into a temporary table with the given columns and copies it to a Parquet
 * file, in the order given. Written to a temporary name first, so a failed run never
 * leaves half a file behind.
 */
export async function writeParquet(
  connection: DuckDBConnection,
  path: string,
  columns: readonly Column[],
  rows: Iterable<Row>,
  metadata: FileMetadata,
): Promise<number> {
  const table = 'pending_rows';
  await connection.run(`DROP TABLE IF EXISTS ${table}`);
  await connection.run(
    `CREATE TABLE ${table} (${columns.map((c) => `${quoteIdentifier(c.name)} ${c.type}`).join(', ')})`,
  );
  const appender = await connection.createAppender(table);
  let count = 0;
  for (const row of rows) {
    for (const column of columns) appendValue(appender, column, (row as Record<string, unknown>)[column.name], count);
    appender.endRow();
    count += 1;
  }
  appender.closeSync();
  await copyToParquet(connection, `SELECT * FROM ${table}`, path, metadata);
  await connection.run(`DROP TABLE ${table}`);
  return count;
}

/** Copies the result of a query to a Parquet file with the metadata. */
export async function copyToParquet(
  connection: DuckDBConnection,
  query: string,
  path: string,
  metadata: FileMetadata,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  await rm(partial, { force: true });
  await connection.run(`COPY (${query}) TO ${quoteLiteral(partial)} (${copyOptions(metadata)})`);
  await rename(partial, path);
}

function appendValue(appender: DuckDBAppender, column: Column, value: unknown, row: number): void {
  if (value === null || value === undefined) {
    appender.appendNull();
    return;
  }
  const fail = (): never => {
    throw new TypeError(`invalid value for ${column.name} (${column.type}) in row ${row}: ${String(value)}`);
  };
  switch (column.type) {
    case 'VARCHAR':
      return typeof value === 'string' ? appender.appendVarchar(value) : fail();
    case 'DOUBLE':
      return typeof value === 'number' && Number.isFinite(value) ? appender.appendDouble(value) : fail();
    case 'INTEGER':
      return Number.isInteger(value) ? appender.appendInteger(value as number) : fail();
    case 'BIGINT':
      if (typeof value === 'bigint') return appender.appendBigInt(value);
      return Number.isInteger(value) ? appender.appendBigInt(BigInt(value as number)) : fail();
    case 'BOOLEAN':
      return typeof value === 'boolean' ? appender.appendBoolean(value) : fail();
  }
}

/** Reads a file's slt.* metadata back (keys and values decoded as UTF-8). */
export async function readMetadata(connection: DuckDBConnection, path: string): Promise<Record<string, string>> {
  const reader = await connection.runAndReadAll(
    `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${quoteLiteral(path)})`,
  );
  const entries = reader.getRowObjectsJS() as Array<{ key: string; value: string }>;
  return Object.fromEntries(entries.map(({ key, value }) => [key, value]));
}
