import { formatTick, formatValue } from '@slt/engine';
import { line as d3Line, symbol as d3Symbol } from 'd3-shape';
import { linearScale, niceDomain } from '../shared/linear-scale.ts';
import { attachPointerTip, type TipPoint } from '../shared/pointer-tip.ts';
import { SERIES_SYMBOLS } from '../shared/series-style.ts';
import { px, svgElement } from '../shared/svg-elements.ts';
import { dateTickFormat, HIDDEN_CLASS, HIDDEN_MARK_STEP, POINTS_CLASS, REFERENCE_DASH, type TrendChart, type TrendChartOptions } from './trend-chart.ts';
import { groupBySeries, type TrendPoint } from './trend-data.ts';
import { formatTime } from './trend-summary.ts';

/**
 * Small multiples: one small chart per series, on the same scales, in a grid that fills the
 * width (`layout="panels"`). Ten districts' lines in one chart cross and hide each other;
 * ten panels, each with the reference dashed behind it, read at a glance, on a phone too.
 */

/** Where the panels go: a grid of `columns` by `rows`, sizes in px. */
export interface PanelLayout {
  readonly columns: number;
  readonly rows: number;
  /** The left edge of the first column's plots (the value labels are left of it). */
  readonly left: number;
  readonly panelWidth: number;
  readonly plotHeight: number;
  /** From the top of one row of panels to the top of the next. */
  readonly rowStep: number;
  readonly height: number;
}

/** Room for the value labels left of the first column (`12,5 %`), and right of the last. */
const LEFT = 44;
const RIGHT = 8;
const GAP_X = 16;
const GAP_Y = 14;
/** The panel's title line (name and last figure) above its plot, and its time labels under it. */
const TITLE = 22;
const AXIS = 18;
/** A plot narrower than this shows too little of a line: fewer columns instead. */
const MIN_PLOT_WIDTH = 120;
/** A plot's height: flatter than this, a line shows no change; higher, the panels take a page. */
const MIN_PLOT_HEIGHT = 48;
const MAX_PLOT_HEIGHT = 110;
/** About one value label per 22 px of a plot's height. */
const Y_TICK_SPACING = 22;
/** The titles' size, and the width of an average character of it in em (bold; regular digits), on the wide side. */
const TITLE_SIZE = 12;
const BOLD_CHAR_WIDTH = 0.64;
const DIGIT_WIDTH = 0.6;
/** How far a title may be condensed to fit: to 75 % of its (estimated, wide) width. */
const MOST_CONDENSED = 0.75;
const DOT_AREA = 9 * Math.PI;

/**
 * As many columns as plots of at least MIN_PLOT_WIDTH fit, then balanced (ten panels in five
 * columns take two rows of five, not eight and two). A plot is about half as high as wide; with
 * `height` (the element's attribute, when set), the plots share that height instead, between
 * MIN_PLOT_HEIGHT and MAX_PLOT_HEIGHT, so the loading placeholder of that height is the chart's.
 */
export function panelLayout(count: number, width: number, height?: number): PanelLayout {
  const fitting = Math.floor((width - LEFT - RIGHT + GAP_X) / (MIN_PLOT_WIDTH + GAP_X));
  const rows = Math.ceil(count / Math.max(1, Math.min(count, fitting)));
  const columns = Math.max(1, Math.ceil(count / Math.max(1, rows)));
  const panelWidth = (width - LEFT - RIGHT - GAP_X * (columns - 1)) / columns;
  const wanted = height === undefined ? panelWidth * 0.5 : (height + GAP_Y) / rows - (TITLE + AXIS + GAP_Y);
  // Whole pixels by aspect; to the fraction when filling a height, so the chart is exactly as tall as its placeholder.
  const plotHeight = Math.min(MAX_PLOT_HEIGHT, height === undefined ? Math.max(64, Math.round(wanted)) : Math.max(MIN_PLOT_HEIGHT, wanted));
  const rowStep = TITLE + plotHeight + AXIS + GAP_Y;
  return { columns, rows, left: LEFT, panelWidth, plotHeight, rowStep, height: Math.max(0, rows * rowStep - GAP_Y) };
}

/**
 * The series in panel order: highest last figure first (the reader's first question is who
 * stands out), series with no figure at the end, ties in the data's order.
 */
