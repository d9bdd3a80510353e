// @slt/widgets/filter: defines <slt-filter> (where customElements exists; a second definition is skipped).
export { SltFilter } from '../filter/slt-filter.ts';
