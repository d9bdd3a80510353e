// The monthly figures under a measure or agency filter, counted in the page from the index
// (casework-index.ts): the count table (casework-cube.ts) holds no people, so these count
// the people's own rows, as monthlySql does in SQL (casework-build.test.ts compares the two
// for every filter). A pass over the months with a meeting (700 000 at 1M events) in whole
// numbers: a few milliseconds, and no DuckDB-WASM needed for any filter.
import { cellsInFilter, peopleInFilter, type CaseworkIndex } from './casework-index.ts';
import { monthIndex, monthOf } from './casework-months.ts';
import type { MonthFigures } from './casework-shape.ts';
import type { CaseworkFilters } from './casework-sql.ts';

/** As monthlySql(filters): the months up to the month with a row counted, in order. */
export function monthlyFromIndex(index: CaseworkIndex, filters: CaseworkFilters): MonthFigures[] {
  const month = monthIndex(filters.month);
  const cells = cellsInFilter(index, filters);
  const people = peopleInFilter(index, filters, month);
  const counted = (person: number, cell: number) => cells[cell] && (!people || people[person] === 1);
  const byMonth = new Map<number, { -readonly [K in keyof MonthFigures]: MonthFigures[K] }>();
  const at = (m: number) => {
    let figures = byMonth.get(m);
    if (!figures) byMonth.set(m, (figures = { month: monthOf(m), discussed: 0, green: 0, yellow: 0, orange: 0, red: 0, escalations: 0, deescalations: 0, new_cases: 0, concerns: 0, measures_started: 0 }));
    return figures;
  };
  const zones = ['green', 'yellow', 'orange', 'red'] as const;
  const { hist, concerns, spells } = index;
  for (let i = 0; i < hist.month.length; i++) {
    if (hist.month[i]! > month || !counted(hist.person[i]!, hist.cell[i]!)) continue;
    const figures = at(hist.month[i]!);
    const rank = hist.rank[i]!;
    const previous = hist.previous_rank[i]!;
    figures.discussed++;
    figures[zones[rank - 1]!]++;
    if (previous === 0) figures.new_cases++;
    else if (rank > previous) figures.escalations++;
    else if (rank < previous) figures.deescalations++;
  }
  for (let i = 0; i < concerns.month.length; i++) if (concerns.month[i]! <= month && counted(concerns.person[i]!, concerns.cell[i]!)) at(concerns.month[i]!).concerns++;
  for (let i = 0; i < spells.started.length; i++) if (spells.started[i]! <= month && counted(spells.person[i]!, spells.cell[i]!)) at(spells.started[i]!).measures_started++;
  return [...byMonth.keys()].sort((a, b) => a - b).map((m) => byMonth.get(m)!);
}
