import type { Filter, Row } from '@slt/engine';

/**
 * A reference (the municipality or the country beside the districts: `reference="area=Asker"`)
 * is read from the chart's own dataset, by its own filters. These rules say which of the
 * chart's other filters apply to it, so that every chart that draws one agrees (the bars'
 * reference line, the trend's reference series).
 */

/** The chart's filters (its own and the linked ones) that may apply to the reference: all but those on the reference's columns. */
export function referenceOthers(reference: readonly Filter[], filters: readonly Filter[]): Filter[] {
  const own = new Set(reference.map((filter) => filter.column));
  return filters.filter((filter) => !own.has(filter.column));
}

/**
 * The indices of the rows that make the reference: those meeting every filter of `others`
 * that some row meets. A filter no row of the reference can meet (`area_level=district`
 * for the municipality) is left out rather than leaving the reference empty.
 */
export function referenceRows(rows: readonly Row[], others: readonly Filter[]): number[] {
  const matches = (row: Row, filter: Filter) => filter.values.some((value) => String(value) === String(row[filter.column]));
  const applicable = others.filter((filter) => rows.some((row) => matches(row, filter)));
  return rows.flatMap((row, index) => (applicable.every((filter) => matches(row, filter)) ? [index] : []));
}

/** The words that name the reference on a chart: its filter values (`Asker`). */
export function referenceName(reference: readonly Filter[]): string {
  return reference.flatMap((filter) => filter.values.map(String)).join(', ');
}
