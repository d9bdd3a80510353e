import { EngineError, type Row } from '@slt/engine';
import { WidgetError } from '../shared/widget-error.ts';
import type { Counts } from '../shared/wilson.ts';

/** One figure: the value for a period, or why there is none. */
export interface KpiFigure {
  /** The period as written in the data: `2025`, `2021-2023`. */
  readonly time: string;
  /** Null when hidden or missing. */
  readonly value: number | null;
  /** Hidden by disclosure control: shown as ':' with the explanation, never as 0. */
  readonly hidden: boolean;
  /** The area the figure is for, when the dataset has an area column. */
  readonly area: string;
  /**
   * Per row, when the dataset says so (`published`, `source` columns, as indicators.parquet
   * has): a figure an agency published, and who published it. A file of mostly synthetic
   * rows can hold real ones (SSB's NEET figures beside synthetic districts).
   */
  readonly published?: boolean;
  readonly source?: string;
  /** The share's counts, when the KPI reads them and neither is hidden: for the change beyond chance. */
  readonly counts?: Counts;
}

/** What a KPI shows: the period's figure, the period before, and the reference area's figure. */
export interface KpiFigures {
  readonly current: KpiFigure | undefined;
  readonly previous: KpiFigure | undefined;
  readonly reference: KpiFigure | undefined;
}

export interface KpiColumns {
  readonly time: string;
  readonly value: string;
  readonly area: string;
  readonly counts?: { readonly numerator: string; readonly denominator: string } | undefined;
}

/**
 * Query rows to figures in time order. `suppressed` is the engine's per-row set of hidden
 * columns (when it has disclosure control); a row with SSB's status ':' is hidden too.
 * A KPI is one figure per period: a filter that leaves several rows for a period fails
 * loudly rather than showing one of them at random.
 */
export function toFigures(
  rows: readonly Row[],
  columns: KpiColumns,
  suppressed: ReadonlyArray<ReadonlySet<string>> | undefined = undefined,
): KpiFigure[] {
  const figures = rows.map((row, index): KpiFigure => {
    const cell = row[columns.value];
    const value = numberOf(cell);
    if (cell !== null && cell !== undefined && value === null && typeof cell !== 'number') {
      throw new EngineError('invalid-option', `Value column "${columns.value}" must hold numbers, found ${JSON.stringify(String(cell))}`, {
        column: columns.value,
      });
    }
    const hidden = value === null && (row['status'] === ':' || (suppressed?.[index]?.has(columns.value) ?? false));
    return {
      time: timeText(row[columns.time]),
      value,
      hidden,
      area: columns.area ? String(row[columns.area] ?? '') : '',
      ...('published' in row ? { published: row['published'] === true } : {}),
      ...(typeof row['source'] === 'string' && row['source'] !== '' ? { source: row['source'] } : {}),
      ...countsOf(row, columns, suppressed?.[index]),
    };
  });
  figures.sort((a, b) => compareTimes(a.time, b.time));
  for (let index = 1; index < figures.length; index += 1) {
    const { area, time } = figures[index]!;
    if (time === figures[index - 1]!.time) {
      throw new WidgetError('repeated-point', `slt-kpi needs one row per period, found several for ${time}: narrow the filter (e.g. sex=all&age_group=16-25)`, {
        point: area ? `${area}, ${time}` : time,
      });
    }
  }
  return figures;
}

/** A cell as a finite number (BIGINT counts included), or null. */
function numberOf(cell: Row[string] | undefined): number | null {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : typeof cell === 'bigint' ? Number(cell) : null;
}

/** The row's counts, when both are there and neither is hidden. */
function countsOf(row: Row, columns: KpiColumns, hidden: ReadonlySet<string> | undefined): { counts?: Counts } {
  if (!columns.counts) return {};
  const { numerator, denominator } = columns.counts;
  if (hidden?.has(numerator) || hidden?.has(denominator)) return {};
  const [n, d] = [numberOf(row[numerator]), numberOf(row[denominator])];
  return n === null || d === null ? {} : { counts: { numerator: n, denominator: d } };
}

function timeText(cell: Row[string] | undefined): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell ?? '');
}

/** Periods in time order: years, `2021-2023` windows and `2024K1` quarters all sort by their digits. */
export function compareTimes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * The figure for `period` (the latest when none is given, hidden or not: the reader must
 * learn that the latest figure is hidden, not be shown an older one as if it were new),
 * the one before it, and the reference area's figure for the same period.
 */
/**
 * Refuses a `period` attribute the data do not have, naming the periods they do have (the
 * first two and the last when there are many), so a developer who wrote `period="2026"` or
 * `period="latest"` reads what to write instead of "no data". No figures at all is the
 * empty state, not a wrong period.
 */
export function checkPeriod(main: readonly KpiFigure[], period: string | undefined): void {
  if (period === undefined || main.length === 0 || main.some((figure) => figure.time === period)) return;
  const times = main.map((figure) => figure.time);
  const shown = times.length > 6 ? [times[0], times[1], '…', times.at(-1)] : times;
  throw new EngineError('invalid-option', `no period ${JSON.stringify(period)} in the data (use one of ${shown.join(', ')})`, { column: 'period' });
}

export function pickFigures(main: readonly KpiFigure[], reference: readonly KpiFigure[], period?: string): KpiFigures {
  const index = period === undefined ? main.length - 1 : main.findIndex((figure) => figure.time === period);
  const current = index >= 0 ? main[index] : undefined;
  return {
    current,
    previous: index > 0 ? main[index - 1] : undefined,
    reference: current ? reference.find((figure) => figure.time === current.time) : undefined,
  };
}

/**
 * Where the figures a KPI shows come from, row by row: real (every figure shown is a
 * published one) with their sources, or not known per row (undefined: the file's metadata
 * decides, as for every chart).
 */
export function shownProvenance(figures: KpiFigures): { readonly published: boolean; readonly sources: readonly string[] } | undefined {
  const shown = [figures.current, figures.previous, figures.reference].filter((figure): figure is KpiFigure => figure !== undefined);
  if (shown.length === 0 || shown.some((figure) => figure.published === undefined)) return undefined;
  return { published: shown.every((figure) => figure.published), sources: [...new Set(shown.flatMap((figure) => (figure.source ? [figure.source] : [])))] };
}
