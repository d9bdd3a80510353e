/**
 * The filters a group of linked widgets share: column -> the values chosen (any of).
 * Pure data and its URL form, so both are testable without a DOM.
 */
export type FilterState = ReadonlyMap<string, readonly string[]>;

/** A new state with one column's choice set, or removed when `values` is empty or null. */
export function withFilter(state: FilterState, column: string, values: readonly string[] | null): FilterState {
  const next = new Map(state);
  if (values && values.length > 0) next.set(column, [...values]);
  else next.delete(column);
  return next;
}

/** Prefix of the URL parameters that carry the filters: `?f.area=Borgen&f.sex=female`. */
export const URL_PREFIX = 'f.';

/** Reads the filters from a query string (other parameters are left alone). */
export function filtersFromSearch(search: string): FilterState {
  const state = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(search)) {
    if (!name.startsWith(URL_PREFIX) || name.length === URL_PREFIX.length || value === '') continue;
    const column = name.slice(URL_PREFIX.length);
    state.set(column, [...(state.get(column) ?? []), value]);
  }
  return state;
}

/** Writes the filters into a query string, keeping every other parameter as it was. */
export function searchWithFilters(search: string, state: FilterState): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (name.startsWith(URL_PREFIX)) params.delete(name);
  for (const [column, values] of [...state].sort(([a], [b]) => a.localeCompare(b))) {
    for (const value of values) params.append(`${URL_PREFIX}${column}`, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameFilters(a: FilterState, b: FilterState): boolean {
  if (a.size !== b.size) return false;
  for (const [column, values] of a) {
    const other = b.get(column);
    if (!other || other.length !== values.length || values.some((value, index) => other[index] !== value)) return false;
  }
  return true;
}
