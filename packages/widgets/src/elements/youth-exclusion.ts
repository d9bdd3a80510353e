// @slt/widgets/youth-exclusion: defines <slt-youth-exclusion> and the widgets it is made of.
import './trend.ts';
import './bars.ts';
import './kpi.ts';
import './map.ts';
import './filter.ts';
export { SltYouthExclusion } from '../dashboards/slt-youth-exclusion.ts';
