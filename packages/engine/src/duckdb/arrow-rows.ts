import { DataType, type Table } from 'apache-arrow';
import { integerCell, type Cell, type Row } from '../rows.ts';

/**
 * Turns DuckDB-WASM's Arrow answer into plain rows. BIGINT (and HUGEINT) becomes a number
 * when it is a safe integer, DATE and TIMESTAMP become Date; a BigInt beyond 2^53 stays a
 * BigInt rather than silently losing digits. The page reads its columns into the same
 * cells (cells.ts).
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

/** One Arrow value as a plain cell. */
export function toCell(value: unknown, type: DataType): Cell {
  if (value === null || value === undefined) return null;
  if (DataType.isDate(type) || DataType.isTimestamp(type)) {
    return value instanceof Date ? value : new Date(Number(value));
  }
  if (typeof value === 'bigint') return integerCell(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Decimals arrive as doubles (castDecimalToDouble); anything else is shown as text.
  return String(value);
}
