import fc from 'fast-check';
import { normaliseOptions } from '../options.ts';
import { linkTable } from '../table.ts';
import type { Dimension, TableCell } from '../types.ts';
import type { LinearSystem } from './interval.ts';

/** Small counts are what suppression is about: many zeros, many 1..k-1, some large. */
export const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 3, arbitrary: fc.integer({ min: 5, max: 40 }) },
);

export interface GeneratedTable {
  readonly cells: Array<Record<string, string | number>>;
  readonly dimensions: Dimension[];
}

/**
 * A full cross table over the given category lists with every margin ('all'), from
 * random inner counts. Margins are sums, so the table is consistent by construction.
 */
export function crossTable(categories: readonly (readonly string[])[], inner: readonly number[]): GeneratedTable {
  const names = categories.map((_, d) => `d${d}`);
  const withAll = categories.map((list) => [...list, 'all']);
  const combos = withAll.reduce<string[][]>((acc, list) => acc.flatMap((p) => list.map((c) => [...p, c])), [[]]);
  const innerCombos = categories.reduce<string[][]>((acc, list) => acc.flatMap((p) => list.map((c) => [...p, c])), [[]]);
  const innerValue = new Map(innerCombos.map((combo, i) => [combo.join('|'), inner[i]!]));
  const cells = combos.map((combo) => {
    let value = 0;
    for (const [key, v] of innerValue) {
      const parts = key.split('|');
      if (combo.every((c, d) => c === 'all' || c === parts[d])) value += v;
    }
    const cell: Record<string, string | number> = { value };
    combo.forEach((c, d) => (cell[names[d]!] = c));
    return cell;
  });
  return { cells, dimensions: names };
}

/** Random category counts per dimension and matching inner counts. */
export function arbitraryCross(sizes: { dims: number; min: number; max: number }) {
  return fc
    .array(fc.integer({ min: sizes.min, max: sizes.max }), { minLength: sizes.dims, maxLength: sizes.dims })
    .chain((lengths) => {
      const cellsNeeded = lengths.reduce((a, b) => a * b, 1);
      return fc.array(count, { minLength: cellsNeeded, maxLength: cellsNeeded }).map((inner) =>
        crossTable(
          lengths.map((n, d) => Array.from({ length: n }, (_, i) => `${String.fromCharCode(97 + d)}${i}`)),
          inner,
        ),
      );
    });
}

/** The equations a reader can write down: one per margin group, unknowns = hidden cells. */
export function readerSystem(
  cells: readonly TableCell[],
  dimensions: readonly Dimension[],
  hidden: readonly boolean[],
): { system: LinearSystem; unknowns: number[] } {
  const table = linkTable(cells, normaliseOptions({ k: 2, dimensions }));
  const unknowns = hidden.flatMap((h, i) => (h ? [i] : []));
  const column = new Map(unknowns.map((cell, j) => [cell, j]));
  const a: number[][] = [];
  const b: number[] = [];
  for (const group of table.groups) {
    const row = new Array<number>(unknowns.length).fill(0);
    let rhs = 0;
    const add = (cell: number, coefficient: number) => {
      if (hidden[cell]) row[column.get(cell)!]! += coefficient;
      else rhs -= coefficient * table.values[cell]!;
    };
    add(group.margin, 1);
    for (const part of group.parts) add(part, -1);
    if (row.some((v) => v !== 0)) {
      a.push(row);
      b.push(rhs);
    }
  }
  return { system: { a, b }, unknowns };
}
