// @slt/widgets/table: defines <slt-table> (where customElements exists; a second definition is skipped).
export { SltTable } from '../table/slt-table.ts';
