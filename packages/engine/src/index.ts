// The engine's public API. Everything else in src/ is internal.
export { Engine, sharedEngine } from './engine.ts';
export type { EngineOptions, QueryOptions, QueryResult } from './engine.ts';
export { Dataset } from './dataset.ts';
export { figureAt, isSuppressed, publishedMargin, suppressionNote } from './disclosure/index.ts';
export type { DisclosureOptions, Figure, ProtectedResult, RateColumn, SelectOptions } from './disclosure/index.ts';
export type { Dimension, DimensionSpec } from '@slt/disclosure';
export { getDuckDB, provideDuckDB, duckdbStartCount, isDuckDBStarted } from './duckdb/instance.ts';
export { setDuckDBAssets } from './duckdb/bundles.ts';
export { EngineError, isEngineError, ENGINE_ERROR_CODES } from './errors.ts';
export type { EngineErrorCode, EngineErrorDetails } from './errors.ts';
export { parseFilters } from './filters.ts';
export type { Filter, FilterValue, SelectQuery, BoundQuery } from './query.ts';
// The query model (engine.query) and what it compiles to.
export { AGGREGATE_FUNCTIONS } from './model/query.ts';
export type {
  Query,
  Filter as QueryFilter,
  InFilter,
  RangeFilter,
  Aggregate,
  AggregateFunction,
  OrderKey,
  Measure,
  MeasureKind,
  RateMeasure,
  MovingAverageMeasure,
  ChangeMeasure,
  DifferenceMeasure,
  RankMeasure,
} from './model/query.ts';
export { validate } from './model/validate.ts';
export type { ValidQuery } from './model/valid-query.ts';
export { compile } from './model/compile.ts';
export type { CompiledQuery, CubePlan, SensitiveColumns } from './model/compile.ts';
export { featuresOf } from './connectors/connector.ts';
export type { Connector, QueryFeature } from './connectors/connector.ts';
export type { Cell, Row } from './rows.ts';
export type { ColumnInfo, ColumnType, ParquetInfo, PlainColumn, StorageType } from './parquet/index.ts';
export { prefetchParquet, fetchEarly } from './parquet/index.ts';
export {
  LANGUAGES,
  UNITS,
  toLanguage,
  localeOf,
  intlLocales,
  formatNumber,
  formatValue,
  formatTick,
  unitWords,
  formatChange,
  formatYear,
  formatDate,
} from './format.ts';
export type { ChangeFormat, DateStyle, Language, Unit } from './format.ts';
