// @slt/widgets/kpi: defines <slt-kpi> (where customElements exists; a second definition is skipped).
export { SltKpi } from '../kpi/slt-kpi.ts';
