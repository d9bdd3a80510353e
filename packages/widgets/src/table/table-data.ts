import { formatDate, formatNumber, formatValue, type Cell, type ColumnInfo, type Language, type Row } from '@slt/engine';
import { MESSAGES } from '../i18n/messages.ts';
import type { DataTable, TableCell } from '../shared/data-table.ts';
import type { Direction, TableOptions } from './table-options.ts';
import { TABLE_MESSAGES } from './slt-table.messages.ts';
import { collatorFor } from '../shared/collator.ts';

/** One row of the result, with the names of its hidden cells. */
export interface TableRow {
  readonly cells: Row;
  readonly hidden: ReadonlySet<string>;
}

export interface SortState {
  readonly column: string;
  readonly direction: Direction;
}

/** Years and codes are integers but not quantities: no group separator, left-aligned. */
const LABEL_LIKE = /(^|_)(year|aar|år|code|kode|id)$/i;

/** Whether a column holds quantities: right-aligned and formatted for the reader. */
export function isNumeric(column: ColumnInfo, options: Pick<TableOptions, 'units'>): boolean {
  if (options.units.has(column.name)) return true;
  return (column.type === 'float' || column.type === 'integer') && !LABEL_LIKE.test(column.name);
}

/**
 * Rows in the chosen order: numbers by value, dates by time, text in the reader's
 * alphabet with numbers in it read as numbers ("2" before "10"). Empty and hidden cells
 * come last either way, so a reader sorting for the largest does not start on ':'.
 */
export function sortRows(rows: readonly TableRow[], sort: SortState | undefined, language: Language): TableRow[] {
  if (!sort) return [...rows];
  const collator = collatorFor(language, true);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const known = (row: TableRow) => !row.hidden.has(sort.column) && row.cells[sort.column] !== null && row.cells[sort.column] !== undefined;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = known(a.row);
      const y = known(b.row);
      if (!x || !y) return x === y ? a.index - b.index : x ? -1 : 1;
      return sign * compare(a.row.cells[sort.column]!, b.row.cells[sort.column]!, collator) || a.index - b.index;
    })
    .map(({ row }) => row);
}

function compare(a: NonNullable<Cell>, b: NonNullable<Cell>, collator: Intl.Collator): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) return a < b ? -1 : a > b ? 1 : 0;
  return collator.compare(String(a), String(b));
}

/** A column's header: its label from `labels`, else its name. */
export const labelOf = (column: string, options: Pick<TableOptions, 'labels'>) => options.labels.get(column) ?? column;

/** The rows as the reader sees them (formatted, ':' for hidden) and as the CSV holds them (raw). */
export function toDataTable(rows: readonly TableRow[], columns: readonly ColumnInfo[], options: TableOptions, language: Language): DataTable {
  return {
    columns: columns.map((column) => ({ label: labelOf(column.name, options), numeric: isNumeric(column, options) })),
    rows: rows.map((row) => columns.map((column) => tableCell(row, column, options, language))),
  };
}

function tableCell(row: TableRow, column: ColumnInfo, options: TableOptions, language: Language): TableCell {
  if (row.hidden.has(column.name)) return { text: ':', raw: null, suppressed: true };
  const value = row.cells[column.name];
  if (value === null || value === undefined) return { text: MESSAGES[language].valueMissing, raw: null };
  if (typeof value === 'boolean') {
    return { text: value ? TABLE_MESSAGES[language].yes : TABLE_MESSAGES[language].no, raw: String(value) };
  }
  if (value instanceof Date) return { text: formatDate(value, language, 'short'), raw: value.toISOString().slice(0, 10) };
  if (typeof value === 'number' || typeof value === 'bigint') {
    const number = Number(value);
    const unit = options.units.get(column.name);
    const raw = typeof value === 'bigint' ? value.toString() : value;
    if (unit) return { text: formatValue(number, unit, language, options.decimals), raw };
    if (!isNumeric(column, options)) return { text: String(value), raw };
    return { text: formatNumber(number, language, column.type === 'integer' ? 0 : options.decimals), raw };
  }
  return { text: value, raw: value };
}
