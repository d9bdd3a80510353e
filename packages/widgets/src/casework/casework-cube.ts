// The monthly figures and the concerns by type and agency, added up in the page from the
// small count tables DuckDB made when the file opened (`cw_cube`, `cw_concern_cube`), for
// filters on month, district group, age band and sex. The same sums monthlySql() and
// concernsSql() make in SQL (casework-cube.test.ts compares them); a filter change then
// asks DuckDB-WASM for the agenda and the measures only, which need each person's rows.
// Pure: rows in, rows out.
import type { CaseworkFilters } from './casework-sql.ts';
import type { MonthFigures } from './casework-shape.ts';
import { addMonths } from './casework-months.ts';

const FIGURES = ['discussed', 'green', 'yellow', 'orange', 'red', 'escalations', 'deescalations', 'new_cases', 'concerns', 'measures_started'] as const;
type Figure = (typeof FIGURES)[number];

/** One row of `cw_cube`: the counts of a month, district group, age band and sex. */
export type CubeRow = { readonly month: string; readonly area_code: string; readonly age_band: string; readonly sex: string } & Readonly<Record<Figure, number>>;

/** One row of `cw_concern_cube`. */
export interface ConcernCubeRow {
  readonly month: string;
  readonly category: string;
  readonly agency: string;
  readonly area_code: string;
  readonly age_band: string;
  readonly sex: string;
  readonly concerns: number;
}

/** One row of concernsSql(). */
export interface ConcernFigures {
  readonly concern_type: string;
  readonly agency: string;
  readonly concerns: number;
}

/** Whether the cubes can answer: they hold no people, so not for a measure or agency filter. */
export const cubesAnswer = (filters: CaseworkFilters): boolean => !filters.measure && !filters.agency;

const inFilter = (row: { area_code: string; age_band: string; sex: string }, filters: CaseworkFilters) =>
  (!filters.area || row.area_code === filters.area) && (!filters.age || row.age_band === filters.age) && (!filters.sex || row.sex === filters.sex);

/** As monthlySql(filters) without a measure or agency filter: the months up to `month` with a row in the filter, in order. */
export function monthlyFromCube(cube: readonly CubeRow[], filters: CaseworkFilters): MonthFigures[] {
  const byMonth = new Map<string, Record<Figure, number>>();
  for (const row of cube) {
    if (row.month > filters.month || !inFilter(row, filters)) continue;
    let sums = byMonth.get(row.month);
    if (!sums) byMonth.set(row.month, (sums = Object.fromEntries(FIGURES.map((figure) => [figure, 0])) as Record<Figure, number>));
    for (const figure of FIGURES) sums[figure] += row[figure];
  }
  return [...byMonth.keys()].sort().map((month) => ({ month, ...byMonth.get(month)! }));
}

/** As concernsSql(filters) without a measure or agency filter: the 12 months to `month`, by type and agency, in order. */
export function concernsFromCube(cube: readonly ConcernCubeRow[], filters: CaseworkFilters): ConcernFigures[] {
  const from = addMonths(filters.month, -11);
  const counts = new Map<string, ConcernFigures & { concerns: number }>();
  for (const row of cube) {
    if (row.month > filters.month || row.month < from || !inFilter(row, filters)) continue;
    const key = `${row.category}\u0000${row.agency}`;
    const known = counts.get(key);
    if (known) known.concerns += row.concerns;
    else counts.set(key, { concern_type: row.category, agency: row.agency, concerns: row.concerns });
  }
  // SQL's order: text by its characters, a missing value last.
  const order = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  return [...counts.values()].sort((a, b) => order(a.concern_type, b.concern_type) || order(a.agency, b.agency));
}
