import { EngineError, parseFilters, type Filter, type SelectQuery, type Unit } from '@slt/engine';
import { decimalsOption, required, sourceOption, unitOption } from '../shared/options.ts';

/** The attributes of <slt-kpi> that decide what is queried and how it is shown. */
export interface KpiAttributes {
  src: string;
  valueColumn: string;
  timeColumn: string;
  areaColumn: string;
  filter: string;
  reference: string;
  period: string;
  unit: string;
  decimals: number | undefined;
  label: string;
  numeratorColumn: string;
  denominatorColumn: string;
}

export interface KpiOptions {
  readonly src: string;
  readonly valueColumn: string;
  readonly timeColumn: string;
  /** Names the figure ("Asker") and the reference ("Norge"). */
  readonly areaColumn: string;
  /** The element's own filters: defaults that a linked choice on the same column replaces. */
  readonly filters: readonly Filter[];
  /** What differs for the reference area (`area=Norge`); empty for no comparison. */
  readonly reference: readonly Filter[];
  /** The period to show; the latest in the data when empty. */
  readonly period: string | undefined;
  readonly unit: Unit;
  readonly decimals: number | undefined;
  readonly label: string;
  /**
   * The share's counts (`numerator`, `denominator`), when the data have them: a change is then
   * called a rise or a fall only when it is more than chance (shared/wilson.ts).
   */
  readonly counts: { readonly numerator: string; readonly denominator: string } | undefined;
}

/**
 * Turns attribute text into checked options, failing loudly with what was wrong.
 * Column names are checked against the dataset's schema later, by the engine.
 */
export function kpiOptions(attributes: KpiAttributes): KpiOptions {
  const src = sourceOption(attributes.src, 'slt-kpi');
  const unit = unitOption(attributes.unit);
  const decimals = decimalsOption(attributes.decimals);
  return {
    src,
    valueColumn: required(attributes.valueColumn, 'value-column'),
    timeColumn: required(attributes.timeColumn, 'time-column'),
    areaColumn: attributes.areaColumn.trim(),
    filters: parseFilters(attributes.filter),
    reference: parseFilters(attributes.reference, 'reference'),
    period: attributes.period.trim() || undefined,
    unit: unit as Unit,
    decimals,
    label: attributes.label.trim(),
    counts: countsOption(attributes.numeratorColumn, attributes.denominatorColumn, unit as Unit),
  };
}

function countsOption(numerator: string, denominator: string, unit: Unit): KpiOptions['counts'] {
  const [n, d] = [numerator.trim(), denominator.trim()];
  if (n === '' && d === '') return undefined;
  if (n === '' || d === '') {
    throw new EngineError('invalid-option', 'numerator-column and denominator-column go together: give both, or neither', { column: n === '' ? 'numerator-column' : 'denominator-column' });
  }
  // The test is for shares: a count or a number has no numerator and denominator to test.
  if (unit !== 'percent' && unit !== 'per_1000') {
    throw new EngineError('invalid-option', `numerator-column is for shares: unit must be percent or per_1000, not ${unit}`, { column: 'numerator-column' });
  }
  return { numerator: n, denominator: d };
}

/**
 * The element's filters with the linked choices applied: a choice made in a linked widget
 * replaces the element's own default for that column (a district picked in <slt-filter>
 * switches the KPI from Asker to that district). A choice on the time column is not a
 * filter but the period to show: it is returned separately, so the previous period stays
 * in the query for the change.
 */
export function withLinked(
  options: KpiOptions,
  linked: readonly Filter[],
): { filters: Filter[]; period: string | undefined } {
  const time = linked.find((filter) => filter.column === options.timeColumn);
  const others = linked.filter((filter) => filter.column !== options.timeColumn);
  const filters = [...options.filters.filter((own) => !others.some((filter) => filter.column === own.column)), ...others];
  const chosen = time?.values.at(-1);
  return { filters, period: chosen === undefined ? options.period : String(chosen) };
}

/** The reference's filters: the figure's filters with the reference's columns replaced. */
export function referenceFilters(filters: readonly Filter[], reference: readonly Filter[]): Filter[] {
  return [...filters.filter((filter) => !reference.some((other) => other.column === filter.column)), ...reference];
}

/**
 * The query for the figure or the reference: time, value, and where the dataset has them
 * the area (to name the figure) and SSB's status symbol (':' marks a hidden figure).
 */
export function kpiQuery(options: KpiOptions, filters: readonly Filter[], available: ReadonlySet<string>): SelectQuery {
  // `published` and `source`, where a file has them, say per row whether a figure is real.
  const extra = [options.areaColumn, 'status', 'published', 'source'].filter(
    (column) => column !== '' && available.has(column) && column !== options.timeColumn && column !== options.valueColumn,
  );
  const counts = options.counts ? [options.counts.numerator, options.counts.denominator] : [];
  return {
    columns: [...new Set([options.timeColumn, options.valueColumn, ...counts, ...extra])],
    filters,
    orderBy: [options.timeColumn],
  };
}
