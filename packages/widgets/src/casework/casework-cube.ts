// The monthly figures added up in the page from the small count table DuckDB made when the
// file opened (`cw_cube`: 15 000 rows at 1 million events), for filters on month, district
// group, age band and sex. The same sums monthlySql() makes in SQL (casework-cube.test.ts
// compares them); a filter change then asks DuckDB-WASM only for the views that need
// people's rows. (The concerns' table is five times larger: adding it up here was no
// faster than in DuckDB, and reading it into the page cost 0.6 s at open.) Pure: rows in,
// rows out.
import type { CaseworkFilters } from './casework-sql.ts';
import type { MonthFigures } from './casework-shape.ts';

const FIGURES = ['discussed', 'green', 'yellow', 'orange', 'red', 'escalations', 'deescalations', 'new_cases', 'concerns', 'measures_started'] as const;
type Figure = (typeof FIGURES)[number];

/** One row of `cw_cube`: the counts of a month, district group, age band and sex. */
export type CubeRow = { readonly month: string; readonly area_code: string; readonly age_band: string; readonly sex: string } & Readonly<Record<Figure, number>>;

/** Whether the cube can answer: it holds no people, so not for a measure or agency filter. */
export const cubeAnswers = (filters: CaseworkFilters): boolean => !filters.measure && !filters.agency;

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
