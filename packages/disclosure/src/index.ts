export { CONFIDENTIAL } from './types.ts';
export type {
  Dimension,
  Relation,
  DimensionSpec,
  Suppression,
  SuppressedCell,
  SuppressionFields,
  SuppressionOptions,
  TableCell,
} from './types.ts';
export { isPrimary, suppressTable } from './suppress.ts';
export { findDisclosures, isHidden, isTableSafe } from './check.ts';
export type { DisclosureKind, DisclosureProblem } from './check.ts';
export { rateOf, suppressedRate } from './rates.ts';
export type { Figure, Rate } from './rates.ts';
export { neighbours } from './neighbours.ts';
// The integer audit (HiGHS) is the subpath '@slt/disclosure/integer-audit'.
