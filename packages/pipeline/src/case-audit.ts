import { auditJointly, type JointModel, type JointProblem } from '@slt/disclosure/integer-audit';

/**
 * The disclosure check of the case release: after `suppressTable` (margins, nestings, a
 * reader who knows hidden counts are >= 1), the history model (`case-histories.ts`) is
 * audited over the integers against the protection interval, and while any hidden cell's
 * range stays below k or holds one value, or a remainder of 1..k-1 can be pinned, a
 * visible neighbour is hidden too. The loop ends when the audit passes: every hidden cell
 * protected, every small remainder protected.
 */
export interface HistoryProtection {
  /** Which cells are hidden in the end (the unpublished ones included). */
  readonly hidden: boolean[];
  /** Rounds of the loop (1 when the first suppression already passed). */
  readonly rounds: number;
}

export async function protectHistories(
  base: JointModel & { readonly blocks?: readonly number[]; readonly parts?: ReadonlyArray<readonly number[]> },
  start: readonly boolean[],
  options: {
    readonly k: number;
    /** Rows that share a margin group or relation with each row. */
    readonly neighbours: readonly (readonly number[])[];
    /** Lower is given up first. */
    readonly worth: readonly number[];
    readonly unpublished: readonly boolean[];
    readonly log?: (line: string) => void;
    readonly describe?: (figure: number) => string;
  },
): Promise<HistoryProtection> {
  const hidden = [...start];
  const values = base.figures.map((f) => f.value);
  const near = historyNeighbours(base);
  const tried = new Map<number, number>();
  for (let round = 1; ; round += 1) {
    const model: JointModel = { ...base, figures: base.figures.map((f, i) => ({ ...f, hidden: hidden[i]! })) };
    const problems = await auditJointly(model, { k: options.k, ...(base.parts ? { parts: base.parts } : {}), ...(options.log ? { log: options.log } : {}) });
    options.log?.(`history audit, round ${round}: ${problems.length} exposed`);
    if (process.env.SLT_AUDIT_DEBUG && options.describe) for (const p of problems.slice(0, 80)) options.log?.(`  ${p.kind} ${options.describe(p.figure)} v=${values[p.figure]}`);
    if (problems.length === 0) return { hidden, rounds: round };
    const picks = new Set<number>();
    // A figure with nothing visible near it may only look exposed because the audit held
    // the other years at their true values: check those once more on the whole model.
    const lonely = problems.filter((p) => options.neighbours[p.figure]!.concat(near[p.figure]!).every((j) => hidden[j] || options.unpublished[j] || values[j] === 0));
    const still = lonely.length === 0 ? [] : await auditJointly(model, { k: options.k, only: lonely.map((p) => p.figure) });
    const cleared = new Set(lonely.map((p) => p.figure).filter((f) => !still.some((p) => p.figure === f)));
    if (cleared.size > 0) options.log?.(`history audit: ${cleared.size} exposed only within one year, protected on the whole model`);
    if (cleared.size === problems.length) return { hidden, rounds: round };
    for (const problem of problems.filter((p) => !cleared.has(p.figure))) {
      // Margin neighbours first; where those did not help (or there are none), the
      // figures the history model links to it.
      const times = (tried.get(problem.figure) ?? 0) + 1;
      tried.set(problem.figure, times);
      const visible = (j: number) => !hidden[j] && !options.unpublished[j] && values[j]! > 0;
      // Exposed round after round: give up every visible neighbour at once (always ends).
      if (times >= 3) {
        const all = [...options.neighbours[problem.figure]!, ...near[problem.figure]!].filter(visible);
        if (all.length > 0) {
          for (const j of all) picks.add(j);
          continue;
        }
      }
      const first = times > 1 ? undefined : cheapestNeighbour(problem, hidden, values, options);
      const pick =
        first ??
        cheapestOf(near[problem.figure]!.filter(visible), values, options.worth) ??
        cheapestOf(sameBlock(base, problem.figure).filter(visible), values, options.worth);
      if (pick === undefined) throw new Error(`history audit: figure ${problem.figure} (${problem.kind}) has no visible neighbour to hide: ${options.describe?.(problem.figure) ?? ''}`);
      picks.add(pick);
    }
    for (const pick of picks) hidden[pick] = true;
  }
}

/**
 * For each figure, the figures that share an atom with it or with a balance it takes part
 * in: what the history model links it to, beyond the margins.
 */
function historyNeighbours(model: JointModel): number[][] {
  const figuresOf = new Map<number, number[]>();
  model.figures.forEach((f, i) => {
    for (const [atom] of f.terms) (figuresOf.get(atom) ?? figuresOf.set(atom, []).get(atom)!).push(i);
  });
  const balancesOf = new Map<number, number[]>();
  (model.balances ?? []).forEach((b, i) => {
    for (const [atom] of b) (balancesOf.get(atom) ?? balancesOf.set(atom, []).get(atom)!).push(i);
  });
  return model.figures.map((f, i) => {
    const atoms = new Set(f.terms.map(([a]) => a));
    for (const [atom] of f.terms) for (const b of balancesOf.get(atom) ?? []) for (const [other] of model.balances![b]!) atoms.add(other);
    const found = new Set<number>();
    for (const atom of atoms) for (const j of figuresOf.get(atom) ?? []) if (j !== i) found.add(j);
    return [...found];
  });
}

/** The figures in the same block (year) as a figure: the last resort for a neighbour. */
function sameBlock(model: JointModel & { readonly blocks?: readonly number[] }, figure: number): number[] {
  if (!model.blocks) return [];
  const blocks = new Set(model.figures[figure]!.terms.map(([a]) => model.blocks![a]));
  return model.figures.flatMap((f, i) => (i !== figure && f.terms.some(([a]) => blocks.has(model.blocks![a]!)) ? [i] : []));
}

function cheapestOf(candidates: readonly number[], values: readonly number[], worth: readonly number[]): number | undefined {
  if (candidates.length === 0) return undefined;
  return candidates.reduce((best, c) => {
    const order = worth[c]! - worth[best]! || values[c]! - values[best]! || c - best;
    return order < 0 ? c : best;
  });
}

/**
 * The visible non-zero cell to give up next to an exposed one: among its neighbours (and
 * theirs, when all of its own are hidden), the least worth keeping, then the smallest.
 */
function cheapestNeighbour(
  problem: JointProblem,
  hidden: readonly boolean[],
  values: readonly number[],
  options: { readonly neighbours: readonly (readonly number[])[]; readonly worth: readonly number[]; readonly unpublished: readonly boolean[] },
): number | undefined {
  const visible = (i: number) => !hidden[i] && !options.unpublished[i] && values[i]! > 0;
  let ring = new Set([problem.figure]);
  const seen = new Set(ring);
  for (let hop = 0; hop < 4; hop += 1) {
    const next = new Set<number>();
    for (const i of ring) for (const j of options.neighbours[i]!) if (!seen.has(j)) next.add(j);
    for (const j of next) seen.add(j);
    const candidates = [...next].filter(visible);
    if (candidates.length > 0) return cheapestOf(candidates, values, options.worth);
    ring = next;
  }
  return undefined;
}
