import { parquetRead, parquetSchema, type AsyncBuffer, type CompressionCodec, type ParquetParsers, type SchemaTree } from 'hyparquet';
import { EngineError, isEngineError } from '../errors.ts';
import { columnAssembler } from './column-assembler.ts';
import { columnDecoding } from './column-types.ts';
import type { PlainColumn, StorageType } from './columns.ts';
import { corruptFile, isAbort } from './failures.ts';
import { decodeFlatColumn, flatColumnPlan, type FlatColumnPlan } from './flat-column.ts';
import { PARQUET_HANDLE, type ParquetFile } from './types.ts';

/** Column chunks of a file read by Range closer than this are read in one request. */
const MERGE_GAP = 64 * 1024;

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

export interface ReadOptions {
  /** `hyparquet` decodes every column through hyparquet: for the tests and benchmarks that compare the two. */
  readonly decoder?: 'auto' | 'hyparquet';
}

/**
 * Decodes only the named columns (each once, in the order first named) into plain typed
 * arrays (parquet/columns.ts). arrow/table.ts wraps them into an Arrow table for DuckDB.
 */
export async function readColumns(file: ParquetFile, columns: readonly string[], options: ReadOptions = {}): Promise<Map<string, PlainColumn>> {
  const { bytes, footer, signal } = file[PARQUET_HANDLE];
  const names = [...new Set(columns)];
  const nodes = names.map((name) => findColumn(file, name));
  const types = nodes.map((node) => storageTypeOf(file, node));
  checkCodecs(file, new Set(names));

  const decoded = new Map<string, PlainColumn>();
  // Flat columns as DuckDB writes them: straight from their pages (flat-column.ts).
  const plans = options.decoder === 'hyparquet' ? [] : nodes.map((node, index) => flatColumnPlan(footer, node, types[index]!)).filter((plan) => plan !== undefined);
  try {
    const chunkBytes = await chunkReader(bytes, plans);
    for (const plan of plans) {
      const column = decodeFlatColumn(plan, (index) => chunkBytes(plan, index));
      if (column) decoded.set(plan.name, column);
    }
  } catch (error) {
    if (isAbort(error, signal) || isEngineError(error)) throw error;
    throw corruptFile(file.url, `decoding ${plans.map((plan) => plan.name).join(', ')} failed (${String(error)})`, error);
  }

  // The rest through hyparquet.
  const rest = names.filter((name) => !decoded.has(name));
  if (rest.length > 0) {
    const rowCount = file.info.rowCount;
    const assemblers = new Map(rest.map((name) => [name, columnAssembler(types[names.indexOf(name)]!, rowCount, hasDictionaries(file, name))]));
    try {
      await parquetRead({
        file: bytes,
        metadata: footer,
        columns: rest,
        parsers: STORAGE_PARSERS,
        onChunk: ({ columnName, rowStart, columnData }) => assemblers.get(columnName)?.add(rowStart, columnData),
      });
    } catch (error) {
      if (isAbort(error, signal) || isEngineError(error)) throw error;
      throw corruptFile(file.url, `decoding ${rest.join(', ')} failed (${String(error)})`, error);
    }
    for (const [name, assembler] of assemblers) decoded.set(name, assembler.finish());
  }
  // In the order first named.
  return new Map(names.map((name) => [name, decoded.get(name)!]));
}

/**
 * The bytes of each plan's column chunks. A whole file is viewed in place; a file read by
 * Range is read in one request per run of neighbouring chunks in a row group.
 */
async function chunkReader(bytes: AsyncBuffer | ArrayBuffer, plans: readonly FlatColumnPlan[]): Promise<(plan: FlatColumnPlan, index: number) => Uint8Array> {
  if (bytes instanceof ArrayBuffer) {
    return (plan, index) => {
      const { start, end } = plan.chunks[index]!;
      if (end > bytes.byteLength) throw new RangeError(`a column chunk ends at byte ${end} of a ${bytes.byteLength}-byte file`);
      return new Uint8Array(bytes, start, end - start);
    };
  }
  // Each row group's chunks, sorted, with those closer than MERGE_GAP read in one request.
  const spans: { start: number; end: number }[] = [];
  const rowGroups = plans[0]?.chunks.length ?? 0;
  for (let index = 0; index < rowGroups; index++) {
    const ranges = plans.map((plan) => plan.chunks[index]!).sort((a, b) => a.start - b.start);
    let last: { start: number; end: number } | undefined;
    for (const { start, end } of ranges) {
      if (last && start - last.end <= MERGE_GAP) last.end = Math.max(last.end, end);
      else spans.push((last = { start, end }));
    }
  }
  const read = await Promise.all(spans.map(async (span) => ({ ...span, bytes: new Uint8Array(await bytes.slice(span.start, span.end)) })));
  return (plan, index) => {
    const { start, end } = plan.chunks[index]!;
    const span = read.find((candidate) => candidate.start <= start && end <= candidate.end)!;
    return span.bytes.subarray(start - span.start, end - span.start);
  };
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
