import { EngineError, type Filter, type Language, type Row } from '@slt/engine';
import type { Sort } from './bars-options.ts';
import { collatorFor } from '../shared/collator.ts';
import { referenceRows } from '../shared/reference-rows.ts';

/** One bar: a category's value in one series. `value` is null when hidden or missing. */
export interface Bar {
  readonly category: string;
  readonly series: string;
  readonly value: number | null;
  /** Hidden by disclosure control: drawn and listed as ':' with the explanation. */
  readonly hidden: boolean;
}

export interface BarColumns {
  readonly category: string;
  readonly value: string;
  readonly series?: string | undefined;
}

/** Query rows to bars; `hidden[i]` names the hidden columns of row i. */
export function toBars(rows: readonly Row[], columns: BarColumns, hidden: readonly ReadonlySet<string>[] = []): Bar[] {
  return rows.map((row, index) => ({
    category: String(row[columns.category] ?? ''),
    series: columns.series ? String(row[columns.series] ?? '') : '',
    value: toValue(row[columns.value], columns.value),
    hidden: hidden[index]?.has(columns.value) ?? false,
  }));
}

export function toValue(cell: Row[string] | undefined, column: string): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'bigint') return Number(cell);
  throw new EngineError('invalid-option', `Value column "${column}" must hold numbers, found ${JSON.stringify(String(cell))}`, {
    column,
  });
}

/**
 * The bars grouped bars leave out: a series with no row for a category. Drawn as "mangler" in
 * their place (value null, not hidden), as a figure the file has as missing is, so that the
 * gap is not read as a 0.
 */
export function absentBars(bars: readonly Bar[], categories: readonly string[], series: readonly string[]): Bar[] {
  const present = new Set(bars.map((bar) => JSON.stringify([bar.category, bar.series])));
  return categories.flatMap((category) =>
    series.filter((name) => !present.has(JSON.stringify([category, name]))).map((name) => ({ category, series: name, value: null, hidden: false })),
  );
}

/** The series in order of first appearance ('' alone when there is no series column). */
export function seriesOf(bars: readonly Bar[]): string[] {
  return [...new Set(bars.map((bar) => bar.series))];
}

/**
 * Categories top to bottom. By value: the sum of a category's known values (its stacked
 * length; for grouped bars the same order as their mean), categories with no known value
 * last. Ties and `category` order follow the reader's alphabet (æ, ø, å after z).
 */
export function sortCategories(bars: readonly Bar[], sort: Sort, language: Language): string[] {
  const collator = collatorFor(language);
  const totals = new Map<string, number | null>();
  for (const bar of bars) {
    const total = totals.get(bar.category) ?? null;
    totals.set(bar.category, bar.value === null ? total : (total ?? 0) + bar.value);
  }
  const byName = (a: string, b: string) => collator.compare(a, b);
  if (sort === 'category') return [...totals.keys()].sort(byName);
  const sign = sort === 'descending' ? -1 : 1;
  return [...totals.keys()].sort((a, b) => {
    const x = totals.get(a) ?? null;
    const y = totals.get(b) ?? null;
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return x === y ? byName(a, b) : sign * (x - y);
  });
}

/** The reference value, per series ('' without series). */
export type Reference = ReadonlyMap<string, number | null>;

/**
 * The reference rows' values. The reference is read with the element's other filters;
 * a filter no reference row can meet (`area_level=district` when the reference is the
 * municipality) is about what the bars are, not what they show, and is left out.
 * Returns undefined when no row matches: a reference that is not there is not drawn.
 */
export function pickReference(
  rows: readonly Row[],
  others: readonly Filter[],
  columns: BarColumns,
  hidden: readonly ReadonlySet<string>[] = [],
): Reference | undefined {
  const reference = new Map<string, number | null>();
  for (const index of referenceRows(rows, others)) {
    const row = rows[index]!;
    const series = columns.series ? String(row[columns.series] ?? '') : '';
    if (reference.has(series)) continue; // first row wins: the query is unambiguous in practice
    reference.set(series, hidden[index]?.has(columns.value) ? null : toValue(row[columns.value], columns.value));
  }
  return reference.size > 0 ? reference : undefined;
}

/** For stacked bars: where each bar starts, after the bars of the earlier series in its category. */
export function stackStarts(bars: readonly Bar[], series: readonly string[]): Map<Bar, number> {
  const starts = new Map<Bar, number>();
  const ends = new Map<string, number>();
  const ordered = [...bars].sort((a, b) => series.indexOf(a.series) - series.indexOf(b.series));
  for (const bar of ordered) {
    const start = ends.get(bar.category) ?? 0;
    starts.set(bar, start);
    ends.set(bar.category, start + (bar.value ?? 0));
  }
  return starts;
}
