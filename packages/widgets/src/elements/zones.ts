// @slt/widgets/zones: defines <slt-zones> (where customElements exists; a second definition is skipped).
export { SltZones } from '../zones/slt-zones.ts';
