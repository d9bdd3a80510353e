import {
  Binary, Bool, DateDay, Float32, Float64, Int32, Int64, TimestampMicrosecond, Uint32, Uint64, Utf8,
  type DataType,
} from 'apache-arrow';
import type { SchemaElement, SchemaTree } from 'hyparquet';
import type { ColumnType } from './types.ts';

/** What a column is to a widget, and the Arrow type it is decoded to (none for nested columns). */
export interface ColumnDecoding {
  readonly type: ColumnType;
  readonly arrow: DataType | undefined;
}

/**
 * One place decides how each Parquet column reaches DuckDB. The Arrow types are the ones
 * DuckDB maps back to the type the pipeline wrote (INTEGER, BIGINT, DOUBLE, VARCHAR, DATE,
 * TIMESTAMP); DECIMAL becomes DOUBLE because our indicators are rates, not money.
 */
export function columnDecoding(node: SchemaTree): ColumnDecoding {
  const element = node.element;
  if (node.children.length > 0 || element.type === undefined) return { type: 'other', arrow: undefined };
  const logical = element.logical_type;
  const converted = element.converted_type;
  if (converted === 'DECIMAL' || logical?.type === 'DECIMAL') return { type: 'float', arrow: new Float64() };
  switch (element.type) {
    case 'BOOLEAN':
      return { type: 'boolean', arrow: new Bool() };
    case 'INT32':
      if (converted === 'DATE' || logical?.type === 'DATE') return { type: 'date', arrow: new DateDay() };
      if (converted === 'TIME_MILLIS' || logical?.type === 'TIME') return { type: 'other', arrow: new Int32() };
      if (isUnsigned(element, 32)) return { type: 'integer', arrow: new Uint32() };
      return { type: 'integer', arrow: new Int32() };
    case 'INT64':
      if (logical?.type === 'TIMESTAMP') {
        // DuckDB's TIMESTAMPTZ is written as adjusted to UTC; keeping that tells DuckDB it is TIMESTAMPTZ.
        return { type: 'timestamp', arrow: new TimestampMicrosecond(logical.isAdjustedToUTC ? 'UTC' : null) };
      }
      if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS') {
        return { type: 'timestamp', arrow: new TimestampMicrosecond() };
      }
      if (converted === 'TIME_MICROS' || logical?.type === 'TIME') return { type: 'other', arrow: new Int64() };
      if (isUnsigned(element, 64)) return { type: 'integer', arrow: new Uint64() };
      return { type: 'integer', arrow: new Int64() };
    case 'INT96':
      return { type: 'timestamp', arrow: new TimestampMicrosecond() };
    case 'FLOAT':
      return { type: 'float', arrow: new Float32() };
    case 'DOUBLE':
      return { type: 'float', arrow: new Float64() };
    case 'BYTE_ARRAY':
    case 'FIXED_LEN_BYTE_ARRAY':
      if (logical?.type === 'FLOAT16') return { type: 'float', arrow: new Float32() };
      if (isText(element)) return { type: 'string', arrow: new Utf8() };
      // hyparquet renders UUIDs as their usual text form.
      if (logical?.type === 'UUID') return { type: 'other', arrow: new Utf8() };
      return { type: 'other', arrow: new Binary() };
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
