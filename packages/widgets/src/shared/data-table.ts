import type { Language } from '@slt/engine';

/**
 * The numbers behind a chart, as the reader sees them in the table view and gets them in
 * the CSV download. One shape for every element, so both views are built once.
 */
export interface TableColumn {
  readonly label: string;
  /** Right-aligned, tabular figures. */
  readonly numeric?: boolean;
}

export interface TableCell {
  /** What the reader sees: formatted in their language, ':' when hidden. */
  readonly text: string;
  /** What the CSV holds: the raw number or text, empty when hidden or missing. */
  readonly raw: string | number | null;
  /** Hidden to protect privacy (shown as ':' with the explanation). */
  readonly suppressed?: boolean;
  /** The row's header (a matrix's "from" column): announced with every cell of the row. */
  readonly header?: boolean;
}

export interface DataTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
}

export const cell = (text: string, raw: string | number | null = text): TableCell => ({ text, raw });

/**
 * CSV as the reader's spreadsheet reads it when the file is opened with a double click. In
 * Norwegian and Danish (nb, nn, da) the comma is the decimal mark, so the fields are separated
 * by semicolons and decimals written with a comma: Norwegian Excel read `11.3` as a date
 * (11 March). In English, commas and a decimal point. Raw numbers otherwise (no thousands
 * separators, every decimal), ':' for hidden cells, a BOM so Excel opens UTF-8 (æøå)
 * correctly, CRLF line ends (RFC 4180).
 */
export function toCsv(table: DataTable, language: Language): string {
  const separator = language === 'en' ? ',' : ';';
  const decimal = language === 'en' ? '.' : ',';
  const special = new RegExp(`["${separator}\r\n]`);
  // Text is quoted where it holds the separator, a quote or a line end, and where it starts
  // like a formula (a spreadsheet would run it).
  const text = (value: string) => (special.test(value) || /^[=+\-@\t]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const field = (entry: TableCell) =>
    entry.suppressed ? ':' : entry.raw === null ? '' : typeof entry.raw === 'number' ? String(entry.raw).replace('.', decimal) : text(entry.raw);
  const lines = [table.columns.map((column) => text(column.label)), ...table.rows.map((row) => row.map(field))];
  return `\ufeff${lines.map((line) => line.join(separator)).join('\r\n')}\r\n`;
}
