import loadHighs from 'highs';

/**
 * Published figures as linear functions of unknown whole numbers ("atoms"), audited
 * jointly over the integers with HiGHS (a MIP solver compiled to WebAssembly).
 *
 * This is the model for figures that are not margins of one table but overlap or nest:
 * 12-month windows rolling by month (each a sum of monthly counts), 3-year windows next to
 * single years, age groups inside age groups (16-25 inside 15-29), and people's histories
 * (a year's count by zone is a sum over histories of quarters). The atoms are the finest
 * counts nobody publishes (a month's count, one age's count, the people with one history);
 * `balances` are extra linear equations between atoms (sum = 0), e.g. two tables of
 * histories that must agree on a shared margin.
 *
 * **Protection interval.** For each hidden figure the audit solves, over the integers and
 * with everything published, the range of values it can take. A hidden published figure
 * is protected when its range **reaches k** (a value >= k is possible, so nobody can tell it
 * is a small count) **and holds more than one value**. An unpublished figure (a remainder
 * such as "year less December") whose true value is 1..k-1 is protected when its range
 * reaches k **or 0** (it cannot be pinned to 1..k-1); one of 0 or >= k needs nothing. A
 * reader knows every atom is >= 0, every hidden published figure >= 1 (zeros are shown)
 * and every unpublished one >= 0.
 */
export type Term = readonly [atom: number, coefficient: number];

export interface JointFigure {
  readonly terms: readonly Term[];
  /** The true value (publisher), or for the attacker the shown value (anything when hidden). */
  readonly value: number;
  readonly hidden: boolean;
  /** Never published (a remainder): always hidden, known only to be >= 0. */
  readonly unpublished?: boolean;
}

export interface JointModel {
  readonly atoms: number;
  /** Linear equations between atoms: the sum of coefficient x atom is 0. */
  readonly balances?: ReadonlyArray<readonly Term[]>;
  readonly figures: readonly JointFigure[];
  /** The true atoms, when known: a feasible solution to start from. */
  readonly truth?: readonly number[];
}

export type JointProblemKind =
  /** A hidden published figure that cannot be k or more: a reader knows it is 1..k-1. */
  | 'below-k'
  /** A hidden published figure with one possible value. */
  | 'pinned'
  /** An unpublished figure of 1..k-1 that can be neither 0 nor k or more. */
  | 'small-remainder';

export interface JointProblem {
  readonly figure: number;
  readonly kind: JointProblemKind;
}

export interface FigureRange {
  readonly min: number;
  readonly max: number;
}

/**
 * An upper bound on every atom, so that every range is finite: far above any count of
 * young people in a municipality, so a range that reaches it is "unbounded" for the audit.
 */
const ATOM_BOUND = 1_000_000;

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let solver: Promise<Highs> | undefined;
/** HiGHS loads once per process (a few MB of WebAssembly). */
function highs(): Promise<Highs> {
  solver ??= loadHighs();
  return solver;
}

/**
 * One HiGHS model of everything a reader knows; solved many times with other objectives.
 * Open it with `openReader` and `dispose()` it after (the WebAssembly memory is not
 * garbage-collected).
 */
export class ReaderModel {
  private readonly model;

  constructor(
    private readonly api: Highs,
    private readonly joint: JointModel,
  ) {
    checkModel(joint);
    const starts = [0];
    const indices: number[] = [];
    const coefficients: number[] = [];
    const lower: number[] = [];
    const upper: number[] = [];
    const row = (terms: readonly Term[], lo: number, hi: number) => {
      const merged = mergeTerms(terms);
      for (const [atom, c] of merged) {
        indices.push(atom);
        coefficients.push(c);
      }
      starts.push(indices.length);
      lower.push(lo);
      upper.push(hi);
    };
    for (const balance of joint.balances ?? []) row(balance, 0, 0);
    for (const figure of joint.figures) {
      if (figure.unpublished) row(figure.terms, 0, api.infinity);
      else if (figure.hidden) row(figure.terms, 1, api.infinity);
      else row(figure.terms, figure.value, figure.value);
    }
    this.model = api.createModel({
      numCols: joint.atoms,
      numRows: lower.length,
      colCost: new Float64Array(joint.atoms),
      colLower: new Float64Array(joint.atoms),
      colUpper: new Float64Array(joint.atoms).fill(ATOM_BOUND),
      rowLower: lower,
      rowUpper: upper,
      matrix: { format: 'csr', numRows: lower.length, numCols: joint.atoms, starts, indices, values: coefficients },
      integrality: new Int32Array(joint.atoms).fill(api.constants.variableType.integer),
    });
    this.model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0, presolve: 'on', random_seed: 1 });
  }

  /** The optimum of a figure in the given sense, with the atoms of the solution; null if infeasible. */
  solve(terms: readonly Term[], sense: 'min' | 'max'): { optimum: number; atoms: Float64Array } | null {
    const cost = new Float64Array(this.joint.atoms);
    for (const [atom, c] of terms) cost[atom] = cost[atom]! + c;
    this.model.changeColsCost({ kind: 'range', from: 0, to: this.joint.atoms - 1 }, cost);
    this.model.changeObjectiveSense(sense === 'max' ? this.api.constants.objectiveSense.maximize : this.api.constants.objectiveSense.minimize);
    this.model.run();
    const status = this.model.getModelStatus();
    if (status === this.api.constants.modelStatus.infeasible) return null;
    if (status !== this.api.constants.modelStatus.optimal) {
      throw new Error(`joint audit: the solver stopped with status ${status} (not optimal)`);
    }
    const atoms = this.model.getSolution().colValue;
    return { optimum: Math.round(evaluate(terms, atoms)), atoms };
  }

  dispose(): void {
    this.model.dispose();
  }
}

