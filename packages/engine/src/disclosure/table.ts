import type { Dimension } from '@slt/disclosure';
import { feasiblePoint } from './lp.ts';

/** A dimension with its margin category (and parent -> children for a hierarchy). */
export interface Axis {
  readonly name: string;
  readonly total: string;
  readonly hierarchy: ReadonlyMap<string, readonly string[]> | null;
}

/** The equation a margin row stands for: its count is the sum of its parts. */
export interface MarginGroup {
  readonly margin: number;
  readonly parts: readonly number[];
}

export function toAxis(dimension: Dimension): Axis {
  if (typeof dimension === 'string') return { name: dimension, total: 'all', hierarchy: null };
  return {
    name: dimension.name,
    total: dimension.total ?? 'all',
    hierarchy: dimension.hierarchy ? new Map(Object.entries(dimension.hierarchy)) : null,
  };
}

const SEPARATOR = '\u001f';

/** The margin equations between cells given by their coordinates (one string per axis). */
export function marginGroups(coordinates: readonly (readonly string[])[], axes: readonly Axis[]): MarginGroup[] {
  const position = new Map(coordinates.map((coords, index) => [coords.join(SEPARATOR), index]));
  const groups: MarginGroup[] = [];
  axes.forEach((axis, d) => {
    const categories = [...new Set(coordinates.map((coords) => coords[d]!))];
    const childrenOf = (category: string): readonly string[] | undefined =>
      axis.hierarchy ? axis.hierarchy.get(category) : category === axis.total ? categories.filter((c) => c !== axis.total) : undefined;
    coordinates.forEach((coords, margin) => {
      const parts = (childrenOf(coords[d]!) ?? []).flatMap((child) => {
        const part = position.get(coords.map((c, i) => (i === d ? child : c)).join(SEPARATOR));
        return part === undefined ? [] : [part];
      });
      if (parts.length > 0) groups.push({ margin, parts });
    });
  });
  return groups;
}

/** How many of a cell's coordinates are margins: inner cells are given up before totals. */
export function marginDepth(coords: readonly string[], axes: readonly Axis[]): number {
  return coords.filter((category, d) => {
    const axis = axes[d]!;
    return axis.hierarchy ? axis.hierarchy.has(category) : category === axis.total;
  }).length;
}

/** Whether every coordinate tuple occurs once (else the rows are not one table). */
export function isUnique(coordinates: readonly (readonly string[])[]): boolean {
  return new Set(coordinates.map((coords) => coords.join(SEPARATOR))).size === coordinates.length;
}

/**
 * Whole counts for the cells whose count is not shown (null), consistent with every margin
 * equation and with the counts shown, each at least its lower bound (1 for a suppressed
 * cell: zeros are published, so a hidden count is >= 1). Null when there is no such
 * completion with whole numbers (the shown rows do not add up, or the LP vertex is
 * fractional, which cannot happen for 1-D and 2-D tables) or the table is too big.
 *
 * Which completion does not matter for the audit: what a reader can deduce depends only on
 * what is shown, and every completion is one of the tables a reader must consider.
 */
export function completeCounts(
  values: readonly (number | null)[],
  lower: readonly number[],
  groups: readonly MarginGroup[],
): number[] | null {
  const unknown = new Map<number, number>(); // cell -> LP column
  values.forEach((value, cell) => value === null && unknown.set(cell, unknown.size));
  const rows: Map<number, number>[] = [];
  const rhs: number[] = [];
  for (const group of groups) {
    const terms: Array<[number, number]> = [[group.margin, -1], ...group.parts.map((part): [number, number] => [part, 1])];
    const row = new Map<number, number>();
    let constant = 0; // sum(parts) - margin = 0, with y = x - lower for the unknowns
    for (const [cell, sign] of terms) {
      const column = unknown.get(cell);
      if (column === undefined) constant += sign * values[cell]!;
      else {
        row.set(column, (row.get(column) ?? 0) + sign);
        constant += sign * lower[cell]!;
      }
    }
    if (row.size === 0) {
      if (constant !== 0) return null;
      continue;
    }
    rows.push(row);
    rhs.push(-constant);
  }
  const y = feasiblePoint({ rows, rhs, width: unknown.size });
  if (!y) return null;
  const completed: number[] = [];
  for (const [cell, value] of values.entries()) {
    if (value !== null) {
      completed.push(value);
      continue;
    }
    const x = y[unknown.get(cell)!]! + lower[cell]!;
    if (Math.abs(x - Math.round(x)) > 1e-6) return null;
    completed.push(Math.round(x));
  }
  return completed;
}
