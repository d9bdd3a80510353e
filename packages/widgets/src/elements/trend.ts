// @slt/widgets/trend: defines <slt-trend> (where customElements exists; a second definition is skipped).
export { SltTrend } from '../trend/slt-trend.ts';
