import { parquetRead, type ParquetParsers } from 'hyparquet';
import { isEngineError } from '../errors.ts';
import { columnAssembler } from './column-assembler.ts';
import type { PlainColumn, StorageType } from './columns.ts';
import { corruptFile, isAbort } from './failures.ts';
import { PARQUET_HANDLE, type ParquetFile } from './types.ts';

/**
 * Values as they are stored (parquet/columns.ts, Arrow's layout), instead of hyparquet's
 * defaults (Date objects, JS strings, parsed JSON): days since the epoch, microseconds
 * since the epoch as BigInt, raw bytes.
 */
const STORAGE_PARSERS: Partial<ParquetParsers> = {
  dateFromDays: (days: number) => days,
  timestampFromMilliseconds: (millis: bigint) => millis * 1000n,
  timestampFromMicroseconds: (micros: bigint) => micros,
  timestampFromNanoseconds: (nanos: bigint) => nanos / 1000n,
  stringFromBytes: (bytes: Uint8Array) => bytes,
  jsonFromBytes: (bytes: Uint8Array) => bytes,
};

/**
 * The columns flat-column.ts does not read (v2 pages, DECIMAL, ms/ns timestamps, a
 * `decoder: 'hyparquet'` comparison), decoded by hyparquet into the same plain arrays.
 * read.ts imports this module only when such a column is asked for: hyparquet's reader is
 * most of the engine's code otherwise (BENCHMARKS.md).
 */
export async function readThroughHyparquet(file: ParquetFile, columns: ReadonlyMap<string, StorageType>): Promise<Map<string, PlainColumn>> {
  const { bytes, footer, signal } = file[PARQUET_HANDLE];
  const names = [...columns.keys()];
  const assemblers = new Map(names.map((name) => [name, columnAssembler(columns.get(name)!, file.info.rowCount, hasDictionaries(file, name))]));
  try {
    await parquetRead({
      file: bytes,
      metadata: footer,
      columns: names,
      parsers: STORAGE_PARSERS,
      onChunk: ({ columnName, rowStart, columnData }) => assemblers.get(columnName)?.add(rowStart, columnData),
    });
  } catch (error) {
    if (isAbort(error, signal) || isEngineError(error)) throw error;
    throw corruptFile(file.url, `decoding ${names.join(', ')} failed (${String(error)})`, error);
  }
  return new Map([...assemblers].map(([name, assembler]) => [name, assembler.finish()]));
}

/** Whether every row group stores the column with a dictionary page (as DuckDB writes text). */
function hasDictionaries(file: ParquetFile, name: string): boolean {
  const rowGroups = file[PARQUET_HANDLE].footer.row_groups;
  return (
    rowGroups.length > 0 &&
    rowGroups.every((rowGroup) =>
      rowGroup.columns.some((chunk) => chunk.meta_data?.path_in_schema[0] === name && chunk.meta_data.dictionary_page_offset !== undefined),
    )
  );
}
