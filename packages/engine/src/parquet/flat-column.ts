import type { ColumnChunk, FileMetaData, SchemaTree } from 'hyparquet';
import { FIXED_WIDTH_ARRAYS, type FixedWidthArray, type PlainColumn, type StorageType } from './columns.ts';
import { ENCODINGS, PAGE_TYPES, readPageHeader } from './page-header.ts';
import { isSingleRun, readRleHybrid } from './rle-hybrid.ts';
import { snappyUncompress } from './snappy.ts';

/**
 * A top-level, non-repeated column as DuckDB writes it (data pages v1, PLAIN or dictionary
 * values, RLE definition levels, SNAPPY or no compression), decoded straight from its pages
 * into the typed arrays of parquet/columns.ts. hyparquet decodes the same column through
 * JS arrays of values and its list assembly, which costs most of a cold first chart's
 * decoding and, for a million rows of text, an object per value (BENCHMARKS.md). Anything
 * else (nested or repeated columns, v2 pages, other encodings or codecs, timestamp units
 * that need converting) is left to hyparquet: `flatColumnPlan` says undefined, or
 * `decodeFlatColumn` returns undefined on meeting it.
 */

type Physical = 'INT32' | 'INT64' | 'FLOAT' | 'DOUBLE' | 'BOOLEAN' | 'BYTE_ARRAY';

export interface FlatColumnPlan {
  readonly name: string;
  readonly storage: StorageType;
  readonly physical: Physical;
  /** OPTIONAL: each page starts with definition levels (0 = NULL, 1 = a value). */
  readonly optional: boolean;
  /** The column's chunk in each row group, in row order: its bytes in the file and its rows. */
  readonly chunks: readonly { readonly start: number; readonly end: number; readonly rows: number; readonly snappy: boolean }[];
}

/** Which storage types each physical type may be copied into as it is stored. */
const AS_STORED: Readonly<Record<Physical, readonly StorageType[]>> = {
  INT32: ['int32', 'uint32', 'date32'],
  INT64: ['int64', 'uint64', 'timestamp', 'timestamp-utc'],
  FLOAT: ['float32'],
  DOUBLE: ['float64'],
  BOOLEAN: ['bool'],
  BYTE_ARRAY: ['utf8', 'binary'],
};

/** The plan to decode `node` (a top-level column) into `storage`, or undefined for hyparquet. */
export function flatColumnPlan(footer: FileMetaData, node: SchemaTree, storage: StorageType): FlatColumnPlan | undefined {
  const element = node.element;
  const physical = element.type as Physical | undefined;
  if (node.children.length > 0 || physical === undefined || !(physical in AS_STORED)) return undefined;
  if (element.repetition_type === 'REPEATED' || !AS_STORED[physical].includes(storage)) return undefined;
  if (element.converted_type === 'DECIMAL' || element.logical_type?.type === 'DECIMAL') return undefined;
  // Timestamps are stored in microseconds: other units would need converting.
  if (storage === 'timestamp' || storage === 'timestamp-utc') {
    const logical = element.logical_type;
    const micros = logical?.type === 'TIMESTAMP' ? logical.unit === 'MICROS' : element.converted_type === 'TIMESTAMP_MICROS';
    if (!micros) return undefined;
  }
  if (footer.row_groups.length === 0) return undefined; // nothing to decode: hyparquet's empty column
  const chunks = [];
  for (const rowGroup of footer.row_groups) {
    const chunk: ColumnChunk | undefined = rowGroup.columns.find((column) => column.meta_data?.path_in_schema.length === 1 && column.meta_data.path_in_schema[0] === element.name);
    const meta = chunk?.meta_data;
    if (!meta || (meta.codec !== 'UNCOMPRESSED' && meta.codec !== 'SNAPPY')) return undefined;
    // As hyparquet reads it: some writers leave dictionary_page_offset 0 for "none".
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    chunks.push({ start, end: start + Number(meta.total_compressed_size), rows: Number(rowGroup.num_rows), snappy: meta.codec === 'SNAPPY' });
  }
  return { name: element.name, storage, physical, optional: element.repetition_type === 'OPTIONAL', chunks };
}

