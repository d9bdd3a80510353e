/**
 * The query model: what a widget (or a remote client, later) may ask of a dataset.
 * Plain JSON, never SQL: every column name is checked against the dataset's schema and
 * every value is bound as a parameter when it is compiled (see validate.ts, compile.ts).
 */

/** A value a filter compares with. Bound as a parameter, never spliced into SQL. */
export type FilterValue = string | number | boolean;

/** `column = value`, or `column IN (values...)` when there are several. */
export interface InFilter {
  readonly column: string;
  readonly values: readonly FilterValue[];
}

/** `min <= column <= max` (either bound may be left out). Dates as 'YYYY-MM-DD'. */
export interface RangeFilter {
  readonly column: string;
  readonly range: { readonly min?: FilterValue; readonly max?: FilterValue };
}

export type Filter = InFilter | RangeFilter;

export const AGGREGATE_FUNCTIONS = ['sum', 'count', 'countDistinct', 'min', 'max', 'avg'] as const;
export type AggregateFunction = (typeof AGGREGATE_FUNCTIONS)[number];

/** One aggregate of a grouped query: `sum(persons) AS total`. `count` without a column counts rows. */
export interface Aggregate {
  readonly fn: AggregateFunction;
  readonly column?: string;
  readonly as: string;
}

/** Ascending with NULLs last unless `descending` (then NULLs still last). */
export interface OrderKey {
  readonly column: string;
  readonly descending?: boolean;
}

/**
 * A rate from a summed numerator and denominator (per group when grouped, else per row),
 * times `scale` (100 = percent, the default), with its 95 % Wilson score interval in
 * `<as>_low` and `<as>_high` unless `interval` is false.
 */
export interface RateMeasure {
  readonly kind: 'rate';
  readonly as: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly scale?: number;
  readonly interval?: boolean;
}

/**
 * The mean of `of` over the last `window` periods of the integer `time` column (this one
 * included), per series; null unless all `window` periods are there. With `pooled: true`,
 * `of` is a `rate` measure of the query and the result is the rate over the window from the
 * summed counts, sum(numerator) / sum(denominator) times its scale, not the mean of rates.
 */
export interface MovingAverageMeasure {
  readonly kind: 'movingAverage';
  readonly as: string;
  readonly of: string;
  readonly time: string;
  readonly window: number;
  readonly partitionBy?: readonly string[];
  readonly pooled?: boolean;
}

/** `of` minus its value in the series' previous period (by `time`); null for the first. */
export interface ChangeMeasure {
  readonly kind: 'change';
  readonly as: string;
  readonly of: string;
  readonly time: string;
  readonly partitionBy?: readonly string[];
}

/** `of` minus the value of the row where `column` = `reference` (e.g. area = 'Norge'), per series. */
export interface DifferenceMeasure {
  readonly kind: 'difference';
  readonly as: string;
  readonly of: string;
  readonly column: string;
  readonly reference: FilterValue;
  readonly partitionBy?: readonly string[];
}

/** The rank (1 = highest unless `ascending`) of `of` among the rows of the same `within` value (period). */
export interface RankMeasure {
  readonly kind: 'rank';
  readonly as: string;
  readonly of: string;
  readonly within: string;
  readonly ascending?: boolean;
}

export type Measure = RateMeasure | MovingAverageMeasure | ChangeMeasure | DifferenceMeasure | RankMeasure;
export type MeasureKind = Measure['kind'];

/**
 * One query over one dataset. Either a plain selection (`columns`, optionally `distinct`)
 * or a grouped one (`groupBy` with `aggregates`); filters, measures, order and limit apply
 * to both. Measures are computed in the order given and may use earlier ones.
 */
export interface Query {
  /** A registered dataset name or a URL. */
  readonly from: string;
  readonly columns?: readonly string[];
  /** Only distinct rows of `columns` (the values for a picker). */
  readonly distinct?: boolean;
  readonly filters?: readonly Filter[];
  readonly groupBy?: readonly string[];
  readonly aggregates?: readonly Aggregate[];
  readonly measures?: readonly Measure[];
  readonly orderBy?: readonly (string | OrderKey)[];
  readonly limit?: number;
}

export function isRangeFilter(filter: Filter): filter is RangeFilter {
  return 'range' in filter;
}
