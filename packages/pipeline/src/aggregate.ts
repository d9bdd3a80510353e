import { suppressTable } from '@slt/disclosure';
import { DISTRICT_GROUPS, MUNICIPALITY, districtGroupOf } from './areas.ts';
import { MEASURES, NO_MEASURE, PUBLIC_AGE_BANDS, SEXES, ZONES, ageBand } from './case-model.ts';
import { TRANSITION_FROM, TRANSITION_TO, type CaseYear, type Transition } from './case-periods.ts';
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

function product(lists: readonly (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

function tally(count: SuppressionCount, rows: ReadonlyArray<Readonly<Record<string, unknown>>>): void {
  for (const row of rows) {
    count.cells += 1;
    if (row.suppression === 'primary') count.primary += 1;
    else if (row.suppression === 'secondary') count.secondary += 1;
    else if (row.value === 0) count.zero += 1;
  }
}

export const CASE_COUNT_COLUMNS: readonly Column[] = [
  { name: 'period', type: 'VARCHAR' },
  { name: 'year', type: 'INTEGER' },
  { name: 'zone', type: 'VARCHAR' },
  { name: 'district_group', type: 'VARCHAR' },
  { name: 'district_group_name', type: 'VARCHAR' },
  { name: 'age_band', type: 'VARCHAR' },
  { name: 'sex', type: 'VARCHAR' },
  { name: 'measure', type: 'VARCHAR' },
  { name: 'persons', type: 'BIGINT' },
  { name: 'status', type: 'VARCHAR' },
];

const CASE_DIMENSIONS = ['zone', 'district_group', 'age_band', 'sex', 'measure'] as const;

/**
 * Young people followed per year by zone at year end x district group x age band x sex x
 * main measure, every margin included, suppressed year by year (years are separate
 * tables: nobody publishes a sum over years, which would count people twice).
 */
export function caseCounts(years: readonly CaseYear[], k: number, onYear?: (year: number) => void) {
  const count: SuppressionCount = { cells: 0, zero: 0, primary: 0, secondary: 0 };
  const rows: Array<Record<string, unknown>> = [];
  const groupName = new Map(DISTRICT_GROUPS.map((g) => [g.code, g.name]));
  const allYears = [...new Set(years.map((y) => y.year))].sort((a, b) => a - b);
  for (const year of allYears) {
    onYear?.(year);
    const records = years.filter((y) => y.year === year);
    const cells = crossCount(records, [
      ['zone', ZONES, (r) => r.zoneEnd],
      ['district_group', DISTRICT_GROUPS.map((g) => g.code), (r) => districtGroupOf(r.person.district_code).code],
      ['age_band', PUBLIC_AGE_BANDS, (r) => ageBand(r.age, PUBLIC_AGE_BANDS)],
      ['sex', SEXES, (r) => r.person.sex],
      ['measure', [...MEASURES, NO_MEASURE], (r) => r.mainMeasure],
    ]);
    const published = suppressTable(cells, { k, dimensions: CASE_DIMENSIONS });
    tally(count, published);
    for (const cell of published) {
      const group = String(cell.district_group);
      rows.push({
        period: String(year),
        year,
        zone: cell.zone,
        district_group: group,
        district_group_name: group === ALL ? MUNICIPALITY.name : groupName.get(group),
        age_band: cell.age_band,
        sex: cell.sex,
        measure: cell.measure,
        persons: cell.value,
        status: cell.status,
      });
    }
  }
  return { rows, count };
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

/** Zone-to-zone moves per quarter as a from x to table with both margins, suppressed per quarter. */
export function transitionCounts(transitions: readonly Transition[], quarters: readonly string[], k: number) {
  const count: SuppressionCount = { cells: 0, zero: 0, primary: 0, secondary: 0 };
  const rows: Array<Record<string, unknown>> = [];
  for (const quarter of quarters) {
    const cells = crossCount(
      transitions.filter((t) => t.quarter === quarter),
      [
        ['from_zone', TRANSITION_FROM, (t) => t.from],
        ['to_zone', TRANSITION_TO, (t) => t.to],
      ],
    );
    const published = suppressTable(cells, { k, dimensions: ['from_zone', 'to_zone'] });
    tally(count, published);
    for (const cell of published) {
      rows.push({
        period: quarter,
        year: Number(quarter.slice(0, 4)),
        quarter: Number(quarter.slice(5)),
        from_zone: cell.from_zone,
        to_zone: cell.to_zone,
        persons: cell.value,
        status: cell.status,
      });
    }
  }
  return { rows, count };
}
