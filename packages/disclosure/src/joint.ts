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
 *
 * With `free` (a list of atoms) only those atoms are unknowns and every other atom is held
 * at its true value: a smaller model whose solutions, completed with the truth, are
 * solutions of the whole (so a value it shows is a value a reader cannot rule out).
 */
export class ReaderModel {
  private readonly model;
  /** Model column of each free atom; the others are fixed. */
  private readonly column: Int32Array;
  private readonly free: readonly number[];

  constructor(
    private readonly api: Highs,
    private readonly joint: JointModel,
    free?: readonly number[],
  ) {
    if (free && !joint.truth) throw new RangeError('invalid model: a part of it can only be solved with the truth');
    this.free = free ?? Array.from({ length: joint.atoms }, (_, i) => i);
    this.column = new Int32Array(joint.atoms).fill(-1);
    this.free.forEach((atom, col) => (this.column[atom] = col));
    const starts = [0];
    const indices: number[] = [];
    const coefficients: number[] = [];
    const lower: number[] = [];
    const upper: number[] = [];
    const row = (terms: readonly Term[], lo: number, hi: number) => {
      let fixed = 0;
      const own: Array<[number, number]> = [];
      for (const [atom, c] of mergeTerms(terms)) {
        const col = this.column[atom]!;
        if (col < 0) fixed += c * joint.truth![atom]!;
        else own.push([col, c]);
      }
      if (own.length === 0) return;
      for (const [col, c] of own) {
        indices.push(col);
        coefficients.push(c);
      }
      starts.push(indices.length);
      lower.push(lo - fixed);
      upper.push(hi - fixed);
    };
    for (const balance of joint.balances ?? []) row(balance, 0, 0);
    for (const figure of joint.figures) {
      if (figure.unpublished) row(figure.terms, 0, api.infinity);
      else if (figure.hidden) row(figure.terms, 1, api.infinity);
      else row(figure.terms, figure.value, figure.value);
    }
    const n = this.free.length;
    this.model = api.createModel({
      numCols: n,
      numRows: lower.length,
      colCost: new Float64Array(n),
      colLower: new Float64Array(n),
      colUpper: new Float64Array(n).fill(ATOM_BOUND),
      rowLower: lower,
      rowUpper: upper,
      matrix: { format: 'csr', numRows: lower.length, numCols: n, starts, indices, values: coefficients },
      integrality: new Int32Array(n).fill(api.constants.variableType.integer),
    });
    this.model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0, presolve: 'on', random_seed: 1 });
  }

  /** Whether a figure depends on a free atom of this model. */
  touches(terms: readonly Term[]): boolean {
    return terms.some(([atom]) => this.column[atom]! >= 0);
  }

  /**
   * The optimum of a figure in the given sense, with the atoms of that solution (all of
   * them: the fixed ones at their true value); null when nothing fits what is published.
   */
  solve(terms: readonly Term[], sense: 'min' | 'max'): { optimum: number; atoms: Float64Array } | null {
    const cost = new Float64Array(this.free.length);
    for (const [atom, c] of terms) {
      const col = this.column[atom]!;
      if (col >= 0) cost[col] = cost[col]! + c;
    }
    this.model.changeColsCost({ kind: 'range', from: 0, to: this.free.length - 1 }, cost);
    this.model.changeObjectiveSense(sense === 'max' ? this.api.constants.objectiveSense.maximize : this.api.constants.objectiveSense.minimize);
    this.model.run();
    const status = this.model.getModelStatus();
    if (status === this.api.constants.modelStatus.infeasible) return null;
    if (status !== this.api.constants.modelStatus.optimal) {
      throw new Error(`joint audit: the solver stopped with status ${status} (not optimal)`);
    }
    const solution = this.model.getSolution().colValue;
    const atoms = this.joint.truth ? Float64Array.from(this.joint.truth) : new Float64Array(this.joint.atoms);
    this.free.forEach((atom, col) => (atoms[atom] = Math.round(solution[col]!)));
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

export async function openReader(joint: JointModel, free?: readonly number[]): Promise<ReaderModel> {
  checkModel(joint);
  return new ReaderModel(await highs(), joint, free);
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
 *
 * `blocks` (with `truth`) splits a large model into parts solved one at a time, each with
 * the atoms of the other parts held at their true values (e.g. one part per year of
 * people's histories). That is sound: a solution of a part, completed with the truth, is
 * a solution of the whole, so whatever it certifies is certified. It can only be stricter
 * than the whole: a figure no part can move is reported even if moving two parts at once
 * would have protected it.
 */
export async function auditJointly(
  joint: JointModel,
  options: {
    readonly k: number;
    readonly blocks?: readonly number[];
    /** Like `blocks`, as lists of atoms that may overlap (e.g. two consecutive years each). */
    readonly parts?: ReadonlyArray<readonly number[]>;
    /** Check only these figures (default: every hidden one). */
    readonly only?: readonly number[];
    readonly log?: (line: string) => void;
  },
): Promise<JointProblem[]> {
  const { k, blocks } = options;
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`invalid k: ${String(k)} (an integer >= 2)`);
  checkModel(joint);
  if (blocks && (!joint.truth || blocks.length !== joint.atoms)) throw new RangeError('invalid blocks: one per atom, and only with the truth');
  const pending = new Map<number, (value: number) => boolean>();
  const only = options.only ? new Set(options.only) : null;
  joint.figures.forEach((figure, i) => {
    const need = needs(figure, k);
    if (need && (!only || only.has(i))) pending.set(i, need);
  });
  const certify = (atoms: ArrayLike<number>) => {
    for (const [i, need] of pending) if (need(Math.round(evaluate(joint.figures[i]!.terms, atoms)))) pending.delete(i);
  };
  if (joint.truth) certify(joint.truth);
  if (pending.size === 0) return [];
  const byBlock = new Map<number, number[]>();
  (blocks ?? new Array<number>(joint.atoms).fill(0)).forEach((block, atom) => (byBlock.get(block) ?? byBlock.set(block, []).get(block)!).push(atom));
  if (options.parts && !joint.truth) throw new RangeError('invalid parts: only with the truth');
  const split = blocks !== undefined || options.parts !== undefined;
  const parts = options.parts ?? [...byBlock.values()];
  const api = await highs();
  let solves = 0;
  const started = Date.now();
  for (const free of parts) {
    const reader = new ReaderModel(api, joint, split ? free : undefined);
    try {
      for (const i of [...pending.keys()]) {
        if (!pending.has(i) || !reader.touches(joint.figures[i]!.terms)) continue;
        if (options.log && solves % 50 === 0) options.log(`joint audit: ${solves} solves, ${pending.size} figures pending, ${((Date.now() - started) / 1000).toFixed(1)} s`);
        const figure = joint.figures[i]!;
        const high = reader.solve(figure.terms, 'max');
        solves += 1;
        if (!high) throw new Error('joint audit: what is published has no solution (inconsistent model)');
        certify(high.atoms);
        // Below k, a published figure must reach k: going down cannot help.
        if (!pending.has(i) || (!figure.unpublished && figure.value < k)) continue;
        const low = reader.solve(figure.terms, 'min')!;
        solves += 1;
        certify(low.atoms);
      }
    } finally {
      reader.dispose();
    }
  }
  const problems: JointProblem[] = [...pending.keys()].map((i) => {
    const figure = joint.figures[i]!;
    return { figure: i, kind: figure.unpublished ? 'small-remainder' : figure.value < k ? 'below-k' : 'pinned' };
  });
  return problems.sort((a, b) => a.figure - b.figure);
}

/**
 * The attacker's view: the exact integer range of each listed figure given everything
 * published (hidden published figures >= 1, unpublished >= 0, atoms >= 0). Needs no truth.
 */
export async function feasibleRanges(joint: JointModel, figures: readonly number[]): Promise<FigureRange[]> {
  checkModel(joint);
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
