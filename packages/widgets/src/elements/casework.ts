// @slt/widgets/casework: defines <slt-casework>, the 4-party meeting dashboard over the
// internal tier (pages behind a login).
export { SltCasework } from '../casework/slt-casework.ts';
