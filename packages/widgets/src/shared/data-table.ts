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
 * CSV as spreadsheets in Norway and Denmark read it: semicolon-separated (the comma is the
 * decimal mark there), raw numbers with a decimal point, ':' for hidden cells, a BOM so
 * Excel opens UTF-8 (æøå) correctly, CRLF line ends (RFC 4180).
 */
export function toCsv(table: DataTable): string {
  const quote = (value: string) => (/[";\r\n]/.test(value) || /^[=+\-@\t]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = [
    table.columns.map((column) => quote(column.label)),
    ...table.rows.map((row) => row.map((entry) => (entry.suppressed ? ':' : entry.raw === null ? '' : quote(String(entry.raw))))),
  ];
  return `\ufeff${lines.map((line) => line.join(';')).join('\r\n')}\r\n`;
}
