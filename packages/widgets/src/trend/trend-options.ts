import { parseFilters, type Filter, type SelectQuery, type Unit } from '@slt/engine';
import { decimalsOption, required, sourceOption, unitOption } from '../shared/options.ts';

/** The attributes of <slt-trend> that decide what is queried and how it is shown. */
export interface TrendAttributes {
  src: string;
  timeColumn: string;
  valueColumn: string;
  seriesColumn: string;
  filter: string;
  unit: string;
  decimals: number | undefined;
}

export interface TrendOptions {
  readonly src: string;
  readonly timeColumn: string;
  readonly valueColumn: string;
  readonly seriesColumn: string | undefined;
  readonly filters: readonly Filter[];
  readonly unit: Unit;
  readonly decimals: number | undefined;
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
