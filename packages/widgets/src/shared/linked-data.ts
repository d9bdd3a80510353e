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
