import { ORANGE_OR_RED } from './case-model.ts';
import { TRANSITION_FROM, TRANSITION_TO, type Transition } from './case-periods.ts';
import type { Column } from './parquet.ts';

/** The category of a margin row in every dimension column. */
export const ALL = 'all';

export interface SuppressionCount {
  cells: number;
  zero: number;
  primary: number;
  secondary: number;
}

/**
 * Counts every combination of the dimensions, including each margin ('all'), from the
 * records. Zero cells are kept: a published table shows true zeros as 0.
 */
export function crossCount<R>(
  records: readonly R[],
  dimensions: ReadonlyArray<readonly [string, readonly string[], (record: R) => string]>,
): Array<Record<string, string | number>> {
  const counts = new Map<string, number>();
  const options = dimensions.map(([, categories]) => [...categories, ALL]);
  for (const record of records) {
    const own = dimensions.map(([name, categories, of]) => {
      const category = of(record);
      if (!categories.includes(category)) throw new Error(`unexpected ${name}: ${category}`);
      return [category, ALL];
    });
    for (const combination of product(own)) {
      const key = combination.join('|');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return product(options).map((combination) => {
    const row: Record<string, string | number> = {};
    dimensions.forEach(([name], d) => (row[name] = combination[d]!));
    row.value = counts.get(combination.join('|')) ?? 0;
    return row;
  });
}

/**
 * Adds the "orange or red" rows to counted cells: for every cell whose `dimension` is
 * orange, a cell with orange_or_red = orange + red and the same other categories. Rows
 * come back in a fixed order: the zones, then orange_or_red, then the margin ('all').
 */
export function withOrangeOrRed<C extends Record<string, string | number>>(cells: readonly C[], dimension: string): C[] {
  const keyOf = (cell: Record<string, unknown>) =>
    Object.entries(cell)
      .filter(([name]) => name !== dimension && typeof cell[name] === 'string')
      .map(([name, value]) => `${name}=${String(value)}`)
      .join('|');
  const red = new Map(cells.filter((c) => c[dimension] === 'red').map((c) => [keyOf(c), c]));
  const combined = cells
    .filter((c) => c[dimension] === 'orange')
    .map((orange) => {
      const redCell = red.get(keyOf(orange));
      if (!redCell) throw new Error(`no red cell next to ${keyOf(orange)}`);
      const sum: Record<string, string | number> = { ...orange, [dimension]: ORANGE_OR_RED };
      for (const [name, value] of Object.entries(orange)) {
        if (typeof value === 'number') sum[name] = value + Number(redCell[name]);
      }
      return sum as C;
    });
  return [...cells.filter((c) => c[dimension] !== ALL), ...combined, ...cells.filter((c) => c[dimension] === ALL)];
}

export function product(lists: readonly (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

export function tally(count: SuppressionCount, rows: ReadonlyArray<Readonly<Record<string, unknown>>>): void {
  for (const row of rows) {
    count.cells += 1;
    if (row.suppression === 'primary') count.primary += 1;
    else if (row.suppression === 'secondary') count.secondary += 1;
    else if (row.value === 0) count.zero += 1;
  }
}

export const TRANSITION_COLUMNS: readonly Column[] = [
  { name: 'period', type: 'VARCHAR' },
  { name: 'year', type: 'INTEGER' },
  { name: 'quarter', type: 'INTEGER' },
  { name: 'from_zone', type: 'VARCHAR' },
  { name: 'to_zone', type: 'VARCHAR' },
  { name: 'persons', type: 'BIGINT' },
  { name: 'status', type: 'VARCHAR' },
];

/**
 * Zone-to-zone moves in one quarter as a from x to table with both margins (true counts).
 * The to_zone margin is the quarter's zone count, the from_zone margin the quarter
 * before's, so `case-release.ts` suppresses every quarter together with the other grains.
 */
export function transitionCells(transitions: readonly Transition[], quarter: string) {
  const cells = crossCount(
    transitions.filter((t) => t.quarter === quarter),
    [
      ['from_zone', TRANSITION_FROM, (t) => t.from],
      ['to_zone', TRANSITION_TO, (t) => t.to],
    ],
  );
  return withOrangeOrRed(withOrangeOrRed(cells, 'from_zone'), 'to_zone');
}
