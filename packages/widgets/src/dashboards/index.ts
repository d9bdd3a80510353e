// The three dashboards. Importing this module defines <slt-living-conditions>,
// <slt-youth-exclusion> and <slt-case-followup> (and the widgets they are made of).
import '../trend/slt-trend.ts';
import '../bars/slt-bars.ts';
import '../kpi/slt-kpi.ts';
import '../map/slt-map.ts';
import '../zones/slt-zones.ts';
import '../flow/slt-flow.ts';
import '../filter/slt-filter.ts';
import './slt-average-trend.ts';
export { SltDashboard } from './slt-dashboard.ts';
export { SltLivingConditions } from './slt-living-conditions.ts';
export { SltYouthExclusion } from './slt-youth-exclusion.ts';
export { SltIndicatorDashboard } from './slt-indicator-dashboard.ts';
export { SltAverageTrend } from './slt-average-trend.ts';
export { SMALL_AREA_THRESHOLD, AVERAGE_WINDOW, chooseView } from './average-view.ts';
export { SltCaseFollowup } from './slt-case-followup.ts';
export { indicatorSummary, caseSummary, filtersInWords } from './dashboard-summary.ts';
export type { IndicatorFacts, CaseFacts } from './dashboard-summary.ts';
