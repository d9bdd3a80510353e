import { CONFIDENTIAL } from '@slt/disclosure';
import type { Language } from '../format.ts';
import type { Cell, Row } from '../rows.ts';

/** What a widget needs of a result to show hidden figures: rows, what is hidden, and k. */
export interface ProtectedResult {
  readonly rows: readonly Row[];
  readonly suppressed: ReadonlyArray<ReadonlySet<string>>;
  readonly k: number | null;
}

/** A figure as a widget shows it: the number, or hidden (show ':' and the explanation). */
export type Figure =
  | { readonly hidden: false; readonly value: Cell }
  | { readonly hidden: true; readonly value: null; readonly symbol: typeof CONFIDENTIAL };

/** Whether the value in a row's column is hidden (null in the row, never a true 0). */
export function isSuppressed(result: ProtectedResult, row: number, column: string): boolean {
  return result.suppressed[row]?.has(column) ?? false;
}

/** A row's figure in a column, hidden or not. */
export function figureAt(result: ProtectedResult, row: number, column: string): Figure {
  if (isSuppressed(result, row, column)) return { hidden: true, value: null, symbol: CONFIDENTIAL };
  return { hidden: false, value: result.rows[row]?.[column] ?? null };
}

/**
 * The published total: the row whose dimensions are the margin category (`'all'`) and
 * whose other columns match `where`, e.g. `publishedMargin(result, { year: 2024, zone: 'all' },
 * 'persons')`. Totals are read, never summed from the visible parts: a sum over what is
 * visible leaves out the hidden cells, and a sum that includes them would give them away.
 * Undefined when the result holds no such row (select the 'all' rows with the parts).
 */
export function publishedMargin(
  result: ProtectedResult,
  where: Readonly<Record<string, Cell>>,
  column: string,
): Figure | undefined {
  const entries = Object.entries(where);
  const index = result.rows.findIndex((row) => entries.every(([name, value]) => sameCell(row[name] ?? null, value)));
  return index < 0 ? undefined : figureAt(result, index, column);
}

const EXPLANATION: Readonly<Record<Language, (k: number) => string>> = {
  nb: (k) => `skjult av personvernhensyn: færre enn ${k}`,
  nn: (k) => `skjult av omsyn til personvernet: færre enn ${k}`,
  da: (k) => `skjult af hensyn til privatlivets fred: færre end ${k}`,
  en: (k) => `hidden to protect privacy: fewer than ${k}`,
};

/** The explanation shown with ':' (as text next to it, and as its accessible name). */
export function suppressionNote(k: number, language: Language): string {
  return EXPLANATION[language](k);
}

export function sameCell(a: Cell, b: Cell): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}
