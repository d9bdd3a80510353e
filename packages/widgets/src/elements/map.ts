// @slt/widgets/map: defines <slt-map> (where customElements exists; a second definition is skipped).
export { SltMap } from '../map/slt-map.ts';
