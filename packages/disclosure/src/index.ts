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
export { auditJointly, feasibleRanges, openReader, evaluate } from './joint.ts';
export type { FigureRange, JointFigure, JointModel, JointProblem, JointProblemKind, ReaderModel, Term } from './joint.ts';
export { neighbours } from './neighbours.ts';
export { suppressOverlapping } from './overlap.ts';
export type { OverlapOptions, OverlappingFigure } from './overlap.ts';
