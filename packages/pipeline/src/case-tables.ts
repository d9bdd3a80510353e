import { ALL, crossCount, tally, withOrangeOrRed, type SuppressionCount } from './aggregate.ts';
import { DEMO_AREAS, districtGroupOf, type Areas } from './areas.ts';
import { MEASURES, NO_MEASURE, ORANGE_OR_RED, PUBLIC_AGE_BANDS, SEXES, ZONES, ageBand } from './case-model.ts';
import type { CaseYear } from './case-periods.ts';
import type { Column } from './parquet.ts';

/**
 * The yearly public case tables. A year's follow-up is published as a few small
 * cross-classifications instead of one five-way cube, because about 100 young people over
 * zone x district group x age band x sex x main measure leave almost every cell at 1-4 and
 * the secondary suppression then eats the totals too.
 *
 * The tables share margins (the zone totals appear in all three, the municipality total in
 * every one), so they are one linked table per year for the disclosure control: every cell
 * of every file sits in the same five-dimensional space, with 'all' in the dimensions a
 * table does not have, and they are suppressed together (with the other time grains, in
 * `case-release.ts`). case_counts
 * holds exactly the union of the three (its old five-way detail is retired), so the four
 * files can never disagree and a reader gains nothing by combining them.
 *
 * Measures and age x sex are not crossed with zone: with a handful of young people in
 * orange and red, measure x zone and zone x age band x sex put the municipality's yellow
 * count at risk in two more years of eight (measured on the synthetic register), and the
 * zone counts are what the dashboards lead with.
 */
export const CASE_DIMENSIONS = ['zone', 'district_group', 'age_band', 'sex', 'measure'] as const;
type CaseDimension = (typeof CASE_DIMENSIONS)[number];

/** Each published table: the dimensions it crosses (the others are 'all'). */
export const YEARLY_TABLES = {
  zones: ['zone', 'district_group'],
  measures: ['measure'],
  demography: ['age_band', 'sex'],
} as const satisfies Record<string, readonly CaseDimension[]>;
export type YearlyTable = keyof typeof YEARLY_TABLES;

/** Each dimension's categories, and how a person-year is classified, over a municipality's areas. */
const categoriesOf = (areas: Areas): Readonly<Record<CaseDimension, readonly string[]>> => ({
  zone: ZONES,
  district_group: areas.groups.map((g) => g.code),
  age_band: PUBLIC_AGE_BANDS,
  sex: SEXES,
  measure: [...MEASURES, NO_MEASURE],
});

const classifiersOf = (areas: Areas): Readonly<Record<CaseDimension, (record: CaseYear) => string>> => ({
  zone: (r) => r.zoneEnd,
  district_group: (r) => districtGroupOf(r.person.district_code, areas).code,
  age_band: (r) => ageBand(r.age, PUBLIC_AGE_BANDS),
  sex: (r) => r.person.sex,
  measure: (r) => r.mainMeasure,
});

const period = [
  { name: 'period', type: 'VARCHAR' },
  { name: 'year', type: 'INTEGER' },
] as const satisfies readonly Column[];
const figures = [
  { name: 'persons', type: 'BIGINT' },
  { name: 'status', type: 'VARCHAR' },
] as const satisfies readonly Column[];
const groupColumns = [
  { name: 'district_group', type: 'VARCHAR' },
  { name: 'district_group_name', type: 'VARCHAR' },
] as const satisfies readonly Column[];
const text = (name: string): Column => ({ name, type: 'VARCHAR' });

export const CASE_COUNT_COLUMNS: readonly Column[] = [
  ...period,
  text('zone'),
  ...groupColumns,
  text('age_band'),
  text('sex'),
  text('measure'),
  ...figures,
];
export const YEARLY_TABLE_COLUMNS: Readonly<Record<YearlyTable, readonly Column[]>> = {
  zones: [...period, text('zone'), ...groupColumns, ...figures],
  measures: [...period, text('measure'), ...figures],
  demography: [...period, text('age_band'), text('sex'), ...figures],
};

export type CaseRow = Record<string, unknown>;

export interface YearlyCaseTables {
  /** case_counts.parquet: the union of the tables, in the five-dimensional layout. */
  readonly counts: { rows: CaseRow[]; count: SuppressionCount };
  readonly tables: Readonly<Record<YearlyTable, { rows: CaseRow[]; count: SuppressionCount }>>;
}

