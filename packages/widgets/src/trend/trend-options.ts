import { EngineError, parseFilters, UNITS, type Filter, type SelectQuery, type Unit } from '@slt/engine';

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
  const src = attributes.src.trim();
  if (src === '') throw new EngineError('unknown-dataset', 'slt-trend needs a src: a Parquet URL or a registered dataset name');
  const unit = attributes.unit.trim() || 'number';
  if (!(UNITS as readonly string[]).includes(unit)) {
    throw new EngineError('invalid-option', `invalid unit: ${JSON.stringify(unit)} (use one of ${UNITS.join(', ')})`, {
      column: 'unit',
    });
  }
  const decimals = attributes.decimals;
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 6)) {
    throw new EngineError('invalid-option', `invalid decimals: ${String(decimals)} (use 0 to 6)`, { column: 'decimals' });
  }
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

function required(value: string, attribute: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new EngineError('invalid-option', `${attribute} is empty`, { column: attribute });
  return trimmed;
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
