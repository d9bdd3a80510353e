import type { Engine, Row, SelectOptions, Unit } from '@slt/engine';
import { canAverage, pooledCounts, windowLabel, windowReference, type YearCounts } from './average-view.ts';
import { monthsToCompare, type CaseFacts, type IndicatorFacts } from './dashboard-summary.ts';
import { differsClearly, type Counts } from '../shared/wilson.ts';

/** A row's counts, when both are shown. */
function countsOf(row: Row | undefined): Counts | undefined {
  const [numerator, denominator] = [number(row?.numerator), number(row?.denominator)];
  return numerator === null || denominator === null ? undefined : { numerator, denominator };
}

/** An indicator as the dashboards ask for it. */
export interface IndicatorSpec {
  /** Key into the messages' `indicators` (e.g. `neet_16_25`). */
  readonly key: string;
  readonly indicator: string;
  readonly ageGroup: string;
  readonly unit: Unit;
}

const number = (cell: Row[string] | undefined): number | null => (typeof cell === 'number' ? cell : typeof cell === 'bigint' ? Number(cell) : null);

/** The areas of the indicator file: the municipality's and the country's names, the districts. */
export async function areasOf(engine: Engine, src: string): Promise<{ municipality: string; country: string; districts: string[] }> {
  const { rows } = await engine.select(src, { columns: ['area', 'area_level'], filters: [{ column: 'indicator', values: ['neet'] }, { column: 'sex', values: ['all'] }, { column: 'age_group', values: ['16-25'] }] });
  const names = (level: string) => [...new Set(rows.filter((row) => row.area_level === level).map((row) => String(row.area)))];
  return { municipality: names('municipality')[0] ?? '', country: names('country')[0] ?? '', districts: names('district') };
}

/**
 * One indicator's summary figures: the latest period and the one before for the
 * municipality, the country's, the highest district and the district in focus.
 * Hidden figures come back null from the engine (disclosure control), never as numbers.
 */
export async function indicatorFacts(
  engine: Engine,
  src: string,
  spec: IndicatorSpec,
  areas: { municipality: string; country: string; focus?: string | undefined; sex?: string | undefined },
  options: SelectOptions,
): Promise<IndicatorFacts & { year: number }> {
  const { rows } = await engine.select(
    src,
    {
      columns: ['area', 'area_level', 'period', 'year', 'value', 'numerator', 'denominator'],
      filters: [
        { column: 'indicator', values: [spec.indicator] },
        { column: 'age_group', values: [spec.ageGroup] },
        { column: 'sex', values: [areas.sex ?? 'all'] },
      ],
      orderBy: ['year'],
    },
    options,
  );
  const years = [...new Set(rows.map((row) => Number(row.year)))].sort((a, b) => a - b);
  const year = years.at(-1) ?? 0;
  const before = years.at(-2);
  const at = (y: number | undefined, area: string) => rows.find((row) => Number(row.year) === y && row.area === area);
  const latest = rows.filter((row) => Number(row.year) === year);
  const districts = latest
    .filter((row) => row.area_level === 'district' && number(row.value) !== null)
    .map((row) => ({ area: String(row.area), value: number(row.value)! }))
    .sort((a, b) => b.value - a.value);
  const focusArea = areas.focus || districts[0]?.area;
  const focusRow = focusArea ? at(year, focusArea) : undefined;
  // The counts behind the share (hidden with it), for the test against the country.
  // Its 3-year figure, pooled from the counts, for the sentence beside the averaged trend
  // and, in the averaged view, the test against the country's figure over the same years.
  const scale = spec.unit === 'percent' ? 100 : spec.unit === 'per_1000' ? 1000 : undefined;
  const yearsOf = (area: string | undefined): YearCounts[] =>
    rows
      .filter((row) => row.area === area)
      .map((row) => ({ year: Number(row.year), numerator: number(row.numerator), denominator: number(row.denominator), value: number(row.value) }));
  const poolable = scale !== undefined && canAverage({ period: String(focusRow?.period ?? '') });
  const counts = poolable ? pooledCounts(yearsOf(focusArea), year) : null;
  const pooled = counts && counts.denominator > 0 ? { ...counts, value: (scale! * counts.numerator) / counts.denominator } : undefined;
  const countryAverage = poolable ? windowReference(yearsOf(areas.country), year, scale!) : null;
  const focus = focusArea
    ? {
        area: focusArea,
        value: number(focusRow?.value),
        numerator: number(focusRow?.numerator),
        denominator: number(focusRow?.denominator),
        ...(pooled ? { average: { period: windowLabel(year), ...pooled } } : {}),
      }
    : undefined;
  return {
    indicator: spec.key,
    unit: spec.unit,
    year,
    period: String(at(year, areas.municipality)?.period ?? year),
    previousPeriod: before === undefined ? undefined : String(at(before, areas.municipality)?.period ?? before),
    municipality: number(at(year, areas.municipality)?.value),
    previous: number(at(before, areas.municipality)?.value),
    changeClear: differsClearly(countsOf(at(year, areas.municipality)), countsOf(at(before, areas.municipality))),
    country: number(at(year, areas.country)?.value),
    ...(countryAverage === null ? {} : { countryAverage }),
    highest: districts[0],
    focus,
  };
}

