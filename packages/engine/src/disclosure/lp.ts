/**
 * Finds one point of { x : A x = b, x >= 0 } with a phase-1 simplex (dense tableau,
 * Bland's rule, so it cannot cycle). Used to fill in the hidden counts of a shown table
 * with values consistent with everything shown; the tables a widget shows are small.
 */
export interface EqualitySystem {
  /** Sparse rows: column -> coefficient. */
  readonly rows: ReadonlyArray<ReadonlyMap<number, number>>;
  readonly rhs: readonly number[];
  readonly width: number;
}

const EPS = 1e-9;

/** A feasible x, or null when there is none (or the system is too big to solve here). */
export function feasiblePoint(system: EqualitySystem, maxCells = 4_000_000): Float64Array | null {
  const { width: n } = system;
  const m = system.rows.length;
  if (m === 0) return new Float64Array(n);
  const columns = n + m;
  if (m * (columns + 1) > maxCells) return null;
  // Rows scaled so the right-hand side is >= 0; one artificial variable per row.
  const tableau = system.rows.map((row, r) => {
    const sign = system.rhs[r]! < 0 ? -1 : 1;
    const line = new Float64Array(columns + 1);
    for (const [j, v] of row) line[j] = sign * v;
    line[n + r] = 1;
    line[columns] = sign * system.rhs[r]!;
    return line;
  });
  // Reduced costs of "minimise the sum of the artificials".
  const cost = new Float64Array(columns + 1);
  for (const line of tableau) for (let j = 0; j < n; j++) cost[j]! -= line[j]!;
  for (const line of tableau) cost[columns]! -= line[columns]!;
  const basis = Array.from({ length: m }, (_, r) => n + r);
  for (let pivots = 0; pivots < 100_000; pivots++) {
    let entering = -1;
    for (let j = 0; j < columns; j++) {
      if (cost[j]! < -EPS) {
        entering = j;
        break;
      }
    }
    if (entering < 0) break;
    let leaving = -1;
    let ratio = Infinity;
    tableau.forEach((line, r) => {
      const a = line[entering]!;
      if (a <= EPS) return;
      const q = line[columns]! / a;
      if (q < ratio - EPS || (Math.abs(q - ratio) <= EPS && basis[r]! < basis[leaving]!)) {
        ratio = q;
        leaving = r;
      }
    });
    if (leaving < 0) return null; // cannot happen in phase 1 (bounded below by 0)
    pivot(tableau, cost, leaving, entering);
    basis[leaving] = entering;
  }
  if (Math.abs(cost[columns]!) > 1e-7) return null;
  const x = new Float64Array(n);
  basis.forEach((j, r) => {
    if (j < n) x[j] = tableau[r]![columns]!;
  });
  return x;
}

function pivot(tableau: Float64Array[], cost: Float64Array, row: number, column: number): void {
  const line = tableau[row]!;
  const scale = line[column]!;
  for (let j = 0; j < line.length; j++) line[j]! /= scale;
  const eliminate = (other: Float64Array) => {
    const factor = other[column]!;
    if (factor === 0) return;
    for (let j = 0; j < other.length; j++) other[j]! -= factor * line[j]!;
  };
  tableau.forEach((other, r) => r !== row && eliminate(other));
  eliminate(cost);
}
