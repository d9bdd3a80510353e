/** SSB's symbol for a confidential (suppressed) cell. */
export const CONFIDENTIAL = ':';

/**
 * Why a cell is hidden: below k itself, hidden so a primary cell cannot be recomputed, or
 * a cell that is never published (the remainder of a nesting, see `unpublished`).
 */
export type Suppression = 'primary' | 'secondary' | 'unpublished';

/**
 * An additive relation between rows that no dimension expresses: the count of row `total`
 * equals the sum of the counts of rows `parts` (row indexes). Used for figures of
 * different tables that nest, e.g. a year's count by zone = December's + the rest.
 */
export interface Relation {
  readonly total: number;
  readonly parts: readonly number[];
}

/**
 * A dimension of a table. A plain string means a flat dimension whose margin is the
 * category `'all'`. `hierarchy` maps each parent category to its children, for nested
 * classifications (district -> district group -> municipality); every parent is then
 * the margin of its children.
 */
export interface DimensionSpec {
  readonly name: string;
  /** The category that holds the margin (sum over the other categories). Default `'all'`. */
  readonly total?: string;
  readonly hierarchy?: Readonly<Record<string, readonly string[]>>;
}

export type Dimension = string | DimensionSpec;

export interface SuppressionOptions {
  /** Counts 1..k-1 are hidden. At least 2. */
  readonly k: number;
  /** The columns that classify a cell; every other field is carried through unchanged. */
  readonly dimensions: readonly Dimension[];
  /** The field holding the count. Default `'value'`. */
  readonly valueField?: string;
  /**
   * When the count is of events (concerns, meetings) rather than persons: the field holding
   * the number of different persons behind it. A cell is then also primary when that number
   * is 1..k-1 (five concerns about one young person are one person). Not published.
   */
  readonly personsField?: string;
  /**
   * How much a cell is worth keeping visible (default 0 for every cell). Secondary
   * suppression gives up cells of lower worth first, then the most detailed, then the
   * smallest. Use it to keep the figures a dashboard leads with (a municipality's zone
   * counts) and hide detail instead. It changes which cells are hidden, never whether the
   * result is safe.
   */
  readonly keep?: (cell: TableCell) => number;
  /**
   * Rows that take part in the margins and relations but are never published: the
   * remainder of a nesting (year = December + rest). They are always hidden; a reader
   * knows only that they are >= 0 (not >= 1 as for a hidden published count). One of
   * 1..k-1 must not be recomputable, like a primary cell; a recomputable 0 or >= k is no
   * disclosure (a true zero says nothing about anyone, and >= k could be published).
   */
  readonly unpublished?: (cell: TableCell) => boolean;
  /**
   * Also hide more while a group's room cannot let a hidden count reach k (the margin less
   * its visible parts, less 1 for each other hidden part, is below k): a cheap first step
   * towards the protection interval of `auditJointly`, which remains the check.
   */
  readonly interval?: boolean;
  /** Additive relations between rows beyond the dimensions' margins (linked tables of different shapes). */
  readonly relations?: readonly Relation[];
}

/** A table row: dimension categories plus a non-negative integer count. */
export type TableCell = Readonly<Record<string, unknown>>;

/** What suppressTable adds to each row. */
export type SuppressionFields = {
  readonly status: typeof CONFIDENTIAL | null;
  readonly suppression: Suppression | null;
};

/** A row as published: the count (field `value` by default) is null where hidden. */
export type SuppressedCell<T extends TableCell> = {
  readonly [K in keyof T as K extends keyof SuppressionFields ? never : K]: K extends 'value' ? T[K] | null : T[K];
} & SuppressionFields;
