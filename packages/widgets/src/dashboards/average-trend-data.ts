import { AVERAGE_WINDOW } from './average-view.ts';

/**
 * The points of an averaged trend, from two answers of the engine over the same rows: the
 * yearly figures (with their numerators, to know which series have counts at all) and the
 * pooled 3-year rates (`movingAverage` with `pooled: true`). Pure, so the rules are tested
 * in Node:
 *
 * - a series with counts is drawn as its 3-year figures, labelled as such; the first years,
 *   which have no three years behind them, are left out, and a window with a missing year
 *   is null (never a partial average);
 * - a window the engine hid is hidden (`:`) when one of its years is hidden, or when all its
 *   years are there with counts (then disclosure control hid it for its own reasons); it is
 *   only "missing" when a year in it has no published count (a published reference figure),
 *   so a value hidden for privacy is never called missing;
 * - a series without any count (the country's modelled series) cannot be pooled: it keeps
 *   its yearly values, labelled as yearly.
 */

export interface YearlyFigure {
  readonly time: number;
  readonly series: string;
  readonly value: number | null;
  /** The count behind the value: null when hidden or not published. */
  readonly numerator: number | null;
  /** Hidden by disclosure control (`:`). */
  readonly hidden: boolean;
}

export interface PooledFigure {
  readonly time: number;
  readonly series: string;
  /** The pooled rate of the window ending at `time`; null when incomplete or hidden. */
  readonly value: number | null;
  readonly hidden: boolean;
}

export interface AveragedPoint {
  readonly time: number;
  /** The series' name as the legend shows it: `Borgen (3-års gjennomsnitt)`. */
  readonly series: string;
  readonly value: number | null;
  readonly hidden?: boolean;
  /** `average` for a 3-year figure (the window ends at `time`), `yearly` for a series without counts. */
  readonly kind: 'average' | 'yearly';
  /** The area's own name, without the label. */
  readonly area: string;
}

export interface SeriesLabels {
  readonly average: (name: string) => string;
  readonly yearly: (name: string) => string;
}

export function averagedPoints(
  yearly: readonly YearlyFigure[],
  pooled: readonly PooledFigure[],
  labels: SeriesLabels,
  window = AVERAGE_WINDOW,
): AveragedPoint[] {
  const bySeries = new Map<string, YearlyFigure[]>();
  for (const figure of yearly) {
    const list = bySeries.get(figure.series) ?? [];
    list.push(figure);
    bySeries.set(figure.series, list);
  }
  const points: AveragedPoint[] = [];
  for (const [series, figures] of bySeries) {
    const withCounts = figures.some((figure) => figure.numerator !== null || figure.hidden);
    if (!withCounts) {
      for (const figure of [...figures].sort((a, b) => a.time - b.time)) {
        points.push({ time: figure.time, series: labels.yearly(series), area: series, value: figure.value, kind: 'yearly', ...(figure.hidden ? { hidden: true } : {}) });
      }
      continue;
    }
    const first = Math.min(...figures.map((figure) => figure.time));
    const inWindow = (end: number) => figures.filter((figure) => figure.time > end - window && figure.time <= end);
    const windows = pooled.filter((figure) => figure.series === series && figure.time >= first + window - 1).sort((a, b) => a.time - b.time);
    for (const figure of windows) {
      const years = inWindow(figure.time);
      const hidden =
        figure.hidden &&
        (years.some((year) => year.hidden) || (years.length === window && years.every((year) => year.numerator !== null)));
      const value = figure.hidden ? null : figure.value;
      points.push({ time: figure.time, series: labels.average(series), area: series, value, kind: 'average', ...(hidden ? { hidden: true } : {}) });
    }
  }
  return points;
}

/** A series' style (`series-styles`) under its labelled name, so an area keeps its colour in the averaged view. */
export function labelledStyles(styles: ReadonlyMap<string, number>, points: readonly AveragedPoint[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const point of points) {
    const slot = styles.get(point.area);
    if (slot !== undefined) out.set(point.series, slot);
  }
  return out;
}

/**
 * The windows each averaged series has no figure for, as runs of consecutive window end years
 * (`[2020, 2022]`: the windows ending 2020 to 2022). A window hidden for privacy is not in it:
 * only those missing because a year lacks its counts, so the text can say why the line breaks.
 */
export function missingWindows(points: readonly AveragedPoint[]): Map<string, [from: number, to: number][]> {
  const runs = new Map<string, [number, number][]>();
  const missing = points.filter((point) => point.kind === 'average' && point.value === null && !point.hidden).sort((a, b) => a.time - b.time);
  for (const point of missing) {
    const list = runs.get(point.series) ?? [];
    const last = list.at(-1);
    if (last && last[1] === point.time - 1) last[1] = point.time;
    else list.push([point.time, point.time]);
    runs.set(point.series, list);
  }
  return runs;
}
