// The disclosure step for results of free SQL in the query console. The engine's select()
// knows which columns are counts because it wrote the query; free SQL can rename, sum or
// subtract anything, so here every number is treated as a possible count of persons.

/** One result cell as the console shows it. */
export type ConsoleCell = string | number | boolean | null;
export type ConsoleRow = Record<string, ConsoleCell>;

export interface ConsoleResult {
  readonly columns: readonly string[];
  readonly rows: readonly ConsoleRow[];
  /** Per row, the columns hidden here (shown as ':'). */
  readonly hidden: ReadonlyArray<ReadonlySet<string>>;
  readonly k: number;
  readonly hiddenCount: number;
}

/**
 * Hides every whole number 1..k-1 (and -1..-(k-1): a difference is a count too) in any
 * column of the result. Zero and numbers with a fraction (rates, averages) are shown:
 * a count is a whole number, and a rate from a hidden count is already null in the
 * public files. The cost, said in the console: a month or quarter number 1-4 is also
 * shown as ':' (read the `period` column instead). Years, never 1-4, are untouched.
 * A null in a number column (`numeric`) is shown as ':' as well: the files hide a count
 * as null with status ':'.
 */
export function protectConsoleRows(
  columns: readonly string[],
  rows: readonly ConsoleRow[],
  k: number,
  numeric: ReadonlySet<string> = new Set(),
): ConsoleResult {
  if (!Number.isInteger(k) || k < 2) throw new Error(`invalid k: ${k}`);
  let hiddenCount = 0;
  const hidden: Set<string>[] = [];
  const safe = rows.map((row) => {
    const out: ConsoleRow = {};
    const set = new Set<string>();
    for (const column of columns) {
      const value = row[column] ?? null;
      // A null number is shown as ':' too: in the public files a missing count is a hidden one.
      if (isSmallCount(value, k) || (value === null && numeric.has(column))) {
        set.add(column);
        out[column] = null;
        hiddenCount++;
      } else out[column] = value;
    }
    hidden.push(set);
    return out;
  });
  return { columns, rows: safe, hidden, k, hiddenCount };
}

function isSmallCount(value: ConsoleCell, k: number): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value !== 0 && Math.abs(value) < k;
  // A number DuckDB returned as text (a DECIMAL or HUGEINT): check it the same way.
  if (typeof value === 'string' && /^-?\d+(\.0+)?$/.test(value.trim())) {
    const n = Number(value);
    return n !== 0 && Math.abs(n) < k;
  }
  return false;
}

/** The k for free SQL: the highest `slt.k` of the public files (a query may join several). */
export function consoleK(metadata: readonly Readonly<Record<string, string>>[]): number {
  const ks = metadata.map((m) => Number(m['slt.k'])).filter((k) => Number.isInteger(k) && k >= 2);
  return ks.length > 0 ? Math.max(...ks) : 5;
}
