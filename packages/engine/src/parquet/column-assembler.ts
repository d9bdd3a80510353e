import type { DecodedArray } from 'hyparquet';
import { FIXED_WIDTH_ARRAYS, type FixedWidthArray, type PlainColumn, type StorageType } from './columns.ts';

/**
 * Collects the chunks hyparquet decodes for one column (one or more per row group, in any
 * order) and writes them straight into typed arrays laid out as Arrow lays them out
 * (parquet/columns.ts), without building JS row objects.
 */
export interface ColumnAssembler {
  add(rowStart: number, values: DecodedArray): void;
  finish(): PlainColumn;
}

/**
 * `dictionaryEncoded`: the file stores the column with a dictionary in every row group, so
 * its text is gathered as dictionary codes (one Int32 per row, each distinct text once)
 * rather than copied out row by row; see DictionaryTextAssembler.
 */
export function columnAssembler(type: StorageType, rowCount: number, dictionaryEncoded = false): ColumnAssembler {
  if (type === 'utf8' && dictionaryEncoded) return new DictionaryTextAssembler(rowCount);
  if (type === 'bool') return new BoolAssembler(rowCount);
  if (type === 'utf8' || type === 'binary') return new BytesAssembler(type, rowCount);
  return new FixedWidthAssembler(type, rowCount);
}

/** A validity bitmap that counts the rows marked valid, so rows never written count as null. */
class Validity {
  readonly bits: Uint8Array;
  valid = 0;

  constructor(private readonly rowCount: number) {
    this.bits = new Uint8Array(Math.ceil(rowCount / 8));
  }

  set(row: number): void {
    this.bits[row >> 3]! |= 1 << (row & 7);
    this.valid++;
  }

  /** No bitmap at all when nothing is null (as Arrow wants it). */
  props(): { nullCount: number; validity: Uint8Array | undefined } {
    const nullCount = this.rowCount - this.valid;
    return { nullCount, validity: nullCount === 0 ? undefined : this.bits };
  }
}

/** Ints, floats, dates and timestamps: one typed array of the storage type's own kind. */
class FixedWidthAssembler implements ColumnAssembler {
  readonly #values: FixedWidthArray;
  readonly #validity: Validity;

  constructor(private readonly type: StorageType, private readonly rowCount: number) {
    const ArrayType = FIXED_WIDTH_ARRAYS[type];
    if (!ArrayType) throw new TypeError(`${type} is not a fixed-width type`);
    this.#values = new ArrayType(rowCount);
    this.#validity = new Validity(rowCount);
  }

  add(rowStart: number, values: DecodedArray): void {
    const target = this.#values;
    // Required columns arrive as a typed array of the right kind: one copy, no per-value work.
    if (ArrayBuffer.isView(values) && values.constructor === target.constructor) {
      (target as Float64Array).set(values as Float64Array, rowStart);
      for (let i = 0; i < values.length; i++) this.#validity.set(rowStart + i);
      return;
    }
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) continue;
      (target as unknown as unknown[])[rowStart + i] = value;
      this.#validity.set(rowStart + i);
    }
  }

  finish(): PlainColumn {
    return { type: this.type, length: this.rowCount, values: this.#values, ...this.#validity.props() };
  }
}

class BoolAssembler implements ColumnAssembler {
  readonly #values: Uint8Array;
  readonly #validity: Validity;

  constructor(private readonly rowCount: number) {
    this.#values = new Uint8Array(Math.ceil(rowCount / 8));
    this.#validity = new Validity(rowCount);
  }

  add(rowStart: number, values: DecodedArray): void {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) continue;
      const row = rowStart + i;
      if (value) this.#values[row >> 3]! |= 1 << (row & 7);
      this.#validity.set(row);
    }
  }

  finish(): PlainColumn {
    return { type: 'bool', length: this.rowCount, values: this.#values, ...this.#validity.props() };
  }
}

/**
 * Strings and blobs. The decoder hands over raw UTF-8 bytes (see read.ts, STORAGE_PARSERS),
 * which are exactly what is stored, so no string is decoded only to be encoded again.
 * Variable lengths mean the chunks are kept until all have arrived.
 */
class BytesAssembler implements ColumnAssembler {
  readonly #chunks: { rowStart: number; values: DecodedArray }[];

  constructor(private readonly type: 'utf8' | 'binary', private readonly rowCount: number, chunks: { rowStart: number; values: DecodedArray }[] = []) {
    this.#chunks = chunks;
  }

  add(rowStart: number, values: DecodedArray): void {
    this.#chunks.push({ rowStart, values });
  }

