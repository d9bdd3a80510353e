import { maximise } from './lp.ts';
import { membersOf, type LinkedTable } from './table.ts';

const EPSILON = 1e-9;

/**
 * Hidden cells whose value a reader can recompute exactly from the published cells and
 * margins. Each margin group is one linear equation; a hidden cell is determined when its
 * unit vector lies in the row space of those equations restricted to hidden cells, i.e.
 * when reduced row echelon form has a row with that cell alone.
 *
 * This is exact for a reader who knows only that counts are >= 0: a bound can only pin
 * a cell when some hidden cell sits on it (is 0), and suppression never hides a zero.
 * Because zeros are published, a reader also knows hidden counts are >= 1; `pinnedCells`
 * is the exact check for that reader.
 */
export function determinedCells(table: LinkedTable, hidden: readonly boolean[]): number[] {
  const determined: number[] = [];
  for (const component of hiddenComponents(table, hidden)) {
    determined.push(...determinedInComponent(table, hidden, component));
  }
  return determined.sort((a, b) => a - b);
}

/**
 * Zeros are published as zeros, so a reader knows every hidden cell is at least 1. A group
 * whose margin is visible and whose hidden cells add up to exactly their number gives them
 * all away (they are all 1). Returns the hidden cells of such groups.
 */
export function residualDisclosures(table: LinkedTable, hidden: readonly boolean[]): number[] {
  const found = new Set<number>();
  for (const group of table.groups) {
    if (hidden[group.margin]) continue;
    const hiddenParts = group.parts.filter((part) => hidden[part]);
    if (hiddenParts.length === 0) continue;
    const residual = hiddenParts.reduce((sum, part) => sum + table.values[part]!, 0);
    if (residual === hiddenParts.length) for (const part of hiddenParts) found.add(part);
  }
  return [...found].sort((a, b) => a - b);
}

/** Groups of hidden cells linked through margin groups; each can be solved on its own. */
function hiddenComponents(table: LinkedTable, hidden: readonly boolean[]): number[][] {
  const parent = table.values.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[index] !== root) {
      const next = parent[index]!;
      parent[index] = root;
      index = next;
    }
    return root;
  };
  for (const group of table.groups) {
    const members = membersOf(group).filter((member) => hidden[member]);
    for (const member of members.slice(1)) parent[find(member)] = find(members[0]!);
  }
  const components = new Map<number, number[]>();
  hidden.forEach((isHidden, index) => {
    if (!isHidden) return;
    const root = find(index);
    const component = components.get(root);
    if (component) component.push(index);
    else components.set(root, [index]);
  });
  return [...components.values()];
}

function componentRows(table: LinkedTable, hidden: readonly boolean[], component: readonly number[]): SparseRow[] {
  const column = new Map(component.map((cell, index) => [cell, index]));
  const groupIndexes = new Set<number>();
  for (const cell of component) for (const g of table.groupsOfCell[cell]!) groupIndexes.add(g);
  const rows: SparseRow[] = [];
  for (const g of [...groupIndexes].sort((a, b) => a - b)) {
    const group = table.groups[g]!;
    const row: SparseRow = new Map();
    if (hidden[group.margin]) row.set(column.get(group.margin)!, 1);
    for (const part of group.parts) if (hidden[part]) row.set(column.get(part)!, -1);
    rows.push(row);
  }
  return rows;
}

function determinedInComponent(table: LinkedTable, hidden: readonly boolean[], component: number[]): number[] {
  return soleColumns(componentRows(table, hidden, component), component.length).map((col) => component[col]!);
}

/**
 * Columns fixed by the equations: after full (Gauss-Jordan) reduction a pivot row holds
 * its pivot and free columns only; a row with the pivot alone fixes that column.
 */
function soleColumns(rows: SparseRow[], width: number): number[] {
  return reduceSparse(rows, width)
    .filter(([row]) => rows[row]!.size === 1)
    .map(([, col]) => col);
}

/**
 * Hidden cells a reader pins down knowing that every hidden count is at least 1 (zeros
 * are published, so a hidden cell is never 0) and every unpublished one at least 0. A
 * hidden 1 (an unpublished 0) sits on that bound: it can only
 * move up, and only along directions that keep every other hidden 1 from moving down.
 * Exact: one linear programme per group of linked hidden cells finds which hidden 1s can
 * move at all (the largest support of the cone of feasible directions); the others are
 * fixed at 1, and with them fixed the linear check finds every other fixed cell.
 */
