import { findDisclosures, isPrimary, type Dimension } from '@slt/disclosure';
import { marginDepth, marginGroups, completeCounts, isUnique, type Axis } from './table.ts';

/** One table of a result: the rows (by index) that share their non-dimension columns. */
export interface Slice {
  readonly rows: readonly number[];
  readonly coordinates: readonly (readonly string[])[];
  /** The count as shown by the file (null where the file hides it). */
  readonly values: readonly (number | null)[];
  /** Whether the file marks the row confidential (status ':'). */
  readonly confidential: readonly boolean[];
}

export type Audit =
  /** Cells (indexes into the slice) to hide, beyond the file's own hidden cells. */
  | { readonly kind: 'hide'; readonly cells: readonly number[] }
  /** The rows are not one consistent table over the dimensions: nothing can be audited. */
  | { readonly kind: 'not-a-table'; readonly reason: string };

const CELL = '\u0000count';

/**
 * Primary and secondary suppression of one shown table at the k in force, on top of what
 * the file hides. The file's hidden counts are unknown here, so they are filled in with
 * one completion consistent with everything shown (any will do, see completeCounts), and
 * @slt/disclosure's audit (findDisclosures) runs on what would be shown: while it finds a
 * hidden count that what is shown determines, a visible non-zero neighbour is hidden too.
 *
 * With `remainders` (this step decides, see DisclosurePolicy), a shown margin whose hidden
 * parts could only be under k is treated as exposed too (`smallRemainder`).
 *
 * Not suppressTable on the completion: it would treat the file's hidden cells as known
 * counts (a completed 6 is not primary) and choose other partners than the file did, hiding
 * more than needed. Starting from what is already hidden, a safe file at its own k comes
 * back unchanged.
 */
export function auditSlice(slice: Slice, axes: readonly Axis[], k: number, remainders = true): Audit {
  const { coordinates, values } = slice;
  if (!isUnique(coordinates)) return { kind: 'not-a-table', reason: 'two rows with the same dimension values' };
  const groups = marginGroups(coordinates, axes);
  const lower = values.map((_, cell) => (slice.confidential[cell] ? 1 : 0));
  // A file that hid a true zero has no completion with every hidden count >= 1.
  const completed = completeCounts(values, lower, groups) ?? completeCounts(values, lower.map(() => 0), groups);
  if (!completed) return { kind: 'not-a-table', reason: 'no whole-number completion: the shown margins do not add up, or the table is too big' };

  const dimensions: Dimension[] = axes.map((axis) => ({
    name: axis.name,
    total: axis.total,
    ...(axis.hierarchy ? { hierarchy: Object.fromEntries(axis.hierarchy) } : {}),
  }));
  const options = { k, dimensions, valueField: CELL };
  const cells = coordinates.map((coords, cell) => ({
    ...Object.fromEntries(axes.map((axis, d) => [axis.name, coords[d]])),
    [CELL]: completed[cell]!,
  }));
  // Primary at the k in force, on top of what the file hides.
  const hidden = values.map((value) => value === null || isPrimary(value, k));
  const depth = coordinates.map((coords) => marginDepth(coords, axes));
  const neighbours = (cell: number) =>
    groups.filter((g) => g.margin === cell || g.parts.includes(cell)).flatMap((g) => [g.margin, ...g.parts]);
  const visible = (cell: number) => !hidden[cell] && completed[cell]! > 0;
  const cheapest = (candidates: readonly number[]) =>
    candidates.filter(visible).sort((a, b) => depth[a]! - depth[b]! || completed[a]! - completed[b]! || a - b)[0];
  // Each round hides one more cell, so this ends.
  for (let round = 0; round <= cells.length; round++) {
    const published = cells.map((cell, index) => ({ ...cell, [CELL]: hidden[index] ? null : cell[CELL] }));
    let exposed: number | undefined;
    try {
      exposed = findDisclosures(cells, published, options)[0]?.row ?? (remainders ? smallRemainder(groups, hidden, completed, k) : undefined);
    } catch (error) {
      return { kind: 'not-a-table', reason: String(error) };
    }
    if (exposed === undefined) {
      return { kind: 'hide', cells: hidden.flatMap((isHidden, cell) => (isHidden && values[cell] !== null ? [cell] : [])) };
    }
    // Give up a visible non-zero neighbour of the exposed cell: the most detailed one (so
    // totals stay visible), then the smallest; anything non-zero if no neighbour is left.
    const pick = cheapest(neighbours(exposed)) ?? cheapest(cells.map((_, index) => index));
    if (pick === undefined) break;
    hidden[pick] = true;
  }
  // Nothing left to hide and still exposed: hide the whole table rather than show it.
  return { kind: 'hide', cells: cells.map((_, index) => index) };
}

/**
 * The protection interval within one margin (data/README.md): where the margin is shown, the
 * hidden parts add up to what the shown parts leave, and each is at least 1 (zeros are shown),
 * so one of h hidden parts can be at most `rest - (h - 1)`. If that is below k, a reader knows
 * every hidden part is a count under k (at k = 10: "orange and red together are 7").
 * Returns a hidden part of the first such margin, so a neighbour is given up for it.
 */
function smallRemainder(
  groups: ReadonlyArray<{ readonly margin: number; readonly parts: readonly number[] }>,
  hidden: readonly boolean[],
  completed: readonly number[],
  k: number,
): number | undefined {
  for (const group of groups) {
    if (hidden[group.margin]) continue;
    const secret = group.parts.filter((part) => hidden[part]);
    if (secret.length === 0) continue;
    const rest = completed[group.margin]! - group.parts.reduce((sum, part) => sum + (hidden[part] ? 0 : completed[part]!), 0);
    if (rest > 0 && rest - (secret.length - 1) < k) return secret[0];
  }
  return undefined;
}
