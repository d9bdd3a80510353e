import { determinedCells, pinnedCells } from './audit.ts';
import { normaliseOptions } from './options.ts';
import { isPrimaryCell, linkTable, membersOf, needsProtection, type LinkedTable } from './table.ts';
import {
  CONFIDENTIAL,
  type Suppression,
  type SuppressedCell,
  type SuppressionOptions,
  type TableCell,
} from './types.ts';

/** A count that must be hidden on its own: 1..k-1. Zero is a true, published zero. */
export function isPrimary(count: number, k: number): boolean {
  return count >= 1 && count < k;
}

/**
 * Primary and secondary suppression of a table published with its margins.
 *
 * Rows carry dimension categories and a count; margins are rows whose category is the
 * dimension's total (`'all'`) or a parent in its hierarchy. Every count 1..k-1 is hidden
 * (primary); then more cells are hidden (secondary) until no hidden cell can be
 * recomputed from what is published: no margin group with a single hidden cell, no group
 * whose hidden cells must all be 1, and no hidden cell fixed by the linear system of all
 * margin groups together (linked tables). Hidden rows get `value: null` and status `':'`.
 */
export function suppressTable<T extends TableCell>(
  cells: readonly T[],
  options: SuppressionOptions,
): Array<SuppressedCell<T>> {
  const normalised = normaliseOptions(options);
  const table = linkTable(cells, normalised);
  const keep = options.keep;
  if (keep !== undefined && typeof keep !== 'function') throw new TypeError(`invalid keep: ${String(keep)} (a function)`);
  const worth = keep ? cells.map((cell, index) => checkedWorth(keep(cell), index)) : undefined;
  const reason = chooseSuppressions(worth ? { ...table, worth } : table, normalised.k, options.interval === true);
  return cells.map((cell, index) => {
    const why = reason[index] ?? null;
    return {
      ...cell,
      ...(why ? { [normalised.valueField]: null } : {}),
      status: why ? CONFIDENTIAL : null,
      suppression: why,
    } as SuppressedCell<T>;
  });
}

function checkedWorth(value: unknown, index: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`invalid keep in row ${index}: ${String(value)} (a number)`);
  return value;
}

/** A linked table with how much each cell is worth keeping visible. */
type WeightedTable = LinkedTable & { readonly worth?: readonly number[] };

/** Which cells to hide and why; exported for the audit in tests. */
export function chooseSuppressions(table: WeightedTable, k: number, interval = false): Array<Suppression | null> {
  const reason: Array<Suppression | null> = table.values.map((_, cell) =>
    table.unpublished[cell] ? 'unpublished' : isPrimaryCell(table, cell, k) ? 'primary' : null,
  );
  const hidden = (): boolean[] => reason.map((why) => why !== null);
  const hide = (cell: number): void => {
    reason[cell] = 'secondary';
  };
  for (;;) {
    closeGroups(table, reason, hide, k, interval);
    // The linear check is cheap; the check with hidden counts known to be >= 1 solves a
    // linear programme, so it runs once the cheap one passes.
    const mustHold = (cell: number) => needsProtection(table, cell, k);
    let exposed = determinedCells(table, hidden()).filter(mustHold);
    if (exposed.length === 0) exposed = pinnedCells(table, hidden()).filter(mustHold);
    if (exposed.length === 0) return reason;
    const picks = new Set<number>();
    for (const cell of exposed) {
      const candidate = cheapestVisibleNeighbour(table, reason, cell);
      if (candidate !== undefined) picks.add(candidate);
    }
    if (picks.size === 0) throw new Error('suppression failed: an exposed cell has no visible non-zero cell to pair with');
    for (const candidate of picks) hide(candidate);
  }
}

/**
 * The classic heuristic: while a margin group has exactly one hidden cell (or hidden cells
 * that must all sit on their lower bound: 1, or 0 if unpublished), hide its smallest
 * visible non-zero cell. Repeats to a fixed point because each new hidden cell can leave
 * another group with a single hidden cell. Only hidden cells that need protection count:
 * an unpublished remainder of 0 or >= k may be recomputed.
 */
function closeGroups(
  table: WeightedTable,
  reason: Array<Suppression | null>,
  hide: (cell: number) => void,
  k: number,
  interval = false,
): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of table.groups) {
      const members = membersOf(group);
      const hiddenMembers = members.filter((member) => reason[member] !== null);
      if (hiddenMembers.length === 0) continue;
      const hiddenParts = group.parts.filter((part) => reason[part] !== null);
      const atBound =
        reason[group.margin] === null &&
        hiddenParts.length > 0 &&
        hiddenParts.reduce((sum, part) => sum + table.values[part]! - table.lower[part]!, 0) === 0;
      const exposed = atBound ? hiddenParts : hiddenMembers.length === 1 ? hiddenMembers : interval ? belowK(table, group, reason, k) : [];
      if (!exposed.some((cell) => needsProtection(table, cell, k))) continue;
      const candidate = cheapest(table, members.filter((member) => reason[member] === null && table.values[member]! > 0));
      if (candidate === undefined) throw new Error('suppression failed: a margin group has no visible non-zero cell');
      hide(candidate);
      changed = true;
    }
  }
}

/**
 * With the protection interval: hidden published parts of a group with a visible margin
 * that cannot reach k, because the group leaves them too little room (the margin less the
 * visible parts, less 1 for every other hidden published part).
 */
function belowK(table: WeightedTable, group: { margin: number; parts: readonly number[] }, reason: ReadonlyArray<Suppression | null>, k: number): number[] {
  if (reason[group.margin] !== null) return [];
  const hiddenParts = group.parts.filter((part) => reason[part] !== null);
  const room = hiddenParts.reduce((sum, part) => sum + table.values[part]!, 0);
  const floor = hiddenParts.reduce((sum, part) => sum + table.lower[part]!, 0);
  return hiddenParts.filter((part) => !table.unpublished[part] && table.values[part]! < k && room - (floor - table.lower[part]!) < k);
}

function cheapestVisibleNeighbour(
  table: WeightedTable,
  reason: ReadonlyArray<Suppression | null>,
  cell: number,
): number | undefined {
  const visibleIn = (groups: readonly number[]): number[] => {
    const candidates = new Set<number>();
    for (const g of groups) {
      for (const member of membersOf(table.groups[g]!)) {
        if (reason[member] === null && table.values[member]! > 0) candidates.add(member);
      }
    }
    return [...candidates];
  };
  const near = cheapest(table, visibleIn(table.groupsOfCell[cell]!));
  if (near !== undefined) return near;
  // Every neighbour is hidden or zero: widen to any group that touches a hidden cell.
  const touching = table.groups.flatMap((group, g) => (membersOf(group).some((m) => reason[m] !== null) ? [g] : []));
  return cheapest(table, visibleIn(touching));
}

/**
 * Which visible cell to give up: the least worth keeping (option `keep`), then the most
 * detailed (fewest margin coordinates), so the totals a dashboard leads with stay visible,
 * then the smallest count (least information lost), then row order.
 */
function cheapest(table: WeightedTable, candidates: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const candidate of candidates) {
    if (best === undefined) {
      best = candidate;
      continue;
    }
    const worth = table.worth ? table.worth[candidate]! - table.worth[best]! : 0;
    const depth = table.marginDepth[candidate]! - table.marginDepth[best]!;
    const value = table.values[candidate]! - table.values[best]!;
    const order = worth || depth || value || candidate - best;
    if (order < 0) best = candidate;
  }
  return best;
}
