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
  const width = component.length;
  const groupIndexes = new Set<number>();
  for (const cell of component) for (const g of table.groupsOfCell[cell]!) groupIndexes.add(g);
  const rows: Float64Array[] = [];
  for (const g of groupIndexes) {
    const group = table.groups[g]!;
    const row = new Float64Array(width);
    if (hidden[group.margin]) row[column.get(group.margin)!] = 1;
    for (const part of group.parts) if (hidden[part]) row[column.get(part)!] = -1;
    rows.push(row);
  }
  const pivots = reduceToEchelon(rows, width);
  const pivotColumns = new Set(pivots.map(([, col]) => col));
  const determined: number[] = [];
  for (const [rowIndex, col] of pivots) {
    const row = rows[rowIndex]!;
    let alone = true;
    for (let j = 0; j < width && alone; j += 1) {
      if (j !== col && !pivotColumns.has(j) && Math.abs(row[j]!) > EPSILON) alone = false;
    }
    if (alone) determined.push(component[col]!);
  }
  return determined;
}

/** Gauss-Jordan elimination in place with partial pivoting; returns [row, column] pivots. */
function reduceToEchelon(rows: Float64Array[], width: number): Array<[number, number]> {
  const pivots: Array<[number, number]> = [];
  let top = 0;
  for (let col = 0; col < width && top < rows.length; col += 1) {
    let best = top;
    for (let r = top + 1; r < rows.length; r += 1) {
      if (Math.abs(rows[r]![col]!) > Math.abs(rows[best]![col]!)) best = r;
    }
    if (Math.abs(rows[best]![col]!) <= EPSILON) continue;
    [rows[top], rows[best]] = [rows[best]!, rows[top]!];
    const pivotRow = rows[top]!;
    const scale = pivotRow[col]!;
    for (let j = 0; j < width; j += 1) pivotRow[j] = pivotRow[j]! / scale;
    for (let r = 0; r < rows.length; r += 1) {
      if (r === top) continue;
      const row = rows[r]!;
      const factor = row[col]!;
      if (Math.abs(factor) <= EPSILON) continue;
      for (let j = 0; j < width; j += 1) row[j] = row[j]! - factor * pivotRow[j]!;
    }
    pivots.push([top, col]);
    top += 1;
  }
  return pivots;
}
