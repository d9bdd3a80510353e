// @slt/widgets/flow: defines <slt-flow> (where customElements exists; a second definition is skipped).
export { SltFlow } from '../flow/slt-flow.ts';
