import type { NormalisedOptions } from './options.ts';
import type { Relation, TableCell } from './types.ts';

/**
 * One additivity constraint the published table satisfies: the margin cell equals the sum
 * of its part cells. A reader who sees all but one of them can recompute the hidden one.
 */
export interface MarginGroup {
  readonly margin: number;
  readonly parts: readonly number[];
}

/** The cells as counts, with every margin relation between them. */
export interface LinkedTable {
  readonly values: readonly number[];
  /** With `personsField`: the persons behind each count of events; else null. */
  readonly persons: readonly number[] | null;
  readonly groups: readonly MarginGroup[];
  /** For each cell, the indexes of the groups it belongs to (as margin or part). */
  readonly groupsOfCell: readonly (readonly number[])[];
  /** How many of a cell's coordinates are margins; used to prefer hiding inner cells. */
  readonly marginDepth: readonly number[];
  /** Rows never published (option `unpublished`): always hidden, known only to be >= 0. */
  readonly unpublished: readonly boolean[];
  /**
   * The least value a reader knows a hidden cell has: 1 for a published cell (zeros are
   * shown, so a hidden count is >= 1), 0 for an unpublished one.
   */
  readonly lower: readonly number[];
}

const SEPARATOR = '\u001f';

function countOf(cell: TableCell, field: string, index: number): number {
  const value = cell[field];
  const count = typeof value === 'bigint' ? Number(value) : value;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    throw new TypeError(`invalid ${field} in row ${index}: ${String(value)} (a non-negative integer count)`);
  }
  return count;
}

/** Builds the margin groups of a table from its rows; checks that every margin adds up. */
export function linkTable(cells: readonly TableCell[], options: NormalisedOptions): LinkedTable {
  const { dimensions, valueField, personsField } = options;
  const coordinates = cells.map((cell, index) =>
    dimensions.map(({ name }) => {
      const category = cell[name];
      if (category === undefined || category === null) {
        throw new TypeError(`invalid row ${index}: no value for dimension ${name}`);
      }
      return String(category);
    }),
  );
  const values = cells.map((cell, index) => countOf(cell, valueField, index));
  const persons = personsField === null ? null : cells.map((cell, index) => countOf(cell, personsField, index));
  persons?.forEach((count, index) => {
    const events = values[index]!;
    if (count > events || (count === 0) !== (events === 0)) {
      throw new RangeError(`invalid ${personsField} in row ${index}: ${count} persons behind ${events} (at most as many, and 0 only for 0)`);
    }
  });
  const position = new Map<string, number>();
  coordinates.forEach((coords, index) => {
    const key = coords.join(SEPARATOR);
    if (position.has(key)) throw new TypeError(`invalid table: duplicate row for ${coords.join(' x ')}`);
    position.set(key, index);
  });

  const groups: MarginGroup[] = [];
  dimensions.forEach((dimension, d) => {
    const categories = [...new Set(coordinates.map((coords) => coords[d]!))];
    const childrenOf = (category: string): readonly string[] | undefined => {
      if (dimension.hierarchy) return dimension.hierarchy.get(category);
      return category === dimension.total ? categories.filter((c) => c !== dimension.total) : undefined;
    };
    coordinates.forEach((coords, margin) => {
      const children = childrenOf(coords[d]!);
      if (!children) return;
      const parts: number[] = [];
      for (const child of children) {
        const partCoords = coords.slice();
        partCoords[d] = child;
        const part = position.get(partCoords.join(SEPARATOR));
        if (part !== undefined) parts.push(part);
      }
      // A margin whose parts are not in the table (a linked table that is not crossed with
      // this dimension) is a plain cell there, not a constraint.
      if (parts.length === 0) return;
      const sum = parts.reduce((total, part) => total + values[part]!, 0);
      if (sum !== values[margin]) {
        throw new RangeError(
          `invalid table: margin ${coords.join(' x ')} is ${values[margin]} but its parts over ${dimension.name} sum to ${sum}`,
        );
      }
      groups.push({ margin, parts });
    });
  });

  options.relations.forEach((relation, r) => groups.push(checkedRelation(relation, r, values)));

  const groupsOfCell: number[][] = cells.map(() => []);
  groups.forEach((group, g) => {
    groupsOfCell[group.margin]!.push(g);
    for (const part of group.parts) groupsOfCell[part]!.push(g);
  });
  const marginDepth = coordinates.map((coords) =>
    coords.reduce((depth, category, d) => {
      const dimension = dimensions[d]!;
      const isMargin = dimension.hierarchy ? dimension.hierarchy.has(category) : category === dimension.total;
      return depth + (isMargin ? 1 : 0);
    }, 0),
  );
  const unpublished = cells.map((cell) => options.unpublished?.(cell) === true);
  const lower = unpublished.map((never) => (never ? 0 : 1));
  return { values, persons, groups, groupsOfCell, marginDepth, unpublished, lower };
}

function checkedRelation(relation: Relation, r: number, values: readonly number[]): MarginGroup {
  const row = (index: unknown): number => {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= values.length) {
      throw new TypeError(`invalid relation ${r}: row ${String(index)} (an index of a row)`);
    }
    return index;
  };
  const margin = row(relation?.total);
  if (!Array.isArray(relation.parts) || relation.parts.length === 0) throw new TypeError(`invalid relation ${r}: no parts`);
  const parts = relation.parts.map(row);
  if (new Set([margin, ...parts]).size !== parts.length + 1) throw new TypeError(`invalid relation ${r}: a row appears twice`);
  const sum = parts.reduce((total, part) => total + values[part]!, 0);
  if (sum !== values[margin]) throw new RangeError(`invalid relation ${r}: row ${margin} is ${values[margin]} but its parts sum to ${sum}`);
  return { margin, parts };
}

/** Whether a cell must be hidden on its own: its count, or the persons behind it, is 1..k-1. */
export function isPrimaryCell(table: LinkedTable, cell: number, k: number): boolean {
  const small = (count: number) => count >= 1 && count < k;
  return small(table.values[cell]!) || (table.persons !== null && small(table.persons[cell]!));
}

/**
 * Whether a hidden cell must not be recomputable: every hidden published cell (a reader
 * who learns a secondary cell can go on to a primary one), and an unpublished cell only
 * when it is 1..k-1 itself.
 */
export function needsProtection(table: LinkedTable, cell: number, k: number): boolean {
  return !table.unpublished[cell] || isPrimaryCell(table, cell, k);
}

export function membersOf(group: MarginGroup): readonly number[] {
  return [group.margin, ...group.parts];
}

/**
 * The additive groups of a table (each margin with its parts, each relation with its
 * parts) as lists of row indexes, margin first: who is whose neighbour, for a stricter
 * audit that must choose which visible cell to hide next.
 */
export function marginGroups(cells: readonly TableCell[], options: NormalisedOptions): Array<readonly number[]> {
  return linkTable(cells, options).groups.map(membersOf);
}
