// @slt/widgets/living-conditions: defines <slt-living-conditions> and the widgets it is made of.
import './trend.ts';
import './bars.ts';
import './kpi.ts';
import './map.ts';
import './filter.ts';
export { SltLivingConditions } from '../dashboards/slt-living-conditions.ts';
