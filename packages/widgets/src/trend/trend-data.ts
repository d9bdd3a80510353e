import { EngineError, type Filter, type Row } from '@slt/engine';
import { firstRepeated } from '../shared/repeated.ts';
import { referenceRows } from '../shared/reference-rows.ts';
import { parsePeriod, yearWindow, type PeriodGrain } from './time-period.ts';

/** One plotted point. `value` is null where the figure is missing or hidden. */
export interface TrendPoint {
  /** A year, or a date (a month, quarter or half-year as its first day, UTC). */
  readonly time: number | Date;
  /** When the time is a period (`2025-03`, `2025K1` in the file): written "mars 2025", "1. kvartal 2025", not as a day. */
  readonly grain?: PeriodGrain;
  /** The period as the file writes it (for the CSV). */
  readonly code?: string;
  /**
   * A window of years as the file writes it (`2013-2015`: a three-year figure, as Ungdata and
   * persistent low income are published): the point sits at its last year on the axis and is
   * named by the whole window in the text, the table, the tips and the CSV.
   */
  readonly window?: string;
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
 * Query rows to points. A time is a year (number or `"2024"`), a period (a month `"2024-03"`
 * as the monthly files' `period` holds it, or SSB's and DST's `2024M03`, `2024K4`, `2024H1`:
 * time-period.ts) or a date. `suppressed` holds, per row, the columns the engine's disclosure
 * control hid.
 */
export function toTrendPoints(
  rows: readonly Row[],
  columns: TrendColumns,
  suppressed: readonly ReadonlySet<string>[] = [],
): TrendPoint[] {
  return rows.map((row, index) => {
    const hidden = suppressed[index]?.has(columns.value) ?? false;
    const cell = row[columns.time];
    const period = parsePeriod(cell);
    const window = yearWindow(cell);
    return {
      time: period?.start ?? window?.last ?? toTime(cell, columns.time),
      ...(period ? { grain: period.grain, code: period.code } : {}),
      ...(window ? { window: window.code } : {}),
      value: hidden ? null : toValue(row[columns.value], columns.value),
      series: columns.series ? String(row[columns.series] ?? '') : '',
      ...(hidden ? { hidden } : {}),
    };
  });
}

function toTime(cell: Row[string] | undefined, column: string): number | Date {
  if (cell instanceof Date) return cell;
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (typeof cell === 'string' && /^\d{4}$/.test(cell.trim())) return Number(cell);
  throw new EngineError('invalid-option', `Time column "${column}" must hold years, periods (2024-03, 2024K4, 2013-2015) or dates, found ${JSON.stringify(String(cell))}`, {
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

/** The first point whose series and time an earlier point has too, if any (see `firstRepeated`). */
export function repeatedPoint(points: readonly TrendPoint[]): TrendPoint | undefined {
  return firstRepeated(points, (point) => `${point.series}\u0000${point.time instanceof Date ? point.time.getTime() : point.time}`);
}

/** A point as the file names it, for a message: `Borgen, 2015`, `2024-03`, `Asker, 2013-2015`. */
export function pointName(point: TrendPoint): string {
  const time = point.window ?? point.code ?? (point.time instanceof Date ? point.time.toISOString().slice(0, 10) : String(point.time));
  return point.series ? `${point.series}, ${time}` : time;
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

/**
 * The reference series' points (`reference="area=Asker"`, shared/reference-rows.ts): the rows
 * of its query that meet the trend's other filters it can meet, named by the reference.
 */
export function toReferencePoints(
  rows: readonly Row[],
  others: readonly Filter[],
  columns: Omit<TrendColumns, 'series'>,
  name: string,
  suppressed: readonly ReadonlySet<string>[] = [],
): TrendPoint[] {
  const kept = referenceRows(rows, others);
  const points = toTrendPoints(
    kept.map((index) => rows[index]!),
    columns,
    kept.map((index) => suppressed[index] ?? new Set<string>()),
  );
  return points.map((point) => ({ ...point, series: name }));
}

/**
 * The points with each series named as the reader sees it (`female` -> "Kvinner", a `labels`
 * name): what the legend, the panels' titles, the text, the table, the CSV and the read-out
 * show. The queries and `reference` keep the file's codes.
 */
export function nameSeries<P extends TrendPoint>(points: readonly P[], name: (series: string) => string): P[] {
  return points.map((point) => {
    const named = name(point.series);
    return named === point.series ? point : { ...point, series: named };
  });
}

/** The points with one series' first (a highlighted series is told first, as it is drawn on top); the others in their order. */
export function seriesFirst<P extends TrendPoint>(points: readonly P[], series: string | undefined): readonly P[] {
  if (series === undefined) return points;
  return [...points.filter((point) => point.series === series), ...points.filter((point) => point.series !== series)];
}
