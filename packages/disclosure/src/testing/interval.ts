/**
 * Test oracle, independent of the production audit: the feasible interval of one hidden
 * cell given everything published, by linear programming (dense two-phase simplex with
 * Bland's rule; fine for the small tables of the property tests).
 *
 * Unknowns are the hidden cells, x >= lower. Each margin group gives one equation.
 */
export interface LinearSystem {
  /** rows x unknowns */
  readonly a: number[][];
  readonly b: number[];
}

const EPS = 1e-9;

export function feasibleInterval(system: LinearSystem, lower: number, variable: number): [number, number] {
  // x >= lower, so the minimum is never unbounded.
  const min = optimise(system, lower, variable, 1) ?? lower;
  const max = optimise(system, lower, variable, -1);
  return [min, max === null ? Infinity : -max];
}

/** Minimises sign * x[variable]; null when unbounded. Throws when infeasible. */
function optimise(system: LinearSystem, lower: number, variable: number, sign: number): number | null {
  const n = system.a[0]?.length ?? 0;
  // y = x - lower >= 0; A y = b - A * lower, rows negated so the right side is >= 0.
  const rows = system.a.map((row, r) => {
    const rhs = system.b[r]! - row.reduce((s, v) => s + v * lower, 0);
    const flip = rhs < 0 ? -1 : 1;
    return { coef: row.map((v) => v * flip), rhs: rhs * flip };
  });
  const m = rows.length;
  // Tableau columns: n structural, m artificial, then rhs.
  const width = n + m + 1;
  const t = rows.map(({ coef, rhs }, r) => {
    const line = new Array<number>(width).fill(0);
    coef.forEach((v, j) => (line[j] = v));
    line[n + r] = 1;
    line[width - 1] = rhs;
    return line;
  });
  const basis = rows.map((_, r) => n + r);
  const pivotOn = (leaving: number, entering: number) => {
    const pivot = t[leaving]![entering]!;
    for (let j = 0; j < width; j += 1) t[leaving]![j]! /= pivot;
    for (let r = 0; r < m; r += 1) {
      if (r === leaving) continue;
      const factor = t[r]![entering]!;
      if (Math.abs(factor) > EPS) for (let j = 0; j < width; j += 1) t[r]![j]! -= factor * t[leaving]![j]!;
    }
    basis[leaving] = entering;
  };
  const run = (cost: number[], columns: number): 'optimal' | 'unbounded' => {
    for (let guard = 0; guard < 10_000; guard += 1) {
      // Reduced costs c_j - c_B B^-1 A_j; Bland: first improving column.
      let entering = -1;
      for (let j = 0; j < columns; j += 1) {
        let reduced = cost[j]!;
        for (let r = 0; r < m; r += 1) reduced -= cost[basis[r]!]! * t[r]![j]!;
        if (reduced < -EPS) {
          entering = j;
          break;
        }
      }
      if (entering < 0) return 'optimal';
      let leaving = -1;
      let best = Infinity;
      for (let r = 0; r < m; r += 1) {
        const v = t[r]![entering]!;
        if (v > EPS) {
          const ratio = t[r]![width - 1]! / v;
          if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[r]! < basis[leaving]!)) {
            best = ratio;
            leaving = r;
          }
        }
      }
      if (leaving < 0) return 'unbounded';
      pivotOn(leaving, entering);
    }
    throw new Error('simplex did not converge');
  };
  const value = (cost: number[]) => basis.reduce((s, col, r) => s + cost[col]! * t[r]![width - 1]!, 0);
  const phase1 = new Array<number>(width - 1).fill(0).map((_, j) => (j >= n ? 1 : 0));
  run(phase1, width - 1);
  if (value(phase1) > 1e-6) throw new Error('infeasible system: the true table should always be feasible');
  // Drive artificials (now at zero) out of the basis; a row with no structural entry is redundant.
  const redundant = new Set<number>();
  for (let r = 0; r < m; r += 1) {
    if (basis[r]! < n) continue;
    let column = -1;
    for (let j = 0; j < n && column < 0; j += 1) if (Math.abs(t[r]![j]!) > EPS) column = j;
    if (column >= 0) pivotOn(r, column);
    else redundant.add(r);
  }
  for (const r of redundant) t[r]!.fill(0);
  // Phase 2 over structural columns only: artificials never re-enter.
  const phase2 = new Array<number>(width - 1).fill(0).map((_, j) => (j === variable ? sign : 0));
  if (run(phase2, n) === 'unbounded') return null;
  return value(phase2) + sign * lower;
}
