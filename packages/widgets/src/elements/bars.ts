// @slt/widgets/bars: defines <slt-bars> (where customElements exists; a second definition is skipped).
export { SltBars } from '../bars/slt-bars.ts';
