import { parseFilters, UNITS, type Filter, type Unit } from '@slt/engine';
import type { DatasetQuery } from '../shared/query-cache.ts';
import { decimalsOption, oneOf, required, sourceOption } from '../shared/options.ts';
import { parseLabels } from '../shared/series-labels.ts';
import { referenceName as nameOf, referenceOthers as otherFilters } from '../shared/reference-rows.ts';

/** How the bars are ordered, top to bottom. */
export const SORTS = ['descending', 'ascending', 'category'] as const;
export type Sort = (typeof SORTS)[number];

/**
 * How the bars' values are made from the file's rows: as they are (one row per bar, as in
 * the published indicator files), or added up per bar in the query (`count`: rows;
 * `sum`: the value column), for record-level files.
 */
export const AGGREGATES = ['none', 'count', 'sum'] as const;
export type BarsAggregate = (typeof AGGREGATES)[number];

/** How several series share a category: side by side, or on top of each other. */
export const LAYOUTS = ['grouped', 'stacked'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The attributes of <slt-bars> that decide what is queried and how it is shown. */
export interface BarsAttributes {
  src: string;
  categoryColumn: string;
  valueColumn: string;
  seriesColumn: string;
  filter: string;
  unit: string;
  decimals: number | undefined;
  sort: string;
  reference: string;
  layout: string;
  labels: string;
  aggregate?: string;
}

export interface BarsOptions {
  readonly src: string;
  readonly categoryColumn: string;
  readonly valueColumn: string;
  readonly seriesColumn: string | undefined;
  readonly filters: readonly Filter[];
  readonly unit: Unit;
  readonly decimals: number | undefined;
  readonly sort: Sort;
  /** The filters that pick the reference (e.g. `area=Asker`), empty for none. */
  readonly reference: readonly Filter[];
  readonly layout: Layout;
  /** Display names for category codes (`none=Ingen tiltak&police_talk=Bekymringssamtale`). */
  readonly labels: ReadonlyMap<string, string>;
  readonly aggregate: BarsAggregate;
}

/**
 * Turns attribute text into checked options, failing loudly with what was wrong and what
 * would be right. Column names are checked against the dataset later, by the engine.
 */
export function barsOptions(attributes: BarsAttributes): BarsOptions {
  const src = sourceOption(attributes.src, 'slt-bars');
  const decimals = decimalsOption(attributes.decimals);
  return {
    src,
    categoryColumn: required(attributes.categoryColumn, 'category-column'),
    valueColumn: required(attributes.valueColumn, 'value-column'),
    seriesColumn: attributes.seriesColumn.trim() || undefined,
    filters: parseFilters(attributes.filter),
    unit: oneOf(attributes.unit, UNITS, 'number', 'unit'),
    decimals,
    sort: oneOf(attributes.sort, SORTS, 'descending', 'sort'),
    reference: parseFilters(attributes.reference, 'reference'),
    layout: oneOf(attributes.layout, LAYOUTS, 'grouped', 'layout'),
    labels: parseLabels(attributes.labels),
    aggregate: oneOf(attributes.aggregate ?? '', AGGREGATES, 'none', 'aggregate'),
  };
}

/** The result column that holds each bar's value: the value column, or `count` when rows are counted. */
export function valueNameOf(options: Pick<BarsOptions, 'aggregate' | 'valueColumn'>): string {
  return options.aggregate === 'count' ? 'count' : options.valueColumn;
}

/** The aggregate of a grouped bars query, or none for values read as they are. */
function aggregateOf(options: BarsOptions) {
  if (options.aggregate === 'none') return undefined;
  return options.aggregate === 'count'
    ? { fn: 'count' as const, as: 'count' }
    : { fn: 'sum' as const, column: options.valueColumn, as: options.valueColumn };
}

/** A category as the reader sees it: its label, or the value itself when it has none. */
export function categoryLabel(options: Pick<BarsOptions, 'labels'>, category: string): string {
  return options.labels.get(category) ?? category;
}

/** The columns the bars need: category, value, series, and `status` where the data have it. */
export function barsQuery(options: BarsOptions, linked: readonly Filter[], withStatus: boolean): DatasetQuery {
  const series = options.seriesColumn ? [options.seriesColumn] : [];
  const aggregate = aggregateOf(options);
  if (aggregate) {
    // One row per bar, added up in the query; disclosure control hides a total of 1..k-1
    // and any total that includes a hidden cell (engine README).
    return { groupBy: [options.categoryColumn, ...series], aggregates: [aggregate], filters: [...options.filters, ...linked], orderBy: [options.categoryColumn, ...series] };
  }
  return {
    columns: [options.categoryColumn, options.valueColumn, ...series, ...(withStatus ? ['status'] : [])],
    filters: [...options.filters, ...linked],
    orderBy: [options.categoryColumn, ...series],
  };
}

/**
 * The reference is read from the same dataset with the same other filters, with the
 * reference's own filters in place of the element's on those columns. Filters the
 * reference cannot meet (`area_level=district` for `area=Asker`) are dropped later, in
 * `pickReference`, which is why this query returns the filtered columns too.
 */
export function referenceQuery(options: BarsOptions, linked: readonly Filter[], withStatus: boolean): DatasetQuery | undefined {
  if (options.reference.length === 0) return undefined;
  const others = referenceOthers(options, linked);
  const series = options.seriesColumn ? [options.seriesColumn] : [];
  const aggregate = aggregateOf(options);
  // Added up, the reference is the total of the rows the reference's filters and the
  // element's others pick (in the query: record-level files have no rows to drop filters for).
  if (aggregate) return { ...(series.length > 0 ? { groupBy: series } : {}), aggregates: [aggregate], filters: [...options.reference, ...others] };
  const columns = [...new Set([options.valueColumn, ...series, ...others.map((filter) => filter.column)])];
  return {
    columns: [...columns, ...(withStatus && !columns.includes('status') ? ['status'] : [])],
    filters: options.reference,
  };
}

/** The element's filters that also apply to the reference: all but those on the reference's columns. */
export function referenceOthers(options: BarsOptions, linked: readonly Filter[]): Filter[] {
  return otherFilters(options.reference, [...options.filters, ...linked]);
}

/** The words that name the reference on the chart: its filter values (`Asker`). */
export function referenceName(options: BarsOptions): string {
  return nameOf(options.reference);
}
