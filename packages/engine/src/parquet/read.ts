import { parquetSchema, type AsyncBuffer, type CompressionCodec, type SchemaTree } from 'hyparquet';
import { EngineError, isEngineError } from '../errors.ts';
import { columnDecoding } from './column-types.ts';
import type { PlainColumn, StorageType } from './columns.ts';
import { corruptFile, isAbort } from './failures.ts';
import { decodeFlatColumn, flatColumnPlan, type FlatColumnPlan } from './flat-column.ts';
import { PARQUET_HANDLE, type ParquetFile } from './types.ts';

/** Column chunks of a file read by Range closer than this are read in one request. */
const MERGE_GAP = 64 * 1024;

/** hyparquet ships these codecs itself; others would need extra wasm we do not load. */
const SUPPORTED_CODECS: readonly CompressionCodec[] = ['UNCOMPRESSED', 'SNAPPY'];

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

  // The rest through hyparquet, whose reader is a chunk of its own: DuckDB's files need it
  // for DECIMAL and ms/ns timestamps only, and the first chart's code is smaller without it.
  const rest = names.filter((name) => !decoded.has(name));
  if (rest.length > 0) {
    const { readThroughHyparquet } = await loadHyparquetColumns();
    const restTypes = new Map(rest.map((name) => [name, types[names.indexOf(name)]!]));
    for (const [name, column] of await readThroughHyparquet(file, restTypes)) decoded.set(name, column);
  }
  // In the order first named.
  return new Map(names.map((name) => [name, decoded.get(name)!]));
}

type HyparquetColumns = typeof import('./hyparquet-columns.ts');
let hyparquetColumns: Promise<HyparquetColumns> | undefined;

/**
 * hyparquet's reader, fetched on first need. A chunk that fails to load rejects with
 * `engine-failed` (the reader's code, not the file, is missing) and is forgotten, so a
 * later query tries again.
 */
function loadHyparquetColumns(): Promise<HyparquetColumns> {
  hyparquetColumns ??= import('./hyparquet-columns.ts').catch((cause: unknown) => {
    hyparquetColumns = undefined;
    throw new EngineError('engine-failed', `The Parquet reader's code could not be loaded (${String(cause)})`, { cause });
  });
  return hyparquetColumns;
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
