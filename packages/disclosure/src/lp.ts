/**
 * A small dense simplex for  max c.x  subject to  A x <= b, x >= 0, with b >= 0 (so the
 * slack basis is a feasible start and no phase 1 is needed). Dantzig's rule with Bland's
 * rule after degenerate pivots, so it cannot cycle. Enough for the audit's feasibility
 * questions on a table's hidden cells; not a general-purpose solver.
 */
export interface PackingLp {
  readonly objective: readonly number[];
  /** Sparse rows: column -> coefficient. */
  readonly rows: ReadonlyArray<ReadonlyMap<number, number>>;
  readonly rhs: readonly number[];
}

const EPS = 1e-9;

/** Optimal x, or null when the objective is unbounded. */
export function maximise(lp: PackingLp, maxPivots = 50_000): Float64Array | null {
  const n = lp.objective.length;
  const m = lp.rows.length;
  const width = n + m;
  const tableau = lp.rows.map((row, r) => {
    if (lp.rhs[r]! < 0) throw new RangeError('maximise needs b >= 0');
    const line = new Float64Array(width + 1);
    for (const [j, v] of row) line[j] = v;
    line[n + r] = 1;
    line[width] = lp.rhs[r]!;
    return line;
  });
  // Reduced costs row: -c for structural columns (we look for negative entries).
  const cost = new Float64Array(width + 1);
  lp.objective.forEach((c, j) => (cost[j] = -c));
  const basis = Array.from({ length: m }, (_, r) => n + r);
  let bland = false;
  for (let pivots = 0; pivots < maxPivots; pivots += 1) {
    let entering = -1;
    let best = -EPS;
    for (let j = 0; j < width; j += 1) {
      if (cost[j]! < best) {
        entering = j;
        if (bland) break;
        best = cost[j]!;
      }
    }
    if (entering < 0) {
      const x = new Float64Array(n);
      basis.forEach((col, r) => {
        if (col < n) x[col] = tableau[r]![width]!;
      });
      return x;
    }
    let leaving = -1;
    let ratio = Infinity;
    for (let r = 0; r < m; r += 1) {
      const a = tableau[r]![entering]!;
      if (a <= EPS) continue;
      const q = tableau[r]![width]! / a;
      if (q < ratio - EPS || (Math.abs(q - ratio) <= EPS && basis[r]! < basis[leaving]!)) {
        ratio = q;
        leaving = r;
      }
    }
    if (leaving < 0) return null;
    bland = ratio <= EPS;
    pivot(tableau, cost, leaving, entering, width);
    basis[leaving] = entering;
  }
  throw new Error(`simplex gave up after ${maxPivots} pivots`);
}

function pivot(tableau: Float64Array[], cost: Float64Array, leaving: number, entering: number, width: number): void {
  const row = tableau[leaving]!;
  const scale = row[entering]!;
  const nonZero: number[] = [];
  for (let j = 0; j <= width; j += 1) {
    if (row[j] !== 0) {
      row[j] = row[j]! / scale;
      nonZero.push(j);
    }
  }
  const eliminate = (line: Float64Array) => {
    const factor = line[entering]!;
    if (Math.abs(factor) <= EPS) {
      line[entering] = 0;
      return;
    }
    for (const j of nonZero) line[j] = line[j]! - factor * row[j]!;
    line[entering] = 0;
  };
  tableau.forEach((line, r) => {
    if (r !== leaving) eliminate(line);
  });
  eliminate(cost);
}
