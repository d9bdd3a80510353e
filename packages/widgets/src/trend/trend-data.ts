import { EngineError, type Row } from '@slt/engine';

/** One plotted point. `value` is null where the figure is missing or hidden. */
export interface TrendPoint {
  /** A year, or a date (a month as its first day, UTC). */
  readonly time: number | Date;
  /** `month` when the time is a month (`2025-03` in the file): written "mars 2025", not as a day. */
  readonly grain?: 'month';
  readonly value: number | null;
  readonly series: string;
  /** Hidden to protect privacy (shown as ':'), as opposed to simply missing. */
  readonly hidden?: boolean;
}

export interface TrendColumns {
  readonly time: string;
  readonly value: string;
  readonly series?: string | undefined;
}

/**
 * Query rows to points. A time is a year (number or `"2024"`), a month (`"2024-03"`, as the
 * monthly files' `period` holds it) or a date. `suppressed` holds, per row, the columns the
 * engine's disclosure control hid.
 */
export function toTrendPoints(
  rows: readonly Row[],
  columns: TrendColumns,
  suppressed: readonly ReadonlySet<string>[] = [],
): TrendPoint[] {
  return rows.map((row, index) => {
    const hidden = suppressed[index]?.has(columns.value) ?? false;
    const cell = row[columns.time];
    const month = monthOf(cell);
    return {
      time: month ?? toTime(cell, columns.time),
      ...(month ? { grain: 'month' as const } : {}),
      value: hidden ? null : toValue(row[columns.value], columns.value),
      series: columns.series ? String(row[columns.series] ?? '') : '',
      ...(hidden ? { hidden } : {}),
    };
  });
}

/** `"2024-03"` as 1 March 2024 (UTC); undefined for anything else. */
function monthOf(cell: Row[string] | undefined): Date | undefined {
  const match = typeof cell === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(cell.trim()) : null;
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : undefined;
}

function toTime(cell: Row[string] | undefined, column: string): number | Date {
  if (cell instanceof Date) return cell;
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (typeof cell === 'string' && /^\d{4}$/.test(cell.trim())) return Number(cell);
  throw new EngineError('invalid-option', `Time column "${column}" must hold years, months (2024-03) or dates, found ${JSON.stringify(String(cell))}`, {
    column,
  });
}

function toValue(cell: Row[string] | undefined, column: string): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'bigint') return Number(cell);
  throw new EngineError('invalid-option', `Value column "${column}" must hold numbers, found ${JSON.stringify(String(cell))}`, {
    column,
  });
}

/** Points grouped by series, in order of first appearance, each sorted by time. */
export function groupBySeries(points: readonly TrendPoint[]): Map<string, TrendPoint[]> {
  const groups = new Map<string, TrendPoint[]>();
  for (const point of points) {
    const group = groups.get(point.series);
    if (group) group.push(point);
    else groups.set(point.series, [point]);
  }
  for (const group of groups.values()) group.sort((a, b) => Number(a.time) - Number(b.time));
  return groups;
}
