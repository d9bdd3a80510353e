import type { ParquetInfo, Row, SelectOptions } from '@slt/engine';

/**
 * What disclosure control says about a query result. The engine's `select` reports it
 * (`suppressed` per row, and `k`); read structurally so this also works with an engine
 * that predates it, where a row with `status = ':'` (SSB's symbol) marks its nulls hidden.
 */
export interface Disclosed {
  readonly rows: readonly Row[];
  readonly info: ParquetInfo;
  readonly suppressed?: ReadonlyArray<ReadonlySet<string>> | undefined;
  readonly k?: number | null | undefined;
}

/** SSB's symbol for a confidential figure. */
export const CONFIDENTIAL = ':';

/** The column that carries SSB status symbols in our datasets. */
export const STATUS_COLUMN = 'status';

/** Per row, the names of the columns whose value is hidden (null in the row). */
export function hiddenColumns(result: Disclosed, columns: readonly string[]): ReadonlySet<string>[] {
  return result.rows.map((row, index) => {
    const hidden = new Set(result.suppressed?.[index] ?? []);
    if (row[STATUS_COLUMN] === CONFIDENTIAL) {
      for (const column of columns) if (row[column] === null || row[column] === undefined) hidden.add(column);
    }
    return hidden;
  });
}

/** The disclosure threshold in force: the engine's, else the dataset's `slt.k`. */
export function thresholdOf(result: Pick<Disclosed, 'info' | 'k'>): number | undefined {
  if (typeof result.k === 'number' && result.k > 0) return result.k;
  const k = Number(result.info.metadata['slt.k']);
  return Number.isInteger(k) && k > 0 ? k : undefined;
}

/** Whether the dataset has a status column to ask for (so the fallback above can see it). */
export function hasStatusColumn(info: ParquetInfo): boolean {
  return info.columns.some((column) => column.name === STATUS_COLUMN);
}

/** The select options for a widget's `k` attribute: raise the disclosure threshold (the engine never lowers it). */
export function disclosureOf(k: number | undefined): SelectOptions {
  return k === undefined || Number.isNaN(k) ? {} : { disclosure: { k } };
}
