import {
  Binary, Bool, DateDay, Dictionary, Field, Float32, Float64, Int32, Int64, makeData, makeVector, RecordBatch, Schema, Struct,
  Table, TimestampMicrosecond, Uint32, Uint64, Utf8, type Data, type DataType,
} from 'apache-arrow';
import { readColumns, type ParquetFile, type PlainColumn, type StorageType } from '../parquet/index.ts';

/**
 * Decoded columns (parquet/columns.ts) as an apache-arrow 17 Table, for DuckDB-WASM
 * (`conn.insertArrowTable`). The buffers are already laid out as Arrow wants them, so this
 * wraps them without copying. Only the DuckDB path loads this module (duckdb/runtime.ts,
 * by dynamic import): the page answers from the plain columns, and no Arrow code is in
 * the first chart's download.
 */
export function arrowTable(columns: ReadonlyMap<string, PlainColumn>, rowCount: number): Table {
  const children = [...columns.values()].map(arrowData);
  const schema = new Schema([...columns.keys()].map((name, index) => new Field(name, children[index]!.type, true)));
  const batch = new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: rowCount, children }));
  return new Table(schema, [batch]);
}

/** Decodes the named columns of a file straight into an Arrow table (tests, tools). */
export async function readColumnsAsArrow(file: ParquetFile, columns: readonly string[]): Promise<Table> {
  return arrowTable(await readColumns(file, columns), file.info.rowCount);
}

/** The Arrow type of each storage type: the ones DuckDB maps back to what the pipeline wrote. */
export function arrowType(type: StorageType): DataType {
  switch (type) {
    case 'int32':
      return new Int32();
    case 'uint32':
      return new Uint32();
    case 'int64':
      return new Int64();
    case 'uint64':
      return new Uint64();
    case 'float32':
      return new Float32();
    case 'float64':
      return new Float64();
    case 'bool':
      return new Bool();
    case 'date32':
      return new DateDay();
    case 'timestamp':
      return new TimestampMicrosecond();
    case 'timestamp-utc':
      // DuckDB's TIMESTAMPTZ is written as adjusted to UTC; the time zone tells DuckDB it is one.
      return new TimestampMicrosecond('UTC');
    case 'utf8':
      return new Utf8();
    case 'binary':
      return new Binary();
  }
}

function arrowData(column: PlainColumn): Data {
  const common = { length: column.length, nullCount: column.nullCount, nullBitmap: column.validity, data: column.values };
  if (column.dictionary) {
    const dictionary = makeVector(arrowData(column.dictionary));
    return makeData({ type: new Dictionary(arrowType(column.type), new Int32()), ...common, data: column.values as Int32Array, dictionary });
  }
  // makeData's overloads want the concrete Arrow type at compile time; here it is only known
  // at run time, so the buffers go through its untyped overload (arrowType and the decoder
  // agree on the layout: parquet/columns.ts).
  const props: { type: DataType } = { type: arrowType(column.type), ...common, ...(column.offsets ? { valueOffsets: column.offsets } : {}) };
  return makeData(props);
}
