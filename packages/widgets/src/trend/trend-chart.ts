import { formatDate, formatTick, formatValue, type Language, type Unit } from '@slt/engine';
import { line as d3Line, symbol as d3Symbol, type SymbolType } from 'd3-shape';
import { utcTicks } from 'd3-time';
import { linearScale, niceDomain, type LinearScale } from '../shared/linear-scale.ts';
import { attachPointerTip, type TipPoint } from '../shared/pointer-tip.ts';
import { lineDashes, SERIES_SYMBOLS } from '../shared/series-style.ts';
import { px, svgElement } from '../shared/svg-elements.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { partOfYear } from './time-period.ts';
import { groupBySeries, type TrendPoint } from './trend-data.ts';
import { endLabelWidth, placeEndLabels, type PlacedEndLabel } from './trend-end-labels.ts';
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
  /** The reference series (`reference="area=Asker"`), drawn as a dashed line in the text colour. */
  readonly reference?: readonly TrendPoint[];
  /** Panels only: the height the grid should fill (the `height` attribute, when set); else each plot is about half as high as wide. */
  readonly panelsHeight?: number;
  /**
   * One of `series` to draw emphasised (`highlight`): a thicker line and larger symbols, on
   * top of the others, which are drawn thinner. Its colour stays, so its contrast does.
   */
  readonly highlight?: string | undefined;
}

/** Class on the group that holds one mark per plotted point (tests count them). */
export const POINTS_CLASS = 'slt-trend-points';
/** Class on the group of ':' marks for hidden figures. */
export const HIDDEN_CLASS = 'slt-trend-hidden';

/** The drawn chart, and where a point is on it (for the keyboard focus ring). */
export interface TrendChart {
  readonly svg: SVGSVGElement;
  locate(point: TrendPoint): readonly [x: number, y: number] | undefined;
}

// Margins, tick lengths and spacings as Observable Plot's defaults, which the bars and the
// map still draw with, so the charts of a dashboard look alike.
const MARGIN = { top: 20, right: 16, bottom: 30, left: 52 } as const;
const TICK = 6;
/** About one value label per 35 px of height, and one date label per 90 px of width. */
const Y_TICK_SPACING = 35;
const DATE_TICK_SPACING = 90;
/** About the width of a character of a 13 px tick label, to keep labels inside the chart. */
const LABEL_CHAR_WIDTH = 7;
/** About one quarter label (`1. kv. 2024`, about 75 px) per 80 px of the axis. */
const QUARTER_TICK_SPACING = 80;
/** The reference's dashes, as the bars' reference line and its key. */
export const REFERENCE_DASH = '5 3';
/** How far apart the ':' marks of series hidden at the same time are stacked (16 px bold text). */
export const HIDDEN_MARK_STEP = 14;
/** The dots' size: the area of a circle of radius 4. */
const DOT_AREA = 16 * Math.PI;
/** Lines' widths: as drawn, and with one series highlighted (it, and the others). */
const LINE_WIDTH = 2.5;
const HIGHLIGHT_LINE_WIDTH = 4;
const BESIDE_HIGHLIGHT_LINE_WIDTH = 1.5;
/** Symbols with one series highlighted: its own larger, the others smaller but large enough to tell apart (symbols carry what colour alone may not). */
const HIGHLIGHT_DOT_AREA = DOT_AREA * 1.5;
const BESIDE_HIGHLIGHT_DOT_AREA = DOT_AREA * 0.65;

/** The width of a series' line, with `highlight` (a series' name) or none; the legend's keys draw the same. */
export function lineWidthOf(name: string, highlight: string | undefined): number {
  return highlight === undefined ? LINE_WIDTH : name === highlight ? HIGHLIGHT_LINE_WIDTH : BESIDE_HIGHLIGHT_LINE_WIDTH;
}

