import type { Language } from '@slt/engine';
import { html, nothing, type TemplateResult } from 'lit';
import { fill, MESSAGES } from '../i18n/messages.ts';
import type { DataTable, TableColumn } from './data-table.ts';

export interface DataTableParts {
  /** The table's caption element, if any. */
  readonly caption?: unknown;
  /** A column's header cell (a sort button, say); by default its label. */
  readonly columnHeader?: (column: TableColumn, index: number) => unknown;
}

/**
 * A DataTable as an HTML table: numbers right-aligned, row headers where a cell is one,
 * hidden cells as ':' with the explanation (k is the threshold in force).
 */
export function renderDataTable(table: DataTable, k: number | undefined, language: Language, parts: DataTableParts = {}): TemplateResult {
  const explanation = fill(MESSAGES[language].suppressedCell, { k: String(k ?? '') });
  const columnHeader =
    parts.columnHeader ?? ((column: TableColumn) => html`<th scope="col" class=${column.numeric ? 'number' : ''}>${column.label}</th>`);
  return html`<table>
    ${parts.caption ?? nothing}
    <thead>
      <tr>
        ${table.columns.map((column, index) => columnHeader(column, index))}
      </tr>
    </thead>
    <tbody>
      ${table.rows.map(
        (row) => html`<tr>
          ${row.map((entry, index) =>
            entry.suppressed
              ? html`<td class="number suppressed"><abbr title=${explanation}>:</abbr><span class="visually-hidden"> ${explanation}</span></td>`
              : entry.header
                ? html`<th scope="row">${entry.text}</th>`
                : html`<td class=${table.columns[index]?.numeric ? 'number' : ''}>${entry.text}</td>`,
          )}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The note under a chart or table that explains ':' (when a figure is hidden). */
export function renderSuppressedNote(k: number | undefined, language: Language): TemplateResult | typeof nothing {
  return k === undefined ? nothing : html`<p class="note">${fill(MESSAGES[language].suppressedNote, { k: String(k) })}</p>`;
}