export function panelOrder(points: readonly TrendPoint[]): string[] {
  const last = [...groupBySeries(points)].map(([series, group], index) => ({ series, index, value: group.findLast((point) => point.value !== null)?.value ?? null }));
  return last
    .sort((a, b) => (a.value === null || b.value === null ? Number(a.value === null) - Number(b.value === null) || a.index - b.index : b.value - a.value || a.index - b.index))
    .map((entry) => entry.series);
}

/**
 * A panel's title in `room` px at TITLE_SIZE: as it is when it fits, condensed (SVG
 * `textLength`) up to a quarter when that makes it fit ("Asker sentrum" on a phone), else cut
 * with an ellipsis and condensed. Widths are estimated: the chart is drawn before it is on
 * the page, and measuring text there would lay the page out.
 */
export function fitTitle(name: string, room: number): { text: string; condensed: boolean } {
  const width = (text: string) => text.length * TITLE_SIZE * BOLD_CHAR_WIDTH;
  if (width(name) <= room) return { text: name, condensed: false };
  if (width(name) * MOST_CONDENSED <= room) return { text: name, condensed: true };
  const chars = Math.max(2, Math.floor(room / (TITLE_SIZE * BOLD_CHAR_WIDTH * MOST_CONDENSED)));
  return { text: `${name.slice(0, chars - 1).trimEnd()}…`, condensed: true };
}

