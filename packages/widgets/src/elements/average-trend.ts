// @slt/widgets/average-trend: defines <slt-average-trend> (a trend of 3-year moving averages, as the indicator dashboards draw small districts).
export { SltAverageTrend } from '../dashboards/slt-average-trend.ts';
