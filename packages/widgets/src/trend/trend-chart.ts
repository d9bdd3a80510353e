import * as Plot from '@observablehq/plot';
import { formatTick, formatValue, type Language, type Unit } from '@slt/engine';
import { SERIES_SYMBOLS } from '../shared/series-style.ts';
import type { TrendPoint } from './trend-data.ts';
import { formatTime } from './trend-summary.ts';

export interface TrendChartOptions {
  readonly width: number;
  readonly height: number;
  readonly unit: Unit;
  readonly decimals: number | undefined;
  readonly language: Language;
  readonly palette: readonly string[];
  readonly series: readonly string[];
  /** The style slot of each series (colour and symbol), in the order of `series` (see area-styles.ts). */
  readonly slots: readonly number[];
}

/** Class on the group that holds one mark per plotted point (tests count them). */
export const POINTS_CLASS = 'slt-trend-points';
/** Class on the group of ':' marks for hidden figures. */
export const HIDDEN_CLASS = 'slt-trend-hidden';

/** The drawn chart, with Plot's scales for placing the keyboard focus ring. */
export type TrendChart = SVGSVGElement & Pick<Plot.Plot, 'scale'>;

/** Draws the trend with Observable Plot: a line and a shaped dot per series. */
export function renderTrendChart(points: readonly TrendPoint[], options: TrendChartOptions): TrendChart {
  const { width, height, unit, decimals, language, palette, series, slots } = options;
  const known = points.filter((point) => point.value !== null);
  const byYear = points.every((point) => typeof point.time === 'number');
  const colourRange = slots.map((slot) => palette[slot % palette.length]!);
  const symbolRange = slots.map((slot) => SERIES_SYMBOLS[slot % SERIES_SYMBOLS.length]!.name);
  const label = (point: TrendPoint) =>
    [point.series, `${formatTime(point.time, language)}: ${formatValue(point.value ?? Number.NaN, unit, language, decimals)}`]
      .filter(Boolean)
      .join('\n');

  const chart = Plot.plot({
    width,
    height,
    marginLeft: 52,
    marginRight: 16,
    style: { fontSize: '13px', color: 'currentColor', background: 'transparent', overflow: 'visible' },
    x: byYear
      ? { label: null, tickFormat: (year: number) => String(year), ticks: yearTicks(points, width) }
      : { type: 'utc', label: null, ticks: Math.max(2, Math.floor(width / 90)) },
    y: { label: null, grid: true, nice: true, tickFormat: (value: number) => formatTick(value, unit, language) },
    color: { domain: series, range: colourRange },
    symbol: { domain: series, range: symbolRange },
    marks: [
      // The SVG is one image named by the text alternative; Plot's own labels on its mark
      // groups are hidden from assistive technology (axe: aria-prohibited-attr otherwise).
      Plot.lineY(points, { x: 'time', y: 'value', z: 'series', stroke: 'series', strokeWidth: 2.5, ariaHidden: 'true' }),
      Plot.dot(known, {
        x: 'time',
        y: 'value',
        fill: 'series',
        symbol: 'series',
        r: 4,
        stroke: 'var(--_background)',
        strokeWidth: 1,
        className: POINTS_CLASS,
        ariaHidden: 'true',
      }),
      Plot.tip(known, Plot.pointer({ x: 'time', y: 'value', title: label, ariaHidden: 'true' })),
      // A hidden figure is not a gap that looks like missing data: it is marked ':' on the
      // time axis, in its series' colour, explained under the chart.
      Plot.text(
        points.filter((point) => point.hidden),
        { x: 'time', frameAnchor: 'bottom', dy: -6, text: () => ':', fill: 'series', fontSize: 16, fontWeight: 700, className: HIDDEN_CLASS, ariaHidden: 'true' },
      ),
    ],
  }) as TrendChart;
  return chart;
}

/** Whole years only, thinned to what fits: about one label per 56 px. */
export function yearTicks(points: readonly TrendPoint[], width: number): number[] {
  const years = [...new Set(points.map((point) => Number(point.time)))].sort((a, b) => a - b);
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return [];
  const fits = Math.max(2, Math.floor(width / 56));
  const step = Math.max(1, Math.ceil((last - first + 1) / fits));
  const ticks: number[] = [];
  for (let year = last; year >= first; year -= step) ticks.unshift(year);
  return ticks;
}
