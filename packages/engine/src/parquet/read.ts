import { parquetRead, parquetSchema, type CompressionCodec, type ParquetParsers, type SchemaTree } from 'hyparquet';
import { EngineError, isEngineError } from '../errors.ts';
import { columnAssembler } from './column-assembler.ts';
import { columnDecoding } from './column-types.ts';
import type { PlainColumn, StorageType } from './columns.ts';
import { corruptFile, isAbort } from './failures.ts';
import { PARQUET_HANDLE, type ParquetFile } from './types.ts';

/** hyparquet ships these codecs itself; others would need extra wasm we do not load. */
const SUPPORTED_CODECS: readonly CompressionCodec[] = ['UNCOMPRESSED', 'SNAPPY'];

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
 * Decodes only the named columns (each once, in the order first named) into plain typed
 * arrays (parquet/columns.ts). arrow/table.ts wraps them into an Arrow table for DuckDB.
 */
export async function readColumns(file: ParquetFile, columns: readonly string[]): Promise<Map<string, PlainColumn>> {
  const { bytes, footer, signal } = file[PARQUET_HANDLE];
  const names = [...new Set(columns)];
  const types = names.map((name) => storageTypeOf(file, findColumn(file, name)));
  checkCodecs(file, new Set(names));

  const rowCount = file.info.rowCount;
  const assemblers = new Map(names.map((name, index) => [name, columnAssembler(types[index]!, rowCount, hasDictionaries(file, name))]));
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

function findColumn(file: ParquetFile, name: string): SchemaTree {
  const top = parquetSchema(file[PARQUET_HANDLE].footer).children;
  const node = top.find((child) => child.element.name === name);
  if (node) return node;
  const validColumns = top.map((child) => child.element.name);
  throw new EngineError('unknown-column', `${file.url} has no column "${name}"; it has ${validColumns.join(', ')}`, {
    dataset: file.url,
    column: name,
    validColumns,
  });
}

function storageTypeOf(file: ParquetFile, node: SchemaTree): StorageType {
  const { storage } = columnDecoding(node);
  if (storage) return storage;
  throw corruptFile(file.url, `column "${node.element.name}" is nested (lists, structs or maps are not read)`);
}

/** Fails before any decoding, naming the codec, rather than with hyparquet's error mid-way. */
function checkCodecs(file: ParquetFile, names: ReadonlySet<string>): void {
  for (const rowGroup of file[PARQUET_HANDLE].footer.row_groups) {
    for (const chunk of rowGroup.columns) {
      const meta = chunk.meta_data;
      const column = meta?.path_in_schema[0];
      if (!meta || column === undefined || !names.has(column) || SUPPORTED_CODECS.includes(meta.codec)) continue;
      throw corruptFile(
        file.url,
        `column "${column}" is compressed with ${meta.codec}, which the decoder cannot read (write SNAPPY or UNCOMPRESSED)`,
      );
    }
  }
}