/**
 * Decodes the column from its chunks' bytes (`chunkBytes(i)`: chunk i of the plan, exactly
 * its bytes). Throws on corrupt data; undefined when a page is of a kind left to hyparquet.
 */
export function decodeFlatColumn(plan: FlatColumnPlan, chunkBytes: (index: number) => Uint8Array): PlainColumn | undefined {
  const rowCount = plan.chunks.reduce((sum, chunk) => sum + chunk.rows, 0);
  const sink = sinkFor(plan, rowCount);
  const validity = new Uint8Array(Math.ceil(rowCount / 8));
  let valid = 0;
  let row = 0;
  let levels = new Int32Array(0);
  for (let index = 0; index < plan.chunks.length; index++) {
    const chunk = plan.chunks[index]!;
    const bytes = chunkBytes(index);
    let at = 0;
    let dictionary: Uint8Array | undefined;
    let dictionarySize = 0;
    const chunkEnd = row + chunk.rows;
    sink.startChunk();
    while (row < chunkEnd) {
      const header = readPageHeader(bytes, at);
      const data = bytes.subarray(header.dataStart, header.dataStart + header.compressedSize);
      if (data.length !== header.compressedSize) throw new RangeError('a page runs past the end of its column chunk');
      at = header.dataStart + header.compressedSize;
      if (header.type === PAGE_TYPES.index) continue;
      if (header.type !== PAGE_TYPES.data && header.type !== PAGE_TYPES.dictionary) return undefined;
      const page = chunk.snappy ? uncompressed(data, header.uncompressedSize) : data;
      if (header.type === PAGE_TYPES.dictionary) {
        if (header.encoding !== ENCODINGS.plain && header.encoding !== ENCODINGS.plainDictionary) return undefined;
        dictionary = page;
        dictionarySize = header.numValues;
        sink.setDictionary(page, dictionarySize);
        continue;
      }
      const count = header.numValues;
      if (row + count > chunkEnd) throw new RangeError('a column chunk holds more values than its row group has rows');
      let position = 0;
      let present = count;
      let hasNulls = false;
      if (plan.optional) {
        if (header.definitionLevelEncoding !== ENCODINGS.rle) return undefined;
        const length = readUint32(page, 0);
        position = 4;
        // A page without NULLs (one run of level 1) needs no levels.
        if (!isSingleRun(page, position, position + length, count, 1)) {
          if (levels.length < count) levels = new Int32Array(count);
          readRleHybrid(page, position, position + length, 1, count, levels);
          present = 0;
          for (let i = 0; i < count; i++) present += levels[i]!;
          hasNulls = present < count;
        }
        position += length;
      }
      const nulls = hasNulls ? levels : undefined;
      if (header.encoding === ENCODINGS.plain) {
        sink.plain(page, position, row, count, present, nulls);
      } else if (header.encoding === ENCODINGS.rleDictionary || header.encoding === ENCODINGS.plainDictionary) {
        if (dictionary === undefined) throw new RangeError('a dictionary-encoded page comes without its dictionary');
        const bitWidth = page[position] ?? 0;
        if (bitWidth > 32) throw new RangeError(`a dictionary index of ${bitWidth} bits`);
        // Straight into the column where the sink keeps the indices as they are (text codes).
        const target = nulls === undefined ? sink.indexTarget(row, count) : undefined;
        const indices = target ?? new Int32Array(present);
        readRleHybrid(page, position + 1, page.length, bitWidth, present, indices, dictionarySize);
        if (target === undefined) sink.fromDictionary(indices, row, count, nulls);
      } else {
        return undefined;
      }
      if (nulls === undefined) {
        setBits(validity, row, row + count);
        valid += count;
      } else {
        for (let i = 0; i < count; i++) {
          if (nulls[i] === 1) validity[(row + i) >> 3]! |= 1 << ((row + i) & 7);
        }
        valid += present;
      }
      row += count;
    }
  }
  const nullCount = rowCount - valid;
  return sink.finish(rowCount, nullCount, nullCount === 0 ? undefined : validity);
}

