/** How long a period in a time column is, when it is not a year or a day. */
export type PeriodGrain = 'month' | 'quarter' | 'half';

/** A period as a point on the time axis: its first day (UTC), and how long it is. */
export interface Period {
  readonly start: Date;
  readonly grain: PeriodGrain;
  /** The period as the file writes it, for the CSV. */
  readonly code: string;
}

/**
 * A period code as our monthly files (`2024-03`) and SSB's and DST's tables write them
 * (`2024M03`, quarters `2024K4`, halves `2024H1`; `2024Q4` too): undefined for anything else,
 * years included (a year stays a number on the axis).
 */
export function parsePeriod(cell: unknown): Period | undefined {
  if (typeof cell !== 'string') return undefined;
  const code = cell.trim();
  let match = /^(\d{4})(?:-|M)(0[1-9]|1[0-2])$/.exec(code);
  if (match) return { start: firstDay(match[1]!, Number(match[2]) - 1), grain: 'month', code };
  match = /^(\d{4})[KQ]([1-4])$/.exec(code);
  if (match) return { start: firstDay(match[1]!, (Number(match[2]) - 1) * 3), grain: 'quarter', code };
  match = /^(\d{4})H([12])$/.exec(code);
  if (match) return { start: firstDay(match[1]!, (Number(match[2]) - 1) * 6), grain: 'half', code };
  return undefined;
}

/**
 * A window of years as SSB and our files write a three-year figure (`2013-2015`, first year
 * before last), with its last year, where the figure sits on a year axis; undefined for
 * anything else.
 */
export function yearWindow(cell: unknown): { code: string; last: number } | undefined {
  if (typeof cell !== 'string') return undefined;
  const match = /^(\d{4})-(\d{4})$/.exec(cell.trim());
  if (!match || Number(match[1]) >= Number(match[2])) return undefined;
  return { code: cell.trim(), last: Number(match[2]) };
}

/** Which quarter or half of its year a period's start is in (1-based). */
export function partOfYear(start: Date, grain: 'quarter' | 'half'): number {
  return Math.floor(start.getUTCMonth() / (grain === 'quarter' ? 3 : 6)) + 1;
}

function firstDay(year: string, month: number): Date {
  return new Date(Date.UTC(Number(year), month, 1));
}