export function pinnedCells(table: LinkedTable, hidden: readonly boolean[]): number[] {
  const pinned: number[] = [];
  for (const component of hiddenComponents(table, hidden)) {
    const rows = componentRows(table, hidden, component);
    const width = component.length;
    const atBound = component.flatMap((cell, col) => (table.values[cell] === table.lower[cell] ? [col] : []));
    const stuck = atBound.length === 0 ? [] : stuckAtBound(rows.map((row) => new Map(row)), width, atBound);
    const withStuck = [...rows, ...stuck.map((col): SparseRow => new Map([[col, 1]]))];
    pinned.push(...soleColumns(withStuck, width).map((col) => component[col]!));
  }
  return pinned.sort((a, b) => a - b);
}

/** Of the columns at their lower bound, those no feasible direction can move. */
function stuckAtBound(rows: SparseRow[], width: number, atBound: readonly number[]): number[] {
  const pivots = reduceSparse(rows, width);
  const pivotRowOf = new Map(pivots.map(([row, col]) => [col, row]));
  // Directions z with A z = 0 are parametrised by the free columns: z_free = w,
  // z_pivot = -(row without its pivot) . w.
  const expressions = atBound.map((col) => {
    const row = pivotRowOf.get(col);
    if (row === undefined) return new Map([[col, 1]]);
    const expression = new Map<number, number>();
    for (const [j, v] of rows[row]!) if (j !== col) expression.set(j, -v);
    return expression;
  });
  const freeColumns = [...new Set(expressions.flatMap((e) => [...e.keys()]))].sort((a, b) => a - b);
  const wIndex = new Map(freeColumns.map((col, i) => [col, i]));
  const plus = (col: number) => 2 * wIndex.get(col)!;
  const tIndex = (i: number) => 2 * freeColumns.length + i;
  const lpRows: Array<Map<number, number>> = [];
  const rhs: number[] = [];
  expressions.forEach((expression, i) => {
    const minusZ = new Map<number, number>();
    for (const [col, v] of expression) {
      minusZ.set(plus(col), -v);
      minusZ.set(plus(col) + 1, v);
    }
    lpRows.push(new Map([...minusZ, [tIndex(i), 1]]), minusZ, new Map([[tIndex(i), 1]]));
    rhs.push(0, 0, 1);
  });
  const objective = new Array<number>(2 * freeColumns.length + atBound.length).fill(0);
  atBound.forEach((_, i) => (objective[tIndex(i)] = 1));
  const solution = maximise({ objective, rows: lpRows, rhs });
  if (!solution) throw new Error('audit failed: bounded programme reported unbounded');
  return atBound.filter((_, i) => solution[tIndex(i)]! < 0.5);
}

type SparseRow = Map<number, number>;

/**
 * Sparse Gauss-Jordan elimination in place. Margin equations have at most a dozen
 * non-zeros each, so rows stay short; among rows with a usable pivot the shortest is
 * taken to limit fill-in. Returns the [row, column] pivots.
 */
function reduceSparse(rows: SparseRow[], width: number): Array<[number, number]> {
  const rowsWith: Array<Set<number>> = Array.from({ length: width }, () => new Set());
  rows.forEach((row, r) => {
    for (const col of row.keys()) rowsWith[col]!.add(r);
  });
  const isPivotRow = new Uint8Array(rows.length);
  const pivots: Array<[number, number]> = [];
  for (let col = 0; col < width; col += 1) {
    let pivot = -1;
    for (const r of rowsWith[col]!) {
      if (isPivotRow[r] || Math.abs(rows[r]!.get(col)!) <= EPSILON) continue;
      if (pivot < 0 || rows[r]!.size < rows[pivot]!.size) pivot = r;
    }
    if (pivot < 0) continue;
    isPivotRow[pivot] = 1;
    pivots.push([pivot, col]);
    const pivotRow = rows[pivot]!;
    const scale = pivotRow.get(col)!;
    for (const [j, value] of pivotRow) pivotRow.set(j, value / scale);
    for (const r of [...rowsWith[col]!]) {
      if (r === pivot) continue;
      const row = rows[r]!;
      const factor = row.get(col)!;
      for (const [j, value] of pivotRow) {
        const next = (row.get(j) ?? 0) - factor * value;
        if (Math.abs(next) <= EPSILON) {
          if (row.delete(j)) rowsWith[j]!.delete(r);
        } else {
          if (!row.has(j)) rowsWith[j]!.add(r);
          row.set(j, next);
        }
      }
    }
  }
  return pivots;
}
