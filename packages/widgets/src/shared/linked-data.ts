import type { ColumnInfo, Filter } from '@slt/engine';
import type { FilterState } from '../filters/filter-state.ts';

/**
 * The linked filters that apply to a dataset: columns it has that the element's own
 * filters do not already fix. A district chosen on a map filters a sibling's `area`
 * column, and is ignored by a sibling whose data has no such column.
 */
export function linkedFilters(filters: FilterState, columns: readonly Pick<ColumnInfo, 'name'>[], own: readonly Filter[]): Filter[] {
  return [...filters]
    .filter(([column]) => !own.some((filter) => filter.column === column) && columns.some((info) => info.name === column))
    .map(([column, values]) => ({ column, values }));
}

/** The columns a `follow` attribute names (comma- or space-separated). */
export function followedColumns(follow: string): Set<string> {
  return new Set(follow.split(/[\s,]+/).filter(Boolean));
}

/** The element's own filters that fix their column: all but those on the columns it follows. */
export function fixingFilters(own: readonly Filter[], follow: string): Filter[] {
  const followed = followedColumns(follow);
  return own.filter((filter) => !followed.has(filter.column));
}

/** The element's own filters without the defaults a linked choice replaces (a followed column chosen). */
export function keptFilters(own: readonly Filter[], linked: readonly Filter[]): Filter[] {
  return own.filter((filter) => !linked.some((choice) => choice.column === filter.column));
}
