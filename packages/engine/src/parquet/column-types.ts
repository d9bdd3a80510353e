import type { SchemaElement, SchemaTree } from 'hyparquet';
import type { StorageType } from './columns.ts';
import type { ColumnType } from './types.ts';

/** What a column is to a widget, and how it is stored once decoded (none for nested columns). */
export interface ColumnDecoding {
  readonly type: ColumnType;
  readonly storage: StorageType | undefined;
}

/**
 * One place decides how each Parquet column reaches the page and DuckDB. The storage types
 * are the Arrow types (arrow/table.ts) DuckDB maps back to the type the pipeline wrote
 * (INTEGER, BIGINT, DOUBLE, VARCHAR, DATE, TIMESTAMP); DECIMAL becomes DOUBLE because our
 * indicators are rates, not money.
 */
export function columnDecoding(node: SchemaTree): ColumnDecoding {
  const element = node.element;
  if (node.children.length > 0 || element.type === undefined) return { type: 'other', storage: undefined };
  const logical = element.logical_type;
  const converted = element.converted_type;
  if (converted === 'DECIMAL' || logical?.type === 'DECIMAL') return { type: 'float', storage: 'float64' };
  switch (element.type) {
    case 'BOOLEAN':
      return { type: 'boolean', storage: 'bool' };
    case 'INT32':
      if (converted === 'DATE' || logical?.type === 'DATE') return { type: 'date', storage: 'date32' };
      if (converted === 'TIME_MILLIS' || logical?.type === 'TIME') return { type: 'other', storage: 'int32' };
      if (isUnsigned(element, 32)) return { type: 'integer', storage: 'uint32' };
      return { type: 'integer', storage: 'int32' };
    case 'INT64':
      if (logical?.type === 'TIMESTAMP') {
        // DuckDB's TIMESTAMPTZ is written as adjusted to UTC; keeping that tells DuckDB it is TIMESTAMPTZ.
        return { type: 'timestamp', storage: logical.isAdjustedToUTC ? 'timestamp-utc' : 'timestamp' };
      }
      if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS') {
        return { type: 'timestamp', storage: 'timestamp' };
      }
      if (converted === 'TIME_MICROS' || logical?.type === 'TIME') return { type: 'other', storage: 'int64' };
      if (isUnsigned(element, 64)) return { type: 'integer', storage: 'uint64' };
      return { type: 'integer', storage: 'int64' };
    case 'INT96':
      return { type: 'timestamp', storage: 'timestamp' };
    case 'FLOAT':
      return { type: 'float', storage: 'float32' };
    case 'DOUBLE':
      return { type: 'float', storage: 'float64' };
    case 'BYTE_ARRAY':
    case 'FIXED_LEN_BYTE_ARRAY':
      if (logical?.type === 'FLOAT16') return { type: 'float', storage: 'float32' };
      if (isText(element)) return { type: 'string', storage: 'utf8' };
      // hyparquet renders UUIDs as their usual text form.
      if (logical?.type === 'UUID') return { type: 'other', storage: 'utf8' };
      return { type: 'other', storage: 'binary' };
  }
}

function isUnsigned(element: SchemaElement, bitWidth: 32 | 64): boolean {
  const logical = element.logical_type;
  if (logical?.type === 'INTEGER') return !logical.isSigned && logical.bitWidth === bitWidth;
  return element.converted_type === `UINT_${bitWidth}`;
}

function isText(element: SchemaElement): boolean {
  const text = ['UTF8', 'ENUM', 'JSON'];
  const logicalText = ['STRING', 'ENUM', 'JSON'];
  return (
    (element.converted_type !== undefined && text.includes(element.converted_type)) ||
    (element.logical_type !== undefined && logicalText.includes(element.logical_type.type))
  );
}
