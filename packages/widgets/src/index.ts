// The widgets' public API. Importing this module defines the custom elements.
export { SltTrend } from './trend/slt-trend.ts';
export { SltBars } from './bars/slt-bars.ts';
export { SltKpi } from './kpi/slt-kpi.ts';
export { SltTable } from './table/slt-table.ts';
export { SltZones } from './zones/slt-zones.ts';
export { SltFlow } from './flow/slt-flow.ts';
export { SltFilter } from './filter/slt-filter.ts';
export { SltMap } from './map/slt-map.ts';
export { SEQUENTIAL_PALETTE } from './map/map-bins.ts';
export { SltDashboard } from './dashboards/slt-dashboard.ts';
export { SltLivingConditions } from './dashboards/slt-living-conditions.ts';
export { SltYouthExclusion } from './dashboards/slt-youth-exclusion.ts';
export { SltCaseFollowup } from './dashboards/slt-case-followup.ts';
export { SltChartElement } from './shared/slt-chart-element.ts';
export type { ChartData, ChartPoint, DrawnChart } from './shared/slt-chart-element.ts';
export { FilterScope, requestFilter, FILTER_EVENT, FILTERS_CHANGED_EVENT } from './filters/filter-scope.ts';
export type { FilterEventDetail, FiltersChangedDetail } from './filters/filter-scope.ts';
export { languageOf } from './i18n/language.ts';
export { MESSAGES } from './i18n/messages.ts';
export type { Messages } from './i18n/messages.ts';
export { DEFAULT_PALETTE } from './shared/series-style.ts';
export { areaStyles, formatSeriesStyles, SERIES_STYLE_COUNT } from './shared/area-styles.ts';
export type { DashboardAreas } from './shared/area-styles.ts';
// The engine, re-exported so a page with one script tag can register datasets.
export { sharedEngine, provideDuckDB, setDuckDBAssets, EngineError, isEngineError } from '@slt/engine';
export type { Engine, Language, Unit } from '@slt/engine';
export { SltCasework } from './casework/slt-casework.ts';