  finish(): PlainColumn {
    const encoder = new TextEncoder();
    const cells: (Uint8Array | undefined)[] = new Array(this.rowCount);
    let byteCount = 0;
    for (const { rowStart, values } of this.#chunks) {
      for (let i = 0; i < values.length; i++) {
        const value: unknown = values[i];
        if (value === null || value === undefined) continue;
        // Some logical types (UUID) come back as text rather than bytes.
        const bytes = typeof value === 'string' ? encoder.encode(value) : (value as Uint8Array);
        cells[rowStart + i] = bytes;
        byteCount += bytes.length;
      }
    }
    if (byteCount > 0x7fffffff) throw new RangeError(`a column holds ${byteCount} bytes of text, over Arrow's 2 GiB`);
    const offsets = new Int32Array(this.rowCount + 1);
    const data = new Uint8Array(byteCount);
    const validity = new Validity(this.rowCount);
    let offset = 0;
    for (let row = 0; row < this.rowCount; row++) {
      const bytes = cells[row];
      if (bytes !== undefined) {
        data.set(bytes, offset);
        offset += bytes.length;
        validity.set(row);
      }
      offsets[row + 1] = offset;
    }
    return { type: this.type, length: this.rowCount, values: data, offsets, ...validity.props() };
  }
}

/**
 * Text of a dictionary-encoded column, as dictionary codes: what the Parquet file already
 * stores. hyparquet dereferences each row group's dictionary into the same byte array
 * objects (see read.ts, STORAGE_PARSERS), so a row's code is found by identity, and each
 * distinct object's text is looked up once to merge the row groups' dictionaries.
 * Ten million rows of a few hundred distinct values become 40 MB of codes and a few KB
 * of text instead of ten million copied strings; DuckDB reads them (as an Arrow
 * Dictionary<Utf8, Int32>) as VARCHAR.
 * A page written without its dictionary (a writer's fallback when the dictionary grows
 * too big) makes every value a new object: past MAX_DISTINCT_OBJECTS the assembler gives
 * the rows gathered so far to a plain BytesAssembler and continues as one.
 */
export class DictionaryTextAssembler implements ColumnAssembler {
  static readonly MAX_DISTINCT_OBJECTS = 1 << 16;
  readonly #maxDistinctObjects: number;
  readonly #codes: Int32Array;
  readonly #validity: Validity;
  readonly #byObject = new Map<unknown, number>();
  readonly #byText = new Map<string, number>();
  readonly #texts: Uint8Array[] = [];
  readonly #decoder = new TextDecoder();
  #plain: BytesAssembler | undefined;

  constructor(private readonly rowCount: number, maxDistinctObjects = DictionaryTextAssembler.MAX_DISTINCT_OBJECTS) {
    this.#maxDistinctObjects = maxDistinctObjects;
    this.#codes = new Int32Array(rowCount);
    this.#validity = new Validity(rowCount);
  }

  add(rowStart: number, values: DecodedArray): void {
    if (this.#plain) return this.#plain.add(rowStart, values);
    const codes = this.#codes;
    for (let i = 0; i < values.length; i++) {
      const value: unknown = values[i];
      if (value === null || value === undefined) continue;
      let code = this.#byObject.get(value);
      if (code === undefined) {
        if (this.#byObject.size >= this.#maxDistinctObjects) {
          this.#becomePlain();
          return this.#plain!.add(rowStart, values);
        }
        code = this.#codeOfText(value);
        this.#byObject.set(value, code);
      }
      codes[rowStart + i] = code;
      this.#validity.set(rowStart + i);
    }
  }

  finish(): PlainColumn {
    if (this.#plain) return this.#plain.finish();
    const dictionary = new BytesAssembler('utf8', this.#texts.length, [{ rowStart: 0, values: this.#texts }]).finish();
    return { type: 'utf8', length: this.rowCount, values: this.#codes, dictionary, ...this.#validity.props() };
  }

  #codeOfText(value: unknown): number {
    const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : (value as Uint8Array);
    const text = this.#decoder.decode(bytes);
    let code = this.#byText.get(text);
    if (code === undefined) {
      code = this.#texts.length;
      this.#texts.push(bytes);
      this.#byText.set(text, code);
    }
    return code;
  }

  /** Hands the rows gathered so far, as text, to a plain assembler. */
  #becomePlain(): void {
    const gathered: (Uint8Array | undefined)[] = new Array(this.rowCount);
    for (let row = 0; row < this.rowCount; row++) {
      if (this.#validity.bits[row >> 3]! & (1 << (row & 7))) gathered[row] = this.#texts[this.#codes[row]!];
    }
    this.#plain = new BytesAssembler('utf8', this.rowCount, [{ rowStart: 0, values: gathered as DecodedArray }]);
  }
}
