/** A cell as widgets see it: no BigInt unless the number would lose precision, dates as Date. */
export type Cell = string | number | boolean | Date | bigint | null;
export type Row = Record<string, Cell>;

/**
 * A BIGINT (or HUGEINT) as a cell: a number when it is a safe integer, else the BigInt,
 * rather than silently losing digits. Shared by the page (cells.ts) and DuckDB
 * (duckdb/arrow-rows.ts), so both give the same cell.
 */
export function integerCell(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/**
 * Microseconds since the epoch as a Date, with the sub-millisecond part kept as Arrow's
 * `get` keeps it (whole milliseconds plus the fraction), so the page and DuckDB give the
 * same Date.
 */
export function timestampCell(micros: bigint): Date {
  return new Date(Number(micros / 1000n) + Number(micros % 1000n) / 1000);
}

/** Days since the epoch as a Date (midnight UTC), as Arrow's DateDay gives it. */
export function dateCell(days: number): Date {
  return new Date(86_400_000 * days);
}
