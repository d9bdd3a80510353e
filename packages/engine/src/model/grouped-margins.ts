import type { Cell, Row } from '../rows.ts';

/**
 * The margins of a grouped result that no file dimension describes (a count per category
 * of a record-level file): the sums over one or more of its group-by columns. Anyone can
 * ask the engine for them (the same query without that column), so secondary suppression
 * must treat them as published: otherwise one hidden count next to the others and a total
 * asked for separately gives itself away.
 *
 * Each margin row holds `total` in the summed columns and, for each additive count, the
 * sum of its parts' true values; a part whose true value is unknown (it includes a cell the
 * file hid) makes the margin unknown (null), as its own query would show it hidden.
 */
export interface MarginInput {
  /** The group-by columns to sum over (those no file dimension covers). */
  readonly keys: readonly string[];
  /** The other group-by columns: they tell the margins' lines apart. */
  readonly fixed: readonly string[];
  /** Additive counts (count, sums of counts, a rate's summed numerator and denominator). */
  readonly additive: readonly string[];
  /** The marker of a margin in a key column; never a value of the data. */
  readonly total: string;
}

/** Above this many margin rows the table is left without them (and the audit as before). */
export const MARGIN_ROW_LIMIT = 5_000;

export function marginRows(rows: readonly Row[], unknown: readonly ReadonlySet<string>[], input: MarginInput): Row[] {
  const { keys, fixed, additive, total } = input;
  const margins = new Map<string, Row>();
  const unknownIn = new Map<string, Set<string>>();
  // Every non-empty subset of the keys, as a bit mask: the columns summed over.
  for (let mask = 1; mask < 1 << keys.length; mask++) {
    for (const [index, row] of rows.entries()) {
      const coordinates: Record<string, Cell> = {};
      for (const name of fixed) coordinates[name] = row[name] ?? null;
      keys.forEach((name, bit) => (coordinates[name] = mask & (1 << bit) ? total : (row[name] ?? null)));
      const id = JSON.stringify(coordinates, Object.keys(coordinates).sort());
      let margin = margins.get(id);
      if (!margin) {
        if (margins.size === MARGIN_ROW_LIMIT) return [];
        margin = { ...coordinates, ...Object.fromEntries(additive.map((name) => [name, 0])) };
        margins.set(id, margin);
        unknownIn.set(id, new Set());
      }
      for (const name of additive) {
        if (unknown[index]!.has(name) || typeof row[name] !== 'number') unknownIn.get(id)!.add(name);
        else margin[name] = (margin[name] as number) + (row[name] as number);
      }
    }
  }
  return [...margins].map(([id, margin]) => {
    for (const name of unknownIn.get(id)!) margin[name] = null;
    return margin;
  });
}