/** Where one column's values go, by storage type. */
interface Sink {
  startChunk(): void;
  setDictionary(page: Uint8Array, size: number): void;
  /** PLAIN values: `present` of them from `position`, for rows row..row+count (`nulls`: levels, 0 = NULL). */
  plain(page: Uint8Array, position: number, row: number, count: number, present: number, nulls: Int32Array | undefined): void;
  fromDictionary(indices: Int32Array, row: number, count: number, nulls: Int32Array | undefined): void;
  /** Where rows row..row+count may take their dictionary indices as they are, if the sink keeps them so. */
  indexTarget(row: number, count: number): Int32Array | undefined;
  finish(rowCount: number, nullCount: number, validity: Uint8Array | undefined): PlainColumn;
}

function sinkFor(plan: FlatColumnPlan, rowCount: number): Sink {
  if (plan.physical === 'BOOLEAN') return new BoolSink();
  if (plan.physical === 'BYTE_ARRAY') return new BytesSink(plan.storage as 'utf8' | 'binary', rowCount);
  return new FixedWidthSink(plan.storage, rowCount);
}

class FixedWidthSink implements Sink {
  readonly #values: FixedWidthArray;
  readonly #ArrayType: new (length: number) => FixedWidthArray;
  #dictionary: FixedWidthArray | undefined;

  constructor(
    readonly storage: StorageType,
    rowCount: number,
  ) {
    this.#ArrayType = FIXED_WIDTH_ARRAYS[storage]!;
    this.#values = new this.#ArrayType(rowCount);
  }

  startChunk(): void {
    this.#dictionary = undefined;
  }

  setDictionary(page: Uint8Array, size: number): void {
    this.#dictionary = this.#read(page, 0, size);
  }

  plain(page: Uint8Array, position: number, row: number, count: number, present: number, nulls: Int32Array | undefined): void {
    const width = this.#values.BYTES_PER_ELEMENT;
    if (position + present * width > page.length) throw new RangeError('a page holds fewer values than it says');
    if (nulls === undefined) {
      // Little-endian, as every browser is: the page's bytes are the array's bytes.
      new Uint8Array(this.#values.buffer, this.#values.byteOffset + row * width, count * width).set(page.subarray(position, position + count * width));
      return;
    }
    this.#scatter(this.#read(page, position, present), row, count, nulls);
  }

  fromDictionary(indices: Int32Array, row: number, count: number, nulls: Int32Array | undefined): void {
    const dictionary = this.#dictionary as Float64Array;
    const values = this.#values as Float64Array;
    let k = 0;
    for (let i = 0; i < count; i++) if (nulls === undefined || nulls[i] === 1) values[row + i] = dictionary[indices[k++]!]!;
  }

  indexTarget(): undefined {
    return undefined;
  }

  finish(rowCount: number, nullCount: number, validity: Uint8Array | undefined): PlainColumn {
    return { type: this.storage, length: rowCount, nullCount, validity, values: this.#values };
  }

  /** `count` stored values from `position`, copied into an aligned array of their own. */
  #read(page: Uint8Array, position: number, count: number): FixedWidthArray {
    const array = new this.#ArrayType(count);
    const byteLength = count * array.BYTES_PER_ELEMENT;
    if (position + byteLength > page.length) throw new RangeError('a page holds fewer values than it says');
    new Uint8Array(array.buffer).set(page.subarray(position, position + byteLength));
    return array;
  }

  #scatter(present: FixedWidthArray, row: number, count: number, nulls: Int32Array): void {
    const values = this.#values as Float64Array;
    const source = present as Float64Array;
    let k = 0;
    for (let i = 0; i < count; i++) if (nulls[i] === 1) values[row + i] = source[k++]!;
  }
}

class BoolSink implements Sink {
  #bits = new Uint8Array(0);

  startChunk(): void {}

  setDictionary(): void {
    throw new RangeError('a boolean column with a dictionary');
  }