export function renderTrendPanels(
  points: readonly TrendPoint[],
  options: TrendChartOptions,
): TrendChart & { readonly height: number } {
  const { width, unit, decimals, language, palette } = options;
  const reference = options.reference ?? [];
  const order = panelOrder(points);
  const groups = groupBySeries(points);
  const layout = panelLayout(order.length, width, options.panelsHeight);
  const { columns, left, panelWidth, plotHeight, rowStep, height } = layout;
  // One colour for every panel: the title names the series, and the only other line is the
  // reference, dashed in the text colour (a grey series style would pass for it).
  const colour = palette[0]!;
  const symbol = SERIES_SYMBOLS[0]!.type;
  const value = (number: number) => formatValue(number, unit, language, decimals);

  // One x and one y scale for every panel, so that the panels compare.
  const all = [...points, ...reference];
  const times = all.map((point) => Number(point.time));
  const [firstTime, lastTime] = [Math.min(...times), Math.max(...times)];
  const yTickCount = Math.max(2, plotHeight / Y_TICK_SPACING);
  const known = all.flatMap((point) => (point.value === null ? [] : [point.value]));
  // The domain niced for four steps whatever the plots' height: niced for the two labels a
  // flat plot has room for, ten districts between 5 and 20 % got an axis of 0 to 30 % and flat lines.
  const yUnit = linearScale(niceDomain(known, 4), [plotHeight, 0]);
  const xUnit = linearScale([firstTime, lastTime], [0, panelWidth]);
  const yTicks = yUnit.ticks(yTickCount);
  const byYear = all.every((point) => typeof point.time === 'number');
  const timeLabel = byYear ? (time: number) => String(time) : dateTickFormat([firstTime, lastTime], language);

  /** The top left corner of panel `index`'s plot. */
  const origin = (index: number): readonly [number, number] => [left + (index % columns) * (panelWidth + GAP_X), Math.floor(index / columns) * rowStep + TITLE];
  const at = (index: number, point: TrendPoint): readonly [number, number] => {
    const [x0, y0] = origin(index);
    return [x0 + xUnit(Number(point.time)), y0 + yUnit(point.value ?? 0)];
  };
  const line = (index: number) =>
    d3Line<TrendPoint>()
      .defined((point) => point.value !== null)
      .x((point) => at(index, point)[0])
      .y((point) => at(index, point)[1])
      .digits(1);
  const sortedReference = [...reference].sort((a, b) => Number(a.time) - Number(b.time));

  const tips: TipPoint[] = [];
  const panels = order.map((name, index) => {
    const group = groups.get(name) ?? [];
    const [x0, y0] = origin(index);
    const lastKnown = group.findLast((point) => point.value !== null);
    const lastText = lastKnown ? value(lastKnown.value!) : '';
    const room = Math.max(0, panelWidth - lastText.length * TITLE_SIZE * DIGIT_WIDTH - 6);
    const title = fitTitle(name, room);
    const bottom = y0 + plotHeight;
    for (const point of [...group, ...sortedReference]) {
      if (point.value === null) continue;
      const [x, y] = at(index, point);
      tips.push({ x, y, colour: point.series === name ? colour : 'currentColor', lines: [point.series, `${formatTime(point, language)}: ${value(point.value)}`].filter(Boolean) });
    }
    return svgElement('g', { 'aria-hidden': 'true', 'aria-label': 'panel', 'data-series': name }, [
      // The title: the series and its last figure.
      svgElement('text', { x: px(x0), y: px(y0 - 8), 'text-anchor': 'start', 'font-size': TITLE_SIZE, 'font-weight': 700, ...(title.condensed ? { textLength: px(room), lengthAdjust: 'spacingAndGlyphs' } : {}) }, [title.text]),
      svgElement('text', { x: px(x0 + panelWidth), y: px(y0 - 8), 'text-anchor': 'end', 'font-size': TITLE_SIZE, 'font-variant': 'tabular-nums' }, [lastText]),
      svgElement('g', { stroke: 'currentColor', 'stroke-opacity': 0.1, transform: 'translate(0,0.5)' },
        yTicks.map((tick) => svgElement('line', { x1: px(x0), x2: px(x0 + panelWidth), y1: px(y0 + yUnit(tick)), y2: px(y0 + yUnit(tick)) }))),
      svgElement('line', { x1: px(x0), x2: px(x0 + panelWidth), y1: px(bottom + 0.5), y2: px(bottom + 0.5), stroke: 'currentColor', 'stroke-opacity': 0.4 }),
      svgElement('g', { 'font-size': 11, 'font-variant': 'tabular-nums', fill: 'currentColor' }, [
        svgElement('text', { x: px(x0), y: px(bottom + 14), 'text-anchor': 'start' }, [timeLabel(firstTime)]),
        svgElement('text', { x: px(x0 + panelWidth), y: px(bottom + 14), 'text-anchor': 'end' }, [timeLabel(lastTime)]),
      ]),
      ...(sortedReference.length > 0
        ? [svgElement('path', { d: line(index)(sortedReference) ?? '', fill: 'none', stroke: 'currentColor', 'stroke-opacity': 0.7, 'stroke-width': 1.5, 'stroke-dasharray': REFERENCE_DASH })]
        : []),
      svgElement('path', { d: line(index)(group) ?? '', fill: 'none', stroke: colour, 'stroke-width': 2.5, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
      svgElement('g', { class: POINTS_CLASS, stroke: 'var(--_background)', 'stroke-width': 1 },
        group.flatMap((point) => {
          if (point.value === null) return [];
          const [x, y] = at(index, point);
          return [svgElement('path', { d: d3Symbol(symbol, DOT_AREA).digits(1)() ?? '', fill: colour, transform: `translate(${px(x)},${px(y)})` })];
        })),
      // The reference's ':' above the series' where both are hidden at one time, not over it.
      svgElement('g', { class: HIDDEN_CLASS, 'font-size': 16, 'font-weight': 700, 'text-anchor': 'middle' }, [
        ...group.filter((point) => point.hidden).map((point) => svgElement('text', { x: px(at(index, point)[0]), y: px(bottom - 4), fill: colour }, [':'])),
        ...sortedReference.filter((point) => point.hidden).map((point) => {
          const above = group.some((own) => own.hidden && Number(own.time) === Number(point.time)) ? HIDDEN_MARK_STEP : 0;
          return svgElement('text', { x: px(at(index, point)[0]), y: px(bottom - 4 - above), fill: 'currentColor' }, [':']);
        }),
      ]),
    ]);
  });

  // The value labels once, left of the first column, in every row.
  const rowCount = Math.ceil(order.length / columns);
  const valueLabels = svgElement('g', { 'aria-label': 'y-axis tick label', 'font-variant': 'tabular-nums', 'text-anchor': 'end', 'font-size': 11 },
    Array.from({ length: rowCount }, (_, row) =>
      yTicks.map((tick) => svgElement('text', { x: left - 6, y: px(row * rowStep + TITLE + yUnit(tick)), dy: '0.32em' }, [formatTick(tick, unit, language)]))).flat());

  const svg = svgElement(
    'svg',
    { width, height, viewBox: `0 0 ${width} ${height}`, fill: 'currentColor', 'font-family': 'system-ui, sans-serif', 'font-size': 13, style: 'overflow: visible' },
    [valueLabels, ...panels],
  );
  attachPointerTip(svg, tips, width, height);

  const referenceSeries = reference[0]?.series;
  return {
    svg,
    height,
    // A series' point in its own panel; the reference's in the first panel.
    locate: (point) => {
      if (point.value === null) return undefined;
      const index = point.series === referenceSeries && !order.includes(point.series) ? 0 : order.indexOf(point.series);
      return index < 0 ? undefined : at(index, point);
    },
  };
}