const keyOf = (cell: Readonly<Record<string, unknown>>) => CASE_DIMENSIONS.map((d) => String(cell[d])).join('|');

/** The true counts of one year: every cell of every table, once, in a fixed order. */
export function yearCells(records: readonly CaseYear[], areas: Areas = DEMO_AREAS): Array<Record<string, string | number>> {
  const [CATEGORIES, CLASSIFY] = [categoriesOf(areas), classifiersOf(areas)];
  const cells = new Map<string, Record<string, string | number>>();
  for (const dims of Object.values(YEARLY_TABLES)) {
    const crossed = crossCount(
      records,
      dims.map((d) => [d, CATEGORIES[d], CLASSIFY[d]] as const),
    );
    const counted = (dims as readonly string[]).includes('zone') ? withOrangeOrRed(crossed, 'zone') : crossed;
    for (const cell of counted) {
      const full: Record<string, string | number> = {};
      for (const d of CASE_DIMENSIONS) full[d] = (cell[d] as string | undefined) ?? ALL;
      full.value = cell.value!;
      if (!cells.has(keyOf(full))) cells.set(keyOf(full), full);
    }
  }
  return [...cells.values()];
}

/** Whether a cell of the five-dimensional layout belongs to a table: 'all' outside its dimensions. */
export function inTable(cell: Readonly<Record<string, unknown>>, table: YearlyTable): boolean {
  const dims: readonly string[] = YEARLY_TABLES[table];
  return CASE_DIMENSIONS.every((d) => dims.includes(d) || cell[d] === ALL);
}

/**
 * What the dashboards lead with, kept visible in preference to detail: the municipality's
 * count per zone (green and yellow before orange; red is nearly always below k), then each
 * district group's total and its green and yellow counts, then the other one-way margins.
 */
export function worthKeeping(cell: Readonly<Record<string, unknown>>): number {
  const others = (...dims: CaseDimension[]) => CASE_DIMENSIONS.every((d) => dims.includes(d) || cell[d] === ALL);
  const leading = cell.zone === ALL || cell.zone === 'green' || cell.zone === 'yellow' || cell.zone === ORANGE_OR_RED;
  if (others('zone')) return leading ? 4 : cell.zone === 'orange' ? 3 : 0;
  if (others('zone', 'district_group')) return cell.zone === ALL ? 2 : leading ? 1 : 0;
  if (cell.zone === ALL && (others('zone', 'measure') || others('zone', 'age_band') || others('zone', 'sex'))) return 1;
  return 0;
}

/**
 * The yearly files from the published cells of every year (suppressed in
 * `case-release.ts`, jointly with the other time grains): case_counts holds them all,
 * each narrower file the cells of its table.
 */
export function yearlyCaseFiles(
  published: ReadonlyArray<{ readonly year: number; readonly cell: Readonly<Record<string, unknown>> }>,
  areas: Areas = DEMO_AREAS,
): YearlyCaseTables {
  const empty = (): SuppressionCount => ({ cells: 0, zero: 0, primary: 0, secondary: 0 });
  const counts = { rows: [] as CaseRow[], count: empty() };
  const tables = {
    zones: { rows: [] as CaseRow[], count: empty() },
    measures: { rows: [] as CaseRow[], count: empty() },
    demography: { rows: [] as CaseRow[], count: empty() },
  };
  const groupName = new Map(areas.groups.map((g) => [g.code, g.name]));
  for (const { year, cell } of published) {
    tally(counts.count, [cell]);
    const group = String(cell.district_group);
    const row: CaseRow = {
      period: String(year),
      year,
      ...Object.fromEntries(CASE_DIMENSIONS.map((d) => [d, cell[d]])),
      district_group_name: group === ALL ? areas.municipality.name : groupName.get(group),
      persons: cell.value,
      status: cell.status,
    };
    counts.rows.push(row);
    for (const name of Object.keys(tables) as YearlyTable[]) {
      if (!inTable(cell, name)) continue;
      tables[name].rows.push(row);
      tally(tables[name].count, [cell]);
    }
  }
  return { counts, tables };
}
