/**
 * Decoded columns as plain typed arrays, with no Arrow classes: what the page's evaluator
 * reads (local-query.ts, cells.ts), and what arrow/table.ts wraps, without copying, into
 * an Arrow table when a query goes to DuckDB. The buffers are laid out as Arrow lays them
 * out, so that wrapping is free; keeping apache-arrow out of this module keeps it out of
 * the first chart's code.
 */

/**
 * How a column's values are stored, one per Arrow type DuckDB maps back to the type the
 * pipeline wrote: `date32` is days since the epoch (Arrow DateDay), `timestamp` and
 * `timestamp-utc` microseconds since the epoch (TimestampMicrosecond, without and with
 * the time zone 'UTC', i.e. TIMESTAMP and TIMESTAMPTZ).
 */
export type StorageType =
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'uint64'
  | 'float32'
  | 'float64'
  | 'bool'
  | 'date32'
  | 'timestamp'
  | 'timestamp-utc'
  | 'utf8'
  | 'binary';

export type FixedWidthArray = Int32Array | Uint32Array | BigInt64Array | BigUint64Array | Float32Array | Float64Array;

/** The typed array that holds one value per row of a fixed-width storage type. */
export const FIXED_WIDTH_ARRAYS: Readonly<Partial<Record<StorageType, new (length: number) => FixedWidthArray>>> = {
  int32: Int32Array,
  uint32: Uint32Array,
  int64: BigInt64Array,
  uint64: BigUint64Array,
  float32: Float32Array,
  float64: Float64Array,
  date32: Int32Array,
  timestamp: BigInt64Array,
  'timestamp-utc': BigInt64Array,
};

/**
 * One decoded column. `values` is, by type: one typed-array element per row (numbers,
 * dates, timestamps); one bit per row, least significant first (`bool`); the UTF-8 or raw
 * bytes of every row one after the other, row i being `values[offsets[i]..offsets[i+1]]`
 * (`utf8`, `binary`); or, when `dictionary` is set, one Int32 code per row into it (text
 * the file stores with a dictionary: each distinct text once, no NULL among them).
 */
export interface PlainColumn {
  readonly type: StorageType;
  readonly length: number;
  readonly nullCount: number;
  /** Bit i (least significant first) is set when row i has a value; undefined when no row is NULL. */
  readonly validity: Uint8Array | undefined;
  readonly values: FixedWidthArray | Uint8Array | Int32Array;
  readonly offsets?: Int32Array;
  readonly dictionary?: PlainColumn;
}

/** Whether row `index` of the column has a value (is not NULL). */
export function isValid(column: PlainColumn, index: number): boolean {
  const bits = column.validity;
  return bits === undefined || (bits[index >> 3]! & (1 << (index & 7))) !== 0;
}