  plain(page: Uint8Array, position: number, row: number, count: number, present: number, nulls: Int32Array | undefined): void {
    if (position + Math.ceil(present / 8) > page.length) throw new RangeError('a page holds fewer values than it says');
    this.#grow(row + count);
    let k = 0;
    for (let i = 0; i < count; i++) {
      if (nulls !== undefined && nulls[i] !== 1) continue;
      const bit = position * 8 + k++;
      if (page[bit >> 3]! & (1 << (bit & 7))) this.#bits[(row + i) >> 3]! |= 1 << ((row + i) & 7);
    }
  }

  fromDictionary(): void {
    throw new RangeError('a boolean column with a dictionary');
  }

  indexTarget(): undefined {
    return undefined;
  }

  finish(rowCount: number, nullCount: number, validity: Uint8Array | undefined): PlainColumn {
    this.#grow(rowCount);
    return { type: 'bool', length: rowCount, nullCount, validity, values: this.#bits };
  }

  #grow(rows: number): void {
    const size = Math.ceil(rows / 8);
    if (this.#bits.length >= size) return;
    const bits = new Uint8Array(Math.max(size, this.#bits.length * 2));
    bits.set(this.#bits);
    this.#bits = bits;
  }
}

/**
 * Text and blobs. While every page of text is dictionary-encoded the rows are kept as
 * codes into one dictionary (each distinct text once, the row groups' dictionaries merged),
 * as the file stores them; a PLAIN page turns the column into bytes and offsets.
 */
class BytesSink implements Sink {
  #codes: Int32Array | undefined;
  /** The merged dictionary: each distinct value's bytes, and its code by its bytes read as Latin-1 (one char per byte). */
  readonly #texts: Uint8Array[] = [];
  readonly #codeOf = new Map<string, number>();
  readonly #latin1 = new TextDecoder('latin1');
  /** This chunk's dictionary as codes into the merged one, and as bytes. */
  #chunkCodes = new Int32Array(0);
  #chunkTexts: Uint8Array[] = [];
  /** Whether this chunk's indices are the merged codes (its dictionary came first, or adds nothing new in order). */
  #chunkCodesAreIndices = false;
  /** Plain output: the bytes and each row's end offset. */
  #bytes: Uint8Array | undefined;
  #offsets: Int32Array | undefined;
  #used = 0;

  constructor(
    readonly type: 'utf8' | 'binary',
    readonly rowCount: number,
  ) {
    if (type === 'utf8') this.#codes = new Int32Array(rowCount);
    else this.#becomePlain(0);
  }

  startChunk(): void {
    this.#chunkCodes = new Int32Array(0);
    this.#chunkTexts = [];
    this.#chunkCodesAreIndices = false;
  }

  setDictionary(page: Uint8Array, size: number): void {
    const texts = readByteArrays(page, 0, size);
    this.#chunkTexts = texts;
    this.#chunkCodes = new Int32Array(size);
    let same = true;
    for (let i = 0; i < size; i++) {
      const key = this.#latin1.decode(texts[i]);
      let code = this.#codeOf.get(key);
      if (code === undefined) {
        code = this.#texts.length;
        this.#texts.push(texts[i]!);
        this.#codeOf.set(key, code);
      }
      this.#chunkCodes[i] = code;
      same &&= code === i;
    }
    this.#chunkCodesAreIndices = same;
  }

  plain(page: Uint8Array, position: number, row: number, count: number, present: number, nulls: Int32Array | undefined): void {
    if (this.#codes !== undefined) this.#becomePlain(row);
    const values = readByteArrays(page, position, present);
    let k = 0;
    for (let i = 0; i < count; i++) this.#append(row + i, nulls === undefined || nulls[i] === 1 ? values[k++] : undefined);
  }

  fromDictionary(indices: Int32Array, row: number, count: number, nulls: Int32Array | undefined): void {
    const codes = this.#codes;
    let k = 0;
    if (codes !== undefined) {
      for (let i = 0; i < count; i++) if (nulls === undefined || nulls[i] === 1) codes[row + i] = this.#chunkCodes[indices[k++]!]!;
      return;
    }
    for (let i = 0; i < count; i++) this.#append(row + i, nulls === undefined || nulls[i] === 1 ? this.#chunkTexts[indices[k++]!] : undefined);
  }

  indexTarget(row: number, count: number): Int32Array | undefined {
    return this.#codes !== undefined && this.#chunkCodesAreIndices ? this.#codes.subarray(row, row + count) : undefined;
  }

  finish(rowCount: number, nullCount: number, validity: Uint8Array | undefined): PlainColumn {
    if (this.#codes !== undefined) {
      const dictionary = bytesColumn('utf8', this.#texts);
      return { type: 'utf8', length: rowCount, nullCount, validity, values: this.#codes, dictionary };
    }
    if (this.#used > 0x7fffffff) throw new RangeError(`a column holds ${this.#used} bytes of text, over Arrow's 2 GiB`);
    return { type: this.type, length: rowCount, nullCount, validity, values: this.#bytes!.subarray(0, this.#used), offsets: this.#offsets! };
  }

  /** From codes to bytes: the rows decoded so far (`rows` of them) are written out as text. */
  #becomePlain(rows: number): void {
    const codes = this.#codes;
    this.#codes = undefined;
    this.#bytes = new Uint8Array(1024);
    this.#offsets = new Int32Array(this.rowCount + 1);
    // NULL rows have code 0 and are written as empty; their validity bit says NULL.
    for (let row = 0; row < rows; row++) this.#append(row, this.#texts[codes![row]!]);
  }

  #append(row: number, value: Uint8Array | undefined): void {
    const length = value?.length ?? 0;
    if (this.#used + length > this.#bytes!.length) {
      const grown = new Uint8Array(Math.max(this.#used + length, this.#bytes!.length * 2));
      grown.set(this.#bytes!.subarray(0, this.#used));
      this.#bytes = grown;
    }
    if (value) this.#bytes!.set(value, this.#used);
    this.#used += length;
    this.#offsets![row + 1] = this.#used;
  }
}

/** `count` PLAIN byte arrays (a 4-byte little-endian length, then the bytes) from `position`. */
function readByteArrays(page: Uint8Array, position: number, count: number): Uint8Array[] {
  const values: Uint8Array[] = new Array(count);
  let at = position;
  for (let i = 0; i < count; i++) {
    const length = readUint32(page, at);
    at += 4;
    if (at + length > page.length) throw new RangeError('a text value runs past the end of its page');
    values[i] = page.subarray(at, at + length);
    at += length;
  }
  return values;
}

/** A column of distinct byte strings with no NULL (a dictionary). */
function bytesColumn(type: 'utf8', values: readonly Uint8Array[]): PlainColumn {
  const offsets = new Int32Array(values.length + 1);
  let size = 0;
  for (let i = 0; i < values.length; i++) offsets[i + 1] = size += values[i]!.length;
  const bytes = new Uint8Array(size);
  for (let i = 0; i < values.length; i++) bytes.set(values[i]!, offsets[i]!);
  return { type, length: values.length, nullCount: 0, validity: undefined, values: bytes, offsets };
}

function readUint32(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) throw new RangeError('a length runs past the end of its page');
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)) + bytes[at + 3]! * 0x1000000;
}

function uncompressed(data: Uint8Array, size: number): Uint8Array {
  const page = new Uint8Array(size);
  snappyUncompress(data, page);
  return page;
}

/** Sets bits from..to (exclusive). */
function setBits(bits: Uint8Array, from: number, to: number): void {
  let row = from;
  while (row < to && (row & 7) !== 0) {
    bits[row >> 3]! |= 1 << (row & 7);
    row++;
  }
  const wholeEnd = to & ~7;
  if (row < wholeEnd) {
    bits.fill(0xff, row >> 3, wholeEnd >> 3);
    row = wholeEnd;
  }
  for (; row < to; row++) bits[row >> 3]! |= 1 << (row & 7);
}

