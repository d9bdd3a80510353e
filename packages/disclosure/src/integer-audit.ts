// @slt/disclosure/integer-audit: the audit over the integers (HiGHS MIP, a wasm of a few MB)
// that the pipeline runs before a release. A subpath of its own, so the engine and the
// widgets, which import the package's main entry in the browser, never load the solver.
export { auditJointly, feasibleRanges, openReader, evaluate } from './joint.ts';
export type { FigureRange, JointFigure, JointModel, JointProblem, JointProblemKind, ReaderModel, Term } from './joint.ts';
export { suppressOverlapping } from './overlap.ts';
export type { OverlapOptions, OverlappingFigure } from './overlap.ts';
