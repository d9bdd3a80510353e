import { membersOf, type LinkedTable } from './table.ts';

const EPSILON = 1e-9;

/**
 * Hidden cells whose value a reader can recompute exactly from the published cells and
 * margins. Each margin group is one linear equation; a hidden cell is determined when its
 * unit vector lies in the row space of those equations restricted to hidden cells, i.e.
 * when reduced row echelon form has a row with that cell alone.
 *
 * With non-negativity bounds a cell can also be pinned when every direction that would
 * move it drives another hidden cell below zero. That needs a hidden cell at its bound,
 * and the suppression here never hides a zero, so for tables it produced the linear check
 * is exact. See `residualDisclosures` for what publishing zeros tells a reader.
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

function determinedInComponent(table: LinkedTable, hidden: readonly boolean[], component: number[]): number[] {
  const column = new Map(component.map((cell, index) => [cell, index]));
  const groupIndexes = new Set<number>();
  for (const cell of component) for (const g of table.groupsOfCell[cell]!) groupIndexes.add(g);
  const rows: SparseRow[] = [];
  for (const g of groupIndexes) {
    const group = table.groups[g]!;
    const row: SparseRow = new Map();
    if (hidden[group.margin]) row.set(column.get(group.margin)!, 1);
    for (const part of group.parts) if (hidden[part]) row.set(column.get(part)!, -1);
    rows.push(row);
  }
  // After full (Gauss-Jordan) reduction a pivot row holds its pivot and free columns only;
  // a row with the pivot alone fixes that cell's value.
  return reduceSparse(rows, component.length)
    .filter((pivotRow) => rows[pivotRow]!.size === 1)
    .map((pivotRow) => component[rows[pivotRow]!.keys().next().value!]!);
}

type SparseRow = Map<number, number>;

/**
 * Sparse Gauss-Jordan elimination in place. Margin equations have at most a dozen
 * non-zeros each, so rows stay short; among rows with a usable pivot the shortest is
 * taken to limit fill-in. Returns the indexes of the pivot rows.
 */
function reduceSparse(rows: SparseRow[], width: number): number[] {
  const rowsWith: Array<Set<number>> = Array.from({ length: width }, () => new Set());
  rows.forEach((row, r) => {
    for (const col of row.keys()) rowsWith[col]!.add(r);
  });
  const isPivotRow = new Uint8Array(rows.length);
  const pivotRows: number[] = [];
  for (let col = 0; col < width; col += 1) {
    let pivot = -1;
    for (const r of rowsWith[col]!) {
      if (isPivotRow[r] || Math.abs(rows[r]!.get(col)!) <= EPSILON) continue;
      if (pivot < 0 || rows[r]!.size < rows[pivot]!.size) pivot = r;
    }
    if (pivot < 0) continue;
    isPivotRow[pivot] = 1;
    pivotRows.push(pivot);
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
  return pivotRows;
}
