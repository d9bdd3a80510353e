import { determinedCells, pinnedCells } from './audit.ts';
import { normaliseOptions } from './options.ts';
import { isPrimaryCell, linkTable, needsProtection } from './table.ts';
import { CONFIDENTIAL, type SuppressionOptions, type TableCell } from './types.ts';

export type DisclosureKind =
  /** A visible count in 1..k-1. */
  | 'small-count-visible'
  /** A hidden count the published margins and cells fix to one value. */
  | 'recomputable'
  /** A hidden count fixed once the reader uses that hidden counts are >= 1 (zeros are published). */
  | 'forced-by-zeros'
  /** A visible count that differs from the true count. */
  | 'altered';

export interface DisclosureProblem {
  readonly row: number;
  readonly kind: DisclosureKind;
}

/** Whether a published row is hidden: status ':' or no value. */
export function isHidden(cell: TableCell, valueField = 'value'): boolean {
  return cell.status === CONFIDENTIAL || cell[valueField] === null || cell[valueField] === undefined;
}

/**
 * Audits a published table against the true counts (same rows, same order): every way a
 * reader could learn a count 1..k-1 or a hidden count. Empty when the table is safe.
 * Unpublished rows (option `unpublished`) count as hidden whatever `published` holds;
 * they are a problem only when 1..k-1 and fixed by what is published.
 */
export function findDisclosures(
  original: readonly TableCell[],
  published: readonly TableCell[],
  options: SuppressionOptions,
): DisclosureProblem[] {
  const normalised = normaliseOptions(options);
  if (original.length !== published.length) {
    throw new RangeError(`invalid published table: ${published.length} rows for ${original.length} true rows`);
  }
  const table = linkTable(original, normalised);
  const hidden = published.map((cell, row) => table.unpublished[row]! || isHidden(cell, normalised.valueField));
  const problems: DisclosureProblem[] = [];
  table.values.forEach((count, row) => {
    if (hidden[row]) return;
    if (isPrimaryCell(table, row, normalised.k)) problems.push({ row, kind: 'small-count-visible' });
    else if (Number(published[row]![normalised.valueField]) !== count) problems.push({ row, kind: 'altered' });
  });
  const mustHold = (row: number) => needsProtection(table, row, normalised.k);
  const recomputable = new Set(determinedCells(table, hidden).filter(mustHold));
  for (const row of recomputable) problems.push({ row, kind: 'recomputable' });
  for (const row of pinnedCells(table, hidden).filter(mustHold)) {
    if (!recomputable.has(row)) problems.push({ row, kind: 'forced-by-zeros' });
  }
  return problems;
}

export function isTableSafe(
  original: readonly TableCell[],
  published: readonly TableCell[],
  options: SuppressionOptions,
): boolean {
  return findDisclosures(original, published, options).length === 0;
}