/**
 * Draws the trend as SVG by hand (d3-shape for the line and the symbols): a line and a
 * shaped dot per series, value gridlines, and ':' on the time axis for a hidden figure.
 * Not with Observable Plot, as the bars and the map are: the trend is the first chart of
 * most pages, and Plot with its d3 modules is 75 kB (brotli) of the first load and about a
 * third of its script time (BENCHMARKS.md).
 */
export function renderTrendChart(points: readonly TrendPoint[], options: TrendChartOptions): TrendChart {
  const { width, height, unit, decimals, language, palette, series, slots } = options;
  const reference = [...(options.reference ?? [])].sort((a, b) => Number(a.time) - Number(b.time));
  const known = points.filter((point): point is TrendPoint & { value: number } => point.value !== null);
  const knownReference = reference.filter((point): point is TrendPoint & { value: number } => point.value !== null);
  const byYear = [...points, ...reference].every((point) => typeof point.time === 'number');
  const colourOf = (name: string) => palette[(slots[series.indexOf(name)] ?? 0) % palette.length]!;
  const symbolOf = (name: string) => SERIES_SYMBOLS[(slots[series.indexOf(name)] ?? 0) % SERIES_SYMBOLS.length]!.type;
  const dashes = lineDashes(slots);
  const dashOf = (name: string) => dashes[series.indexOf(name)];
  const highlight = options.highlight !== undefined && series.length >= 2 && series.includes(options.highlight) ? options.highlight : undefined;
  const dotAreaOf = (name: string) => (highlight === undefined ? DOT_AREA : name === highlight ? HIGHLIGHT_DOT_AREA : BESIDE_HIGHLIGHT_DOT_AREA);
  // The highlighted series is drawn last, so that no other line crosses over it.
  const drawingOrder = <T>(items: readonly T[], nameOf: (item: T) => string) =>
    highlight === undefined ? items : [...items.filter((item) => nameOf(item) !== highlight), ...items.filter((item) => nameOf(item) === highlight)];

  const times = [...points, ...reference].map((point) => Number(point.time));
  const lastTime = Math.max(...times);
  const groups = groupBySeries(points);
  // Names at the lines' ends when there is room (trend-end-labels.ts); the legend stays.
  const endOf = (group: readonly TrendPoint[]) => group.find((point) => Number(point.time) === lastTime && point.value !== null);
  const ends = new Map([...groups].map(([name, group]) => [name, endOf(group)]));
  const referenceName = reference[0]?.series;
  const referenceEnd = endOf(reference);
  if (referenceName !== undefined && referenceEnd) ends.set(referenceName, referenceEnd);
  const labelled = [...ends.keys()];
  const labelWidth = endLabelWidth(labelled, width, height - MARGIN.bottom - MARGIN.top, [...groups.keys()].every((name) => ends.get(name)));
  const plotRight = width - MARGIN.right - labelWidth;
  const x = linearScale([Math.min(...times), lastTime], [MARGIN.left, plotRight]);
  const bottom = height - MARGIN.bottom;
  const yTickCount = Math.abs(bottom - MARGIN.top) / Y_TICK_SPACING;
  const y = linearScale(niceDomain([...known, ...knownReference].map((point) => point.value), yTickCount), [bottom, MARGIN.top]);
  const xOf = (point: TrendPoint) => x(Number(point.time));
  const yTicks = y.ticks(yTickCount);
  const byQuarter = !byYear && points.length > 0 && points.every((point) => point.grain === 'quarter');
  const quarters = byQuarter ? quarterAxis(points, width, language) : undefined;
  const xTicks = byYear ? yearTicks(points, width) : (quarters?.ticks ?? dateTicks(x, width));
  const xLabel = byYear ? (tick: number) => String(tick) : (quarters?.label ?? dateTickFormat(xTicks, language));
  // A label wider than the margin beside it ('okt. 2023' at the right end) ends at its tick instead of being cut off.
  const xLabelText = (tick: number) => {
    const label = xLabel(tick);
    const half = (label.length * LABEL_CHAR_WIDTH) / 2;
    const anchor = x(tick) + half > width ? { 'text-anchor': 'end' } : x(tick) - half < 0 ? { 'text-anchor': 'start' } : {};
    return svgElement('text', { transform: `translate(${px(x(tick))},${bottom})`, y: '0.71em', ...anchor }, [label]);
  };

  const lines = drawingOrder([...groups], ([name]) => name).map(([name, group]) => {
    const path = d3Line<TrendPoint>()
      .defined((point) => point.value !== null)
      .x((point) => xOf(point))
      .y((point) => y(point.value!))
      .digits(1)(group);
    const dash = dashOf(name);
    // Widths of their own only beside a highlight: otherwise the group's width, as before.
    return svgElement('path', { d: path ?? '', stroke: colourOf(name), ...(dash ? { 'stroke-dasharray': dash } : {}), ...(highlight ? { 'stroke-width': lineWidthOf(name, highlight) } : {}) });
  });
  const dots = drawingOrder(known, (point) => point.series).map((point) =>
    svgElement('path', {
      d: d3Symbol(symbolOf(point.series), dotAreaOf(point.series)).digits(1)() ?? '',
      fill: colourOf(point.series),
      transform: `translate(${px(xOf(point))},${px(y(point.value))})`,
    }),
  );
  // Several series hidden at one time: their ':' marks one above the other, not drawn over each other.
  const hiddenAt = new Map<number, number>();
  const hiddenY = (point: TrendPoint) => {
    const below = hiddenAt.get(Number(point.time)) ?? 0;
    hiddenAt.set(Number(point.time), below + 1);
    return px(bottom - 6 - below * HIDDEN_MARK_STEP);
  };
  const hidden = points
    .filter((point) => point.hidden)
    .map((point) => svgElement('text', { x: px(xOf(point)), y: hiddenY(point), fill: colourOf(point.series) }, [':']));
  // The reference behind the series, dashed in the text colour, with its hidden figures marked too.
  const referenceMarks =
    reference.length === 0
      ? []
      : [
          svgElement('path', {
            'aria-hidden': 'true',
            'aria-label': 'reference',
            d: d3Line<TrendPoint>().defined((point) => point.value !== null).x(xOf).y((point) => y(point.value!)).digits(1)(reference) ?? '',
            fill: 'none',
            stroke: 'currentColor',
            'stroke-opacity': 0.75,
            'stroke-width': 2,
            'stroke-dasharray': REFERENCE_DASH,
            transform: 'translate(0.5,0.5)',
          }),
        ];
  hidden.push(...reference.filter((point) => point.hidden).map((point) => svgElement('text', { x: px(xOf(point)), y: hiddenY(point) }, [':'])));

  const svg = svgElement(
    'svg',
    {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      fill: 'currentColor',
      'font-family': 'system-ui, sans-serif',
      'font-size': 13,
      'text-anchor': 'middle',
      style: 'overflow: visible',
    },
    [
      // Everything but the tick labels is decoration for assistive technology: the SVG is
      // one image named by the text alternative (set by the element).
      svgElement('g', { 'aria-hidden': 'true', 'aria-label': 'y-grid', stroke: 'currentColor', 'stroke-opacity': 0.1, transform: 'translate(0,0.5)' },
        yTicks.map((tick) => svgElement('line', { x1: MARGIN.left, x2: plotRight, y1: px(y(tick)), y2: px(y(tick)) }))),
      svgElement('g', { 'aria-hidden': 'true', 'aria-label': 'y-axis tick', fill: 'none', stroke: 'currentColor', transform: 'translate(0,0.5)' },
        yTicks.map((tick) => svgElement('path', { d: `M0,0L${-TICK},0`, transform: `translate(${MARGIN.left},${px(y(tick))})` }))),
      svgElement('g', { 'aria-label': 'y-axis tick label', 'font-variant': 'tabular-nums', 'text-anchor': 'end', transform: `translate(${-TICK - 2.5},0.5)` },
        yTicks.map((tick) => svgElement('text', { transform: `translate(${MARGIN.left},${px(y(tick))})`, y: '0.32em' }, [formatTick(tick, unit, language)]))),
      svgElement('g', { 'aria-hidden': 'true', 'aria-label': 'x-axis tick', fill: 'none', stroke: 'currentColor', transform: 'translate(0.5,0)' },
        xTicks.map((tick) => svgElement('path', { d: `M0,0L0,${TICK}`, transform: `translate(${px(x(tick))},${bottom})` }))),
      svgElement('g', { 'aria-label': 'x-axis tick label', 'font-variant': 'tabular-nums', transform: `translate(0.5,${TICK + 3.5})` },
        xTicks.map(xLabelText)),
      ...referenceMarks,
      svgElement('g', { 'aria-hidden': 'true', 'aria-label': 'line', fill: 'none', 'stroke-width': LINE_WIDTH, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', transform: 'translate(0.5,0.5)' }, lines),
      svgElement('g', { 'aria-hidden': 'true', 'aria-label': 'dot', class: POINTS_CLASS, stroke: 'var(--_background)', 'stroke-width': 1, transform: 'translate(0.5,0.5)' }, dots),
      // A hidden figure is not a gap that looks like missing data: it is marked ':' on the
      // time axis, in its series' colour, explained under the chart.
      svgElement('g', { 'aria-hidden': 'true', 'aria-label': 'hidden', class: HIDDEN_CLASS, 'font-size': 16, 'font-weight': 700 }, hidden),
      ...(labelWidth > 0
        ? [
            endLabels(
              placeEndLabels(labelled.map((name) => ({ name, y: y(ends.get(name)!.value!) })), MARGIN.top, bottom),
              plotRight,
              (name) => (name === referenceName ? undefined : { colour: colourOf(name), symbol: symbolOf(name) }),
              highlight,
            ),
          ]
        : []),
    ],
  );

  const tips: TipPoint[] = [...known, ...knownReference].map((point) => ({
    x: xOf(point),
    y: y(point.value),
    colour: reference.includes(point) ? 'currentColor' : colourOf(point.series),
    lines: [point.series, `${formatTime(point, language)}: ${formatValue(point.value, unit, language, decimals)}`].filter(Boolean),
  }));
  attachPointerTip(svg, tips, width, height);

  return {
    svg,
    locate: (point) => (point.value === null ? undefined : [xOf(point), y(point.value)]),
  };
}

/** The class of the names at the lines' ends (tests read them). */
export const END_LABELS_CLASS = 'slt-trend-end-labels';

/**
 * The names at the lines' ends, in the text colour (small text needs 4.5:1, which the series'
 * colours do not all have) after the series' symbol in its colour, or the reference's dashes;
 * a name moved off its line's end is tied to it by a short leader.
 */
function endLabels(
  placed: readonly PlacedEndLabel[],
  plotRight: number,
  keyOf: (name: string) => { colour: string; symbol: SymbolType } | undefined,
  highlight: string | undefined,
): SVGGElement {
  const keyX = plotRight + 22;
  return svgElement(
    'g',
    { 'aria-hidden': 'true', 'aria-label': 'end labels', class: END_LABELS_CLASS, 'font-size': 12, 'text-anchor': 'start' },
    placed.flatMap((label) => {
      const key = keyOf(label.name);
      const moved = Math.abs(label.labelY - label.y) > 2;
      return [
        ...(moved
          ? [svgElement('path', { d: `M${px(plotRight + 6)},${px(label.y)}L${px(keyX - 8)},${px(label.labelY)}`, fill: 'none', stroke: 'currentColor', 'stroke-opacity': 0.45 })]
          : []),
        key
          ? svgElement('path', { d: d3Symbol(key.symbol, 40).digits(1)() ?? '', fill: key.colour, transform: `translate(${px(keyX)},${px(label.labelY)})` })
          : svgElement('path', { d: `M${px(keyX - 6)},${px(label.labelY)}H${px(keyX + 6)}`, fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-dasharray': '3 2' }),
        svgElement('text', { x: px(keyX + 9), y: px(label.labelY), dy: '0.32em', ...(label.name === highlight ? { 'font-weight': 700 } : {}) }, [label.name]),
      ];
    }),
  );
}

/**
 * Whole years only, thinned to what fits (about one label per 56 px). The first and the last
 * year are labelled whenever a step of up to twice the one that fits lands on both (ten years
 * in 2015, 2018, 2021, 2024, not 2016 ... 2024: a reader looks for where the series starts);
 * else the steps count back from the last year.
 */
export function yearTicks(points: readonly Pick<TrendPoint, 'time'>[], width: number): number[] {
  const years = [...new Set(points.map((point) => Number(point.time)))].sort((a, b) => a - b);
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return [];
  const fits = Math.max(2, Math.floor(width / 56));
  const span = last - first;
  const fitting = Math.max(1, Math.ceil((span + 1) / fits));
  let step = fitting;
  for (let candidate = fitting; candidate <= 2 * fitting && candidate <= span; candidate++) {
    if (span % candidate === 0) {
      step = candidate;
      break;
    }
  }
  const ticks: number[] = [];
  for (let year = last; year >= first; year -= step) ticks.unshift(year);
  return ticks;
}

/**
 * The time axis of quarterly data (SSB's 2024K4): the quarters, thinned to what fits and
 * ending at the last, labelled `1. kv. 2024`; once a year or more would lie between two labels,
 * the first quarter of every year or few years, labelled as years. Ticks in ms since 1970.
 */
export function quarterAxis(points: readonly Pick<TrendPoint, 'time'>[], width: number, language: Language): { ticks: number[]; label(tick: number): string } {
  const starts = [...new Set(points.map((point) => Number(point.time)))].sort((a, b) => a - b).map((time) => new Date(time));
  const first = starts[0];
  const last = starts.at(-1);
  const asYear = (tick: number) => String(new Date(tick).getUTCFullYear());
  if (first === undefined || last === undefined) return { ticks: [], label: asYear };
  const index = (date: Date) => date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3);
  const fits = Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / QUARTER_TICK_SPACING));
  const step = Math.max(1, Math.ceil((index(last) - index(first) + 1) / fits));
  const ticks: number[] = [];
  if (step >= 4) {
    const years = Math.ceil(step / 4);
    const firstYear = first.getUTCFullYear() + (first.getUTCMonth() === 0 ? 0 : 1);
    for (let year = last.getUTCFullYear(); year >= firstYear; year -= years) ticks.unshift(Date.UTC(year, 0, 1));
    return { ticks, label: asYear };
  }
  for (let quarter = index(last); quarter >= index(first); quarter -= step) ticks.unshift(Date.UTC(Math.floor(quarter / 4), (quarter % 4) * 3, 1));
  const label = (tick: number) => {
    const date = new Date(tick);
    return fill(MESSAGES[language].quarterTick, { part: String(partOfYear(date, 'quarter')), year: String(date.getUTCFullYear()) });
  };
  return { ticks, label };
}

/** Round dates (months, quarters, years) across the axis, about one per 90 px, as ms since 1970. */
function dateTicks(x: LinearScale, width: number): number[] {
  const [start, stop] = x.domain;
  const count = Math.max(2, Math.floor(width / DATE_TICK_SPACING));
  return utcTicks(new Date(start), new Date(stop), count).map((date) => date.getTime());
}

/** Years alone when every tick is 1 January (`2024`), else month and year (`jan. 2024`). */
export function dateTickFormat(ticks: readonly number[], language: Language): (tick: number) => string {
  const yearsOnly = ticks.every((tick) => {
    const date = new Date(tick);
    return date.getUTCMonth() === 0 && date.getUTCDate() === 1;
  });
  return (tick) => (yearsOnly ? String(new Date(tick).getUTCFullYear()) : formatDate(new Date(tick), language, 'month'));
}
