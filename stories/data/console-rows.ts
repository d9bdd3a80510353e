import type { ConsoleCell, ConsoleRow } from './console-disclosure.ts';

/** The little of an Arrow table read here (structural: apache-arrow belongs to the engine). */
export interface ArrowTable {
  readonly schema: { readonly fields: readonly { readonly name: string; readonly type: { readonly typeId: number } }[] };
  readonly numRows: number;
  getChildAt(index: number): { get(row: number): unknown } | null;
}

/**
 * Arrow rows from DuckDB-WASM as plain cells: BIGINT as a number when it is safe (as the
 * engine does), dates as ISO text, anything else exotic (DECIMAL, lists) as text.
 */
export function arrowToRows(table: ArrowTable): { columns: string[]; rows: ConsoleRow[]; numeric: Set<string> } {
  const columns = table.schema.fields.map((field) => field.name);
  const numeric = new Set(table.schema.fields.filter((field) => NUMERIC_TYPES.has(field.type.typeId)).map((field) => field.name));
  const rows: ConsoleRow[] = [];
  for (let index = 0; index < table.numRows; index++) {
    const row: ConsoleRow = {};
    for (const [position, column] of columns.entries()) row[column] = toCell(table.getChildAt(position)?.get(index));
    rows.push(row);
  }
  return { columns, rows, numeric };
}

/** Arrow's type ids for Int, Float and Decimal. */
const NUMERIC_TYPES = new Set([2, 3, 7]);

export function toCell(value: unknown): ConsoleCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value);
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}
