// @slt/widgets/casework: defines <slt-casework> (the internal 4-party dashboard).
export { SltCasework } from '../casework/slt-casework.ts';
