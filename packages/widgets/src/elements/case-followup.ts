// @slt/widgets/case-followup: defines <slt-case-followup> and the widgets it is made of.
import './bars.ts';
import './kpi.ts';
import './zones.ts';
import './flow.ts';
export { SltCaseFollowup } from '../dashboards/slt-case-followup.ts';
