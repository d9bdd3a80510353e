// The dashboard's state in the page's URL (shareable among the group, restored on
// reload): the filters, the agenda's order and the case whose path is open. Pure: text in,
// state out; unknown values fall back to the defaults instead of failing.
import { isMonth } from './casework-months.ts';
import type { CaseworkFilters } from './casework-sql.ts';
import { AGENDA_SORT_KEYS, DEFAULT_AGENDA_SORT, type AgendaSort, type AgendaSortKey } from './casework-shape.ts';

export interface CaseworkState {
  readonly filters: CaseworkFilters;
  readonly sort: AgendaSort;
  /** The pseudonym whose path is shown, or ''. */
  readonly openCase: string;
}

const PREFIX = 'cw-';
const FILTER_KEYS = ['month', 'area', 'age', 'sex', 'measure', 'agency'] as const;
const PSEUDONYM = /^[a-p]{16}$/;

export function defaultState(latestMonth: string): CaseworkState {
  return { filters: { month: latestMonth, area: '', age: '', sex: '', measure: '', agency: '' }, sort: DEFAULT_AGENDA_SORT, openCase: '' };
}

/** Reads the state from a query string; values not offered by the data are dropped. */
export function readState(search: string, latestMonth: string, allowed: Readonly<Record<(typeof FILTER_KEYS)[number], readonly string[]>>): CaseworkState {
  const params = new URLSearchParams(search);
  const base = defaultState(latestMonth);
  const filters = { ...base.filters } as Record<(typeof FILTER_KEYS)[number], string>;
  for (const key of FILTER_KEYS) {
    const value = params.get(PREFIX + key);
    if (value !== null && allowed[key].includes(value) && (key !== 'month' || isMonth(value))) filters[key] = value;
  }
  const [sortKey = '', direction] = (params.get(`${PREFIX}sort`) ?? '').split(':');
  const sort: AgendaSort = (AGENDA_SORT_KEYS as readonly string[]).includes(sortKey)
    ? { key: sortKey as AgendaSortKey, descending: direction !== 'ascending' }
    : base.sort;
  const open = params.get(`${PREFIX}case`) ?? '';
  return { filters, sort, openCase: PSEUDONYM.test(open) ? open : '' };
}

/** Writes the state into a query string, keeping the page's other parameters; defaults are left out. */
export function writeState(search: string, state: CaseworkState, latestMonth: string): string {
  const params = new URLSearchParams(search);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value === '' || (key === 'month' && value === latestMonth)) params.delete(PREFIX + key);
    else params.set(PREFIX + key, value);
  }
  const sort = `${state.sort.key}:${state.sort.descending ? 'descending' : 'ascending'}`;
  if (state.sort.key === DEFAULT_AGENDA_SORT.key && state.sort.descending === DEFAULT_AGENDA_SORT.descending) params.delete(`${PREFIX}sort`);
  else params.set(`${PREFIX}sort`, sort);
  if (state.openCase) params.set(`${PREFIX}case`, state.openCase);
  else params.delete(`${PREFIX}case`);
  const text = params.toString();
  return text ? `?${text}` : '';
}
