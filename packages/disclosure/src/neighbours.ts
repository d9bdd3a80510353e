import { normaliseOptions } from './options.ts';
import { marginGroups } from './table.ts';
import type { SuppressionOptions, TableCell } from './types.ts';

/**
 * For each row, the rows it shares a margin group or a relation with (itself excluded),
 * in row order. A stricter audit than `suppressTable`'s (e.g. `auditJointly`) uses it to
 * choose which visible cell to hide next to a cell it finds exposed.
 */
export function neighbours(cells: readonly TableCell[], options: SuppressionOptions): number[][] {
  const near = cells.map(() => new Set<number>());
  for (const group of marginGroups(cells, normaliseOptions(options))) {
    for (const a of group) for (const b of group) if (a !== b) near[a]!.add(b);
  }
  return near.map((set) => [...set].sort((a, b) => a - b));
}