/** The case follow-up figures of the summary and the monthly report. */
export async function caseFacts(engine: Engine, data: string, options: SelectOptions, year?: number): Promise<CaseFacts & { monthly: Row[]; meetings: string[] }> {
  const monthly = await engine.select(`${data}case_monthly.parquet`, { columns: ['period', 'zone', 'persons'], orderBy: ['period'] }, options);
  const months = [...new Set(monthly.rows.map((row) => String(row.period)))]
    .filter((period) => year === undefined || period.startsWith(`${year}-`))
    .sort();
  const month = months.at(-1) ?? '';
  const { lastMonth, sameMonthLastYear } = monthsToCompare(month);
  const total = (period: string) => number(monthly.rows.find((row) => row.period === period && row.zone === 'all')?.persons);
  const zones = await engine.select(
    `${data}case_zones.parquet`,
    { columns: ['year', 'zone', 'persons'], filters: [{ column: 'district_group', values: ['all'] }], orderBy: ['year'] },
    options,
  );
  // No rows (a folder before its first release): year 0, and the dashboard shows its empty state.
  const zoneYear = year ?? (zones.rows.length > 0 ? Math.max(...zones.rows.map((row) => Number(row.year))) : 0);
  const zone = (name: string) => number(zones.rows.find((row) => Number(row.year) === zoneYear && row.zone === name)?.persons);
  const concerns = await engine.select(
    `${data}concerns_monthly.parquet`,
    { columns: ['concerns'], filters: [{ column: 'period', values: [month] }, { column: 'concern_type', values: ['all'] }, { column: 'agency', values: ['all'] }] },
    options,
  );
  const meetings = await engine.select(
    `${data}case_meetings.parquet`,
    { columns: ['meeting_date', 'persons'], filters: [{ column: 'zone', values: ['all'] }], orderBy: ['meeting_date'] },
    options,
  );
  const lastMeeting = meetings.rows.filter((row) => String(row.meeting_date) <= `${month}-31`).at(-1);
  return {
    month,
    thisMonth: total(month),
    lastMonth: total(lastMonth),
    sameMonthLastYear: total(sameMonthLastYear),
    year: zoneYear,
    total: zone('all'),
    green: zone('green'),
    yellow: zone('yellow'),
    concerns: number(concerns.rows[0]?.concerns),
    meetingDate: lastMeeting ? String(lastMeeting.meeting_date) : undefined,
    meetingPersons: number(lastMeeting?.persons),
    monthly: monthly.rows.filter((row) => [month, lastMonth, sameMonthLastYear].includes(String(row.period))),
    meetings: meetings.rows.map((row) => String(row.meeting_date)).filter((date) => date <= `${month}-31`),
  };
}

/** Source, update and k of each dataset, read from the Parquet metadata. */
export async function sourcesOf(engine: Engine, srcs: readonly string[]): Promise<{ metadata: Record<string, string> }[]> {
  return Promise.all(srcs.map(async (src) => ({ metadata: (await engine.schema(src)).metadata })));
}

/** How many figures a chart would show, how many of them are hidden, and how many are above 0. */
export interface Visibility {
  readonly cells: number;
  readonly hidden: number;
  readonly nonZero: number;
}

/**
 * The figures behind one chart, counted: a chart whose figures are all hidden or zero says
 * so in a sentence instead of drawing empty axes, and every chart says how many are hidden.
 */
export async function visibilityOf(
  engine: Engine,
  src: string,
  filters: Readonly<Record<string, readonly string[]>>,
  valueColumn: string,
  options: SelectOptions,
): Promise<Visibility> {
  // Every column, not the value alone: disclosure control audits the rows as the table they are
  // (a quarter's moves beside the next quarter's), as the chart's own query has them.
  const { columns } = await engine.schema(src);
  const { rows } = await engine.select(
    src,
    { columns: columns.map((column) => column.name), filters: Object.entries(filters).map(([column, values]) => ({ column, values: [...values] })) },
    options,
  );
  const values = rows.map((row) => number(row[valueColumn]));
  return { cells: values.length, hidden: values.filter((value) => value === null).length, nonZero: values.filter((value) => value !== null && value > 0).length };
}
