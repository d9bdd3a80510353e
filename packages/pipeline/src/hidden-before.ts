import { CONFIDENTIAL } from '@slt/disclosure';
import type { Column, Row } from './parquet.ts';
import type { ReleaseFigures } from './release-check.ts';
import { keyColumns, rowKey } from './row-key.ts';

/**
 * A cell hidden in a release published before stays hidden.
 *
 * Each release is suppressed on its own, and adding a year can move the secondary
 * suppression of earlier years: a cell hidden last time may come out shown, with no new
 * data at all, which hands a reader of the earlier file one of its unknowns (the release
 * check's `shown-now`). Hiding it again costs nothing in protection: a reader who is shown
 * less learns less, so every figure the audit protected stays protected. A cell hidden before
 * stays hidden even at 0 (a hidden count is read as 1 or more: this one errs on the side of
 * saying less). A cell shown before and hidden now is still refused by the check.
 *
 * Rows are matched by the release check's row key (row-key.ts).
 */
export function keepHiddenAsBefore(
  file: string,
  columns: readonly Column[],
  counts: readonly string[],
  rows: readonly Row[],
  earlier: readonly ReleaseFigures[],
): { rows: Row[]; kept: number } {
  const before = earlier.map((release) => release.get(file)).filter((figures) => figures !== undefined);
  if (before.length === 0) return { rows: [...rows], kept: 0 };
  const keys = keyColumns(columns, counts);
  let kept = 0;
  const result = rows.map((published) => {
    const row = published as Readonly<Record<string, unknown>>;
    const key = rowKey(keys, row, file);
    const hiddenBefore = counts.filter((count) => row[count] !== null && before.some((figures) => figures.get(key)?.[count] === null));
    if (hiddenBefore.length === 0) return published;
    kept += 1;
    return { ...row, ...Object.fromEntries(hiddenBefore.map((count) => [count, null])), status: CONFIDENTIAL };
  });
  return { rows: result, kept };
}
