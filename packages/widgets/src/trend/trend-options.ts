import { parseFilters, type Filter, type SelectQuery, type Unit } from '@slt/engine';
import { decimalsOption, oneOf, required, sourceOption, unitOption } from '../shared/options.ts';
import { referenceOthers } from '../shared/reference-rows.ts';
import { parseLabels } from '../shared/series-labels.ts';

/**
 * How the series are drawn: `lines`, all in one chart; `panels`, one small chart each on the
 * same scales (small multiples), for the many series a district chart has.
 */
export const TREND_LAYOUTS = ['lines', 'panels'] as const;
export type TrendLayout = (typeof TREND_LAYOUTS)[number];

/** The attributes of <slt-trend> that decide what is queried and how it is shown. */
export interface TrendAttributes {
  src: string;
  timeColumn: string;
  valueColumn: string;
  seriesColumn: string;
  filter: string;
  unit: string;
  decimals: number | undefined;
  reference?: string;
  layout?: string;
  labels?: string;
}

export interface TrendOptions {
  readonly src: string;
  readonly timeColumn: string;
  readonly valueColumn: string;
  readonly seriesColumn: string | undefined;
  readonly filters: readonly Filter[];
  readonly unit: Unit;
  readonly decimals: number | undefined;
  /** The filters that pick the reference series (`area=Asker`), empty for none. */
  readonly reference: readonly Filter[];
  readonly layout: TrendLayout;
  /** Display names for series codes (`labels="up=Opp&down=Ned"`); a `sex` column's codes are named without. */
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * Turns attribute text into checked options, failing loudly with what was wrong.
 * Column names are checked against the dataset's schema later, by the engine.
 */
export function trendOptions(attributes: TrendAttributes): TrendOptions {
  const src = sourceOption(attributes.src, 'slt-trend');
  const unit = unitOption(attributes.unit);
  const decimals = decimalsOption(attributes.decimals);
  return {
    src,
    timeColumn: required(attributes.timeColumn, 'time-column'),
    valueColumn: required(attributes.valueColumn, 'value-column'),
    seriesColumn: attributes.seriesColumn.trim() || undefined,
    filters: parseFilters(attributes.filter),
    unit: unit as Unit,
    decimals,
    reference: parseFilters(attributes.reference ?? '', 'reference'),
    layout: oneOf(attributes.layout ?? '', TREND_LAYOUTS, 'lines', 'layout'),
    labels: parseLabels(attributes.labels ?? ''),
  };
}

/** The one query a trend needs: time, value and series, filtered, in time order. */
export function trendQuery(options: TrendOptions): SelectQuery {
  const series = options.seriesColumn ? [options.seriesColumn] : [];
  return {
    columns: [options.timeColumn, options.valueColumn, ...series],
    filters: options.filters,
    orderBy: [...series, options.timeColumn],
  };
}

/**
 * The reference series' query: its own filters, and the columns of the trend's other filters
 * (own and linked), so that `referenceRows` can keep those the reference meets
 * (shared/reference-rows.ts). Undefined without a reference.
 */
export function trendReferenceQuery(options: TrendOptions, linked: readonly Filter[]): SelectQuery | undefined {
  if (options.reference.length === 0) return undefined;
  const others = trendReferenceOthers(options, linked);
  return {
    columns: [...new Set([options.timeColumn, options.valueColumn, ...others.map((filter) => filter.column)])],
    filters: options.reference,
    orderBy: [options.timeColumn],
  };
}

/** The trend's filters that may apply to its reference: all but those on the reference's columns. */
export function trendReferenceOthers(options: TrendOptions, linked: readonly Filter[]): Filter[] {
  return referenceOthers(options.reference, [...options.filters, ...linked]);
}
