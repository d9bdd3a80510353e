// The monthly figures added up in the page from the small count table (`cw_cube` in SQL,
// `cubeFromIndex` in the page: 15 000 rows at 1 million events), for filters on month,
// district group, age band and sex: the same sums monthlySql() makes in SQL
// (casework-cube.test.ts, casework-build.test.ts compare them). Under a measure or agency
// filter the table holds no people to choose: casework-monthly.ts counts their rows. Pure.
import type { CaseworkFilters } from './casework-sql.ts';
import type { MonthFigures } from './casework-shape.ts';
import type { CaseworkIndex } from './casework-index.ts';
import { monthOf } from './casework-months.ts';

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

/**
 * The count table (`cw_cube`) from the index built in the page: per month and cell, the
 * months with a meeting by zone and move, the concerns and the measures started (each
 * measure start is one spell). One row per month and cell with any count.
 */
export function cubeFromIndex(index: CaseworkIndex): CubeRow[] {
  const { hist, concerns, spells } = index;
  const cells = index.cells.length;
  let first = Infinity;
  let last = -Infinity;
  for (const months of [hist.month, concerns.month, spells.started]) {
    for (let i = 0; i < months.length; i++) {
      first = Math.min(first, months[i]!);
      last = Math.max(last, months[i]!);
    }
  }
  if (first > last) return [];
  const slots = (last - first + 1) * cells;
  const counts = FIGURES.map(() => new Int32Array(slots));
  const [discussed, green, yellow, orange, red, escalations, deescalations, newCases, concernCounts, started] = counts as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const byZone = [green, yellow, orange, red];
  for (let i = 0; i < hist.month.length; i++) {
    const slot = (hist.month[i]! - first) * cells + hist.cell[i]!;
    const rank = hist.rank[i]!;
    const previous = hist.previous_rank[i]!;
    discussed[slot]!++;
    byZone[rank - 1]![slot]!++;
    if (previous === 0) newCases[slot]!++;
    else if (rank > previous) escalations[slot]!++;
    else if (rank < previous) deescalations[slot]!++;
  }
  for (let i = 0; i < concerns.month.length; i++) concernCounts[(concerns.month[i]! - first) * cells + concerns.cell[i]!]!++;
  for (let i = 0; i < spells.started.length; i++) started[(spells.started[i]! - first) * cells + spells.cell[i]!]!++;
  const rows: CubeRow[] = [];
  for (let slot = 0; slot < slots; slot++) {
    if (discussed[slot] === 0 && concernCounts[slot] === 0 && started[slot] === 0) continue;
    const cell = index.cells[slot % cells]!;
    const row: Record<string, number | string> = { month: monthOf(first + Math.floor(slot / cells)), ...cell };
    FIGURES.forEach((figure, f) => (row[figure] = counts[f]![slot]!));
    rows.push(row as CubeRow);
  }
  return rows;
}