function mergeTerms(terms: readonly Term[]): Array<[number, number]> {
  const merged = new Map<number, number>();
  for (const [atom, c] of terms) merged.set(atom, (merged.get(atom) ?? 0) + c);
  return [...merged].filter(([, c]) => c !== 0).sort((a, b) => a[0] - b[0]);
}

export function evaluate(terms: readonly Term[], atoms: ArrayLike<number>): number {
  let sum = 0;
  for (const [atom, c] of terms) sum += c * atoms[atom]!;
  return sum;
}

function checkModel(joint: JointModel): void {
  if (!Number.isInteger(joint.atoms) || joint.atoms < 1) throw new RangeError(`invalid atoms: ${String(joint.atoms)} (an integer >= 1)`);
  const check = (terms: readonly Term[], what: string) => {
    for (const [atom, c] of terms) {
      if (!Number.isInteger(atom) || atom < 0 || atom >= joint.atoms || !Number.isFinite(c)) {
        throw new RangeError(`invalid ${what}: term ${String(atom)} x ${String(c)} (an atom 0..${joint.atoms - 1} and a finite coefficient)`);
      }
    }
  };
  joint.balances?.forEach((b, i) => check(b, `balance ${i}`));
  joint.figures.forEach((f, i) => {
    check(f.terms, `figure ${i}`);
    if (!Number.isInteger(f.value)) throw new RangeError(`invalid figure ${i}: value ${String(f.value)} (an integer)`);
  });
  if (joint.truth) {
    if (joint.truth.length !== joint.atoms) throw new RangeError(`invalid truth: ${joint.truth.length} atoms for ${joint.atoms}`);
    joint.balances?.forEach((b, i) => {
      if (evaluate(b, joint.truth!) !== 0) throw new RangeError(`invalid truth: balance ${i} does not hold`);
    });
    joint.figures.forEach((f, i) => {
      if (evaluate(f.terms, joint.truth!) !== f.value) throw new RangeError(`invalid truth: figure ${i} is ${f.value}, its atoms sum to ${evaluate(f.terms, joint.truth!)}`);
    });
  }
}

export async function openReader(joint: JointModel): Promise<ReaderModel> {
  return new ReaderModel(await highs(), joint);
}

/** What protects a figure, given its true value: the values a solution must show. */
function needs(figure: JointFigure, k: number): ((value: number) => boolean) | null {
  if (figure.unpublished) return figure.value >= 1 && figure.value < k ? (v) => v === 0 || v >= k : null;
  if (!figure.hidden) return null;
  // One solution with another value shows the range holds two; below k it must also reach k.
  return figure.value < k ? (v) => v >= k : (v) => v !== figure.value;
}

/**
 * The publisher's audit: every hidden figure checked against the protection interval
 * (see above), using the true values. Returns the figures that fail, empty when the
 * release is safe. Each solution the solver finds certifies every figure it shows at a
 * protecting value, so most figures need no solve of their own.
 */
export async function auditJointly(joint: JointModel, options: { readonly k: number }): Promise<JointProblem[]> {
  const { k } = options;
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`invalid k: ${String(k)} (an integer >= 2)`);
  const pending = new Map<number, (value: number) => boolean>();
  joint.figures.forEach((figure, i) => {
    const need = needs(figure, k);
    if (need) pending.set(i, need);
  });
  if (pending.size === 0) return [];
  const reader = new ReaderModel(await highs(), joint);
  try {
    const certify = (atoms: ArrayLike<number>) => {
      for (const [i, need] of pending) if (need(Math.round(evaluate(joint.figures[i]!.terms, atoms)))) pending.delete(i);
    };
    const problems: JointProblem[] = [];
    for (const i of [...pending.keys()]) {
      if (!pending.has(i)) continue;
      const figure = joint.figures[i]!;
      const high = reader.solve(figure.terms, 'max');
      if (!high) throw new Error('joint audit: what is published has no solution (inconsistent model)');
      certify(high.atoms);
      if (!pending.has(i)) continue;
      // Below k and unable to reach k: a reader knows it is small.
      if (!figure.unpublished && figure.value < k) {
        problems.push({ figure: i, kind: 'below-k' });
        pending.delete(i);
        continue;
      }
      const low = reader.solve(figure.terms, 'min')!;
      certify(low.atoms);
      if (!pending.has(i)) continue;
      problems.push({ figure: i, kind: figure.unpublished ? 'small-remainder' : 'pinned' });
      pending.delete(i);
    }
    return problems.sort((a, b) => a.figure - b.figure);
  } finally {
    reader.dispose();
  }
}

/**
 * The attacker's view: the exact integer range of each listed figure given everything
 * published (hidden published figures >= 1, unpublished >= 0, atoms >= 0). Needs no truth.
 */
export async function feasibleRanges(joint: JointModel, figures: readonly number[]): Promise<FigureRange[]> {
  const reader = new ReaderModel(await highs(), joint);
  try {
    return figures.map((i) => {
      const terms = joint.figures[i]!.terms;
      const high = reader.solve(terms, 'max');
      const low = reader.solve(terms, 'min');
      if (!high || !low) throw new Error('feasible ranges: what is published has no solution');
      return { min: low.optimum, max: high.optimum };
    });
  } finally {
    reader.dispose();
  }
}
