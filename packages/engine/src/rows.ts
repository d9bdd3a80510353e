import { DataType, type Table } from 'apache-arrow';

/** A cell as widgets see it: no BigInt unless the number would lose precision, dates as Date. */
export type Cell = string | number | boolean | Date | bigint | null;
export type Row = Record<string, Cell>;

/**
 * Turns an Arrow result into plain rows. BIGINT (and HUGEINT) becomes a number when it
 * is a safe integer, DATE and TIMESTAMP become Date; a BigInt beyond 2^53 stays a BigInt
 * rather than silently losing digits.
 */
export function toRows(table: Table): Row[] {
  const fields = table.schema.fields;
  const vectors = fields.map((_, index) => table.getChildAt(index));
  const rows: Row[] = new Array(table.numRows);
  for (let rowIndex = 0; rowIndex < table.numRows; rowIndex++) {
    const row: Row = {};
    fields.forEach((field, columnIndex) => {
      row[field.name] = toCell(vectors[columnIndex]?.get(rowIndex), field.type);
    });
    rows[rowIndex] = row;
  }
  return rows;
}

/** One Arrow value as a plain cell (shared by the DuckDB and the in-page query paths). */
export function toCell(value: unknown, type: DataType): Cell {
  if (value === null || value === undefined) return null;
  if (DataType.isDate(type) || DataType.isTimestamp(type)) {
    return value instanceof Date ? value : new Date(Number(value));
  }
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Decimals arrive as doubles (castDecimalToDouble); anything else is shown as text.
  return String(value);
}
