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

/**
 * A scope's name in the URL (`slt-url="ung"`: `?f.ung.area=Borgen`), so two scopes on one
 * page keep their own choices; letters, digits, `-` and `_`. Empty: the unnamed scope
 * (`?f.area=Borgen`), whose columns never hold a dot.
 */
export function urlScopeName(attribute: string | null): string {
  return (attribute ?? '').trim().replace(/[^\w-]/g, '');
}

/** The column a URL parameter carries for the scope `scope`, or undefined when it is not the scope's. */
function columnOf(name: string, scope: string): string | undefined {
  const prefix = scope ? `${URL_PREFIX}${scope}.` : URL_PREFIX;
  if (!name.startsWith(prefix) || name.length === prefix.length) return undefined;
  const column = name.slice(prefix.length);
  return scope === '' && column.includes('.') ? undefined : column;
}

/** Reads a scope's filters from a query string (other parameters are left alone). */
export function filtersFromSearch(search: string, scope = ''): FilterState {
  const state = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(search)) {
    const column = columnOf(name, scope);
    if (column === undefined || value === '') continue;
    state.set(column, [...(state.get(column) ?? []), value]);
  }
  return state;
}

/** Writes a scope's filters into a query string, keeping every other parameter as it was. */
export function searchWithFilters(search: string, state: FilterState, scope = ''): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (columnOf(name, scope) !== undefined) params.delete(name);
  const prefix = scope ? `${URL_PREFIX}${scope}.` : URL_PREFIX;
  for (const [column, values] of [...state].sort(([a], [b]) => a.localeCompare(b))) {
    for (const value of values) params.append(`${prefix}${column}`, value);
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
