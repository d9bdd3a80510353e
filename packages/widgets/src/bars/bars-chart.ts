import * as Plot from '@observablehq/plot';
import { nice } from 'd3-array';
import { formatNumber, formatTick, formatValue, unitWords, type Language, type Unit } from '@slt/engine';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { absentBars, stackStarts, type Bar, type Reference } from './bars-data.ts';
import type { Layout } from './bars-options.ts';
import { referenceLine } from './bars-summary.ts';
import { BARS_MESSAGES } from './slt-bars.messages.ts';
import { seriesLabel } from '../shared/series-labels.ts';
import type { SeriesStyle } from '../shared/area-styles.ts';

export interface BarsChartOptions {
  readonly width: number;
  readonly height: number;
  readonly unit: Unit;
  readonly decimals: number | undefined;
  readonly language: Language;
  readonly palette: readonly string[];
  /** The tones of the neutral styles (series-style.ts). */
  readonly neutralTones: readonly string[];
  /** Categories top to bottom. */
  readonly categories: readonly string[];
  readonly series: readonly string[];
  /**
   * The style of each series (colour and hatching, palette or neutral), in the order of
   * `series` (see area-styles.ts); with `styleBy: 'category'`, of each category instead.
   */
  readonly styles: readonly SeriesStyle[];
  /** What a bar's style follows: its series (default), or its category (bars without series, a district singled out). */
  readonly styleBy?: 'series' | 'category';
  readonly seriesColumn: string | undefined;
  readonly layout: Layout;
  readonly reference?: Reference | undefined;
  readonly referenceName?: string;
  /** The categories chosen as a linked filter (outlined, and ticked in their label). */
  readonly chosen: readonly string[];
  /** A category's display name (its code when it has no label). */
  readonly labelOf?: (category: string) => string;
  /** Category names beside the bars (0) or above them in one or two lines (see `nameLinesAbove`); decided from the names and the width when not given. */
  readonly nameLines?: NameLines;
}

/** Class on the group that holds one rect per drawn bar (tests count them). */
export const BARS_CLASS = 'slt-bars-bars';
/** Class on the ':' marks of hidden figures. */
export const HIDDEN_CLASS = 'slt-bars-hidden';
/** Class on the "mangler" marks of missing figures. */
export const MISSING_CLASS = 'slt-bars-missing';
export const REFERENCE_CLASS = 'slt-bars-reference';
export const CHOSEN_CLASS = 'slt-bars-chosen';
/** Class on the category names written above their bars (`nameLinesAbove`). */
export const NAMES_ABOVE_CLASS = 'slt-bars-names';

/** The drawn chart, with Plot's scales for placing the focus ring and reading clicks. */
export type BarsChart = SVGSVGElement & Pick<Plot.Plot, 'scale'>;

/** A ring of background colour round a label, so a reference line behind it does not cross its digits. */
const HALO = { stroke: 'var(--_background)', strokeWidth: 4, paintOrder: 'stroke' } as const;

/** About the width of a character of a 13 px label, and the gap between a bar's end and its figure. */
const LABEL_CHAR_WIDTH = 7.4;
const LABEL_GAP = 5;

/** Pixels kept between a reference mark and a figure beside it. */
const REFERENCE_CLEARANCE = 5;

/** Room for one line of text above the bars, for the reference's name. */
const TOP_WITH_REFERENCE = 28;
/** Space under the bars, for the value axis. */
const BOTTOM = 28;
/** The least space per bar for its 13 px figure beside it: less, and the figures of a group overlap. */
const LEAST_ROW = 15;
/** Category names may take this share of the width beside the bars. */
const LABEL_SHARE = 0.45;
/** A bar under names written above it, and a line of a name (13 px text). */
const BAR_UNDER_NAME = 18;
const NAME_LINE = 16;

/** Where the category names go: beside the bars (0), or above them in one or two lines. */
export type NameLines = 0 | 1 | 2;

/**
 * Where the category names go. Beside the bars while the longest fits in 45 % of the width;
 * else above their bars ("Oppfølging fra ambulant ungdomsteam (AUT)", "Bekymringssamtale med
 * politiet" on a phone or in a dashboard's half column: beside the bars they were cut to
 * "Bekymringssamtal…", and a reader could not tell the bars apart), in two lines where one is
 * longer than the whole width (a printed report's half page). Grouped bars keep their names
 * beside the group.
 */
export function nameLinesAbove(labels: readonly string[], width: number, grouped: boolean): NameLines {
  const longest = Math.max(1, ...labels.map((label) => label.length));
  if (grouped || Math.round(longest * LABEL_CHAR_WIDTH) + 14 <= Math.round(width * LABEL_SHARE)) return 0;
  return longest <= charsAbove(width) ? 1 : 2;
}

/** How many characters of a name fit on a line above the bars. */
function charsAbove(width: number): number {
  return Math.max(4, Math.floor((width - 12) / LABEL_CHAR_WIDTH));
}

/** A row under names above the bars: the band's padding (the names' lines, with room above them) and the bar. */
function rowAbove(lines: 1 | 2): { row: number; padding: number } {
  const gap = lines * NAME_LINE + 6;
  return { row: gap + BAR_UNDER_NAME, padding: gap / (gap + BAR_UNDER_NAME) };
}

/**
 * A name in the lines it has above its bar: whole when it fits; else broken at the last space
 * that fits, the rest shortened with '…' if it is still too long (its full name is in the
 * tooltip, the text and the table).
 */
export function nameAbove(name: string, chars: number, lines: 1 | 2): string {
  const cut = (text: string) => (text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`);
  if (name.length <= chars || lines === 1) return cut(name);
  const space = name.lastIndexOf(' ', chars);
  if (space <= 0) return cut(name);
  return `${name.slice(0, space)}\n${cut(name.slice(space + 1))}`;
}

/**
 * The least height at which every bar has a line of its own for its figure: a chart given
 * less (a printed report's grouped bars, 60 % of the screen's height) grows to it instead of
 * writing the figures over each other. Bands as `renderBarsChart` pads them.
 */
export function leastBarsHeight(categories: number, seriesPerCategory: number, withReference: boolean, nameLines: NameLines = 0): number {
  const top = (withReference ? TOP_WITH_REFERENCE : 8) + BOTTOM;
  // Names above: a row per category, and the band's outer padding above the first and below the last.
  if (nameLines > 0) {
    const { row, padding } = rowAbove(nameLines as 1 | 2);
    return Math.ceil(top + (categories + padding) * row);
  }
  const bars = seriesPerCategory > 1 ? (categories * seriesPerCategory) / (1 - 0.18) : categories / (1 - 0.2);
  return Math.ceil(top + bars * LEAST_ROW);
}

/**
 * Horizontal bars with Observable Plot: categories down the side (readable on a phone),
 * a direct value label at the end of each bar, ':' where a figure is hidden, a dashed
 * reference line named in words, and for several series either grouped bars (a band per
 * series within each category) or stacked bars. Each series' style brings its hatching
 * (see addPatterns), so colour is never the only carrier; neutral styles (series that are
 * not areas, area-styles.ts) are grey tones outlined and hatched in the text colour.
 */
export function renderBarsChart(bars: readonly Bar[], options: BarsChartOptions): BarsChart {
  const { width, height, unit, decimals, language, palette, categories, series, styles, layout, chosen } = options;
  const colours = styles.map((style) => colourOf(style, palette, options.neutralTones));
  // The style follows the series, or, in bars without series that single out an area, the category.
  const byCategory = options.styleBy === 'category';
  const keys = byCategory ? categories : series;
  const styled = byCategory || series.length > 1;
  const messages = BARS_MESSAGES[language];
  const grouped = layout === 'grouped' && series.length > 1;
  const known = bars.filter((bar) => bar.value !== null);
  const format = (value: number) => formatValue(value, unit, language, decimals);
  const display = options.labelOf ?? ((category: string) => category);
  const label = (category: string) => (chosen.includes(category) ? `✓ ${display(category)}` : display(category));
  const name = (bar: Bar) => seriesLabel(bar.series, options.seriesColumn, language);
  const title = (bar: Bar) =>
    [display(bar.category), bar.series ? name(bar) : '', bar.value !== null ? format(bar.value) : bar.hidden ? ':' : MESSAGES[language].valueMissing].filter(Boolean).join('\n');
  const line = options.reference ? referenceLine(bars, options.reference, layout) : undefined;
  const hasReference = options.reference !== undefined && options.reference.size > 0;

  // The longest label sets the left margin, up to 45 % of the width; longer ones go above
  // their bars (nameLinesAbove).
  const nameLines = options.nameLines ?? nameLinesAbove(categories.map(display), width, grouped);
  // The rows under names above the bars; undefined while the names go beside them.
  const row = nameLines > 0 ? rowAbove(nameLines as 1 | 2) : undefined;
  const longest = Math.max(...categories.map((category) => label(category).length), 1);
  const wanted = Math.round(longest * LABEL_CHAR_WIDTH) + 14;
  const marginLeft = row ? 6 : Math.min(wanted, Math.round(width * LABEL_SHARE));
  const fits = wanted > marginLeft ? Math.max(4, Math.floor((marginLeft - 14) / LABEL_CHAR_WIDTH)) : Infinity;
  const axisLabel = (category: string) => {
    const text = label(category);
    return text.length <= fits ? text : `${text.slice(0, fits - 1).trimEnd()}…`;
  };
  const band = grouped ? { fy: 'category' as const, y: 'series' as const } : { y: 'category' as const };
  const stacks = layout === 'stacked' ? stackStarts(bars, series) : undefined;
  const totals = layout === 'stacked' ? categoryTotals(bars) : [];
  const endOf = (bar: Bar) => (stacks?.get(bar) ?? 0) + (bar.value ?? 0);
  // The figures at the bars' ends carry their unit words ("29,3 per 1 000") where there is
  // room; where they would leave the bars less than half the chart (a phone, a printed half
  // page: the bars were a few pixels long) they are the number alone, and the axis says the
  // unit once. The tooltips, the text and the table keep the words.
  const maximum = Math.max(maximumOf(bars, stacks), line ?? 0);
  const words = unitWords(unit, language);
  const rightMargin = (figure: (value: number) => string) => Math.max(16, Math.round(figure(maximum).length * LABEL_CHAR_WIDTH) + 12);
  const compact = words !== undefined && width - marginLeft - rightMargin(format) < width * 0.5;
  const figure = compact ? (value: number) => formatNumber(value, language, decimals ?? 1) : format;
  const marginRight = rightMargin(figure);
  // A figure written across a reference mark is hard to read ("8,|9 %": a halo cannot fill the
  // gaps between digits). One that would start before its reference and reach over it starts
  // just after it instead. Units per pixel as Plot will draw them: the domain [0, maximum]
  // niced for ten ticks (Plot's nice), over the width between the margins.
  const unitsPerPixel = (nice(0, maximum || 1, 10)[1] || 1) / Math.max(1, width - marginLeft - marginRight);
  const referenceOf = (bar: Bar): number | undefined => line ?? (grouped ? (options.reference?.get(bar.series) ?? undefined) : undefined);
  const labelAt = (bar: Bar): number => {
    const end = bar.value!;
    const reference = referenceOf(bar);
    if (reference === undefined || reference < end - 2 * unitsPerPixel) return end;
    // The width is an estimate per character: a few pixels more, so a figure that ends just
    // short of the mark does not touch it ("9,3 %⋮" in the printed youth report).
    const reach = (figure(end).length * LABEL_CHAR_WIDTH + LABEL_GAP + REFERENCE_CLEARANCE) * unitsPerPixel;
    return reference <= end + reach ? Math.max(end, reference + REFERENCE_CLEARANCE * unitsPerPixel) : end;
  };

  const marks: Plot.Markish[] = [
    Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.5, ariaHidden: 'true' }),
    Plot.rectX(known, {
      ...band,
      x1: (bar: Bar) => stacks?.get(bar) ?? 0,
      x2: endOf,
      fill: styled ? (byCategory ? 'category' : 'series') : (colours[0] ?? palette[0]),
      title,
      className: BARS_CLASS,
      ariaHidden: 'true',
    }),
    // The chosen category's bars get an outline (with the tick in its label: not colour alone).
    Plot.rectX(
      known.filter((bar) => chosen.includes(bar.category)),
      { ...band, x1: (bar: Bar) => stacks?.get(bar) ?? 0, x2: endOf, fill: 'none', stroke: 'var(--_text)', strokeWidth: 3, className: CHOSEN_CLASS, ariaHidden: 'true' },
    ),
  ];
  // The figures, drawn after the reference line so that their halo keeps the dashed line
  // from crossing their digits (it was drawn over them: "1|3,8 per 1 000").
  const labels: Plot.Markish[] = [
    // A hidden figure is shown where its bar would be: ':' and never an empty gap.
    Plot.text(
      bars.filter((bar) => bar.hidden),
      { ...band, x: (bar: Bar) => stacks?.get(bar) ?? 0, text: () => ':', dx: 6, textAnchor: 'start', fontWeight: 'bold', fill: 'currentColor', ...HALO, title, className: HIDDEN_CLASS, ariaHidden: 'true' },
    ),
    // A missing one says so in words ("mangler", as the table does), also where a series of
    // grouped bars has no row for a category: a gap there was read as 0.
    Plot.text(
      [...bars.filter((bar) => bar.value === null && !bar.hidden), ...(grouped ? absentBars(bars, categories, series) : [])],
      { ...band, x: (bar: Bar) => stacks?.get(bar) ?? 0, text: () => MESSAGES[language].valueMissing, dx: 6, textAnchor: 'start', fontSize: 12, fill: 'currentColor', ...HALO, title, className: MISSING_CLASS, ariaHidden: 'true' },
    ),
    layout === 'stacked'
      ? Plot.text(totals, { y: 'category', x: 'value', text: (total: { value: number }) => figure(total.value), dx: 5, textAnchor: 'start', fill: 'currentColor', ...HALO, ariaHidden: 'true' })
      : Plot.text(known, { ...band, x: labelAt, text: (bar: Bar) => figure(bar.value!), dx: LABEL_GAP, textAnchor: 'start', fill: 'currentColor', ...HALO, ariaHidden: 'true' }),
  ];

  if (line !== undefined) {
    marks.push(
      Plot.ruleX([line], { stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '5 3', className: REFERENCE_CLASS, ariaHidden: 'true' }),
      Plot.text([line], {
        x: (value: number) => value,
        frameAnchor: 'top',
        dy: -TOP_WITH_REFERENCE / 2 - 2,
        text: () => fill(messages.referenceLabel, { reference: options.referenceName ?? '', value: format(line) }),
        // Keep the label inside the chart near the edges.
        textAnchor: line < maximumOf(bars, stacks) * 0.3 ? 'start' : line > maximumOf(bars, stacks) * 0.7 ? 'end' : 'middle',
        fill: 'currentColor',
        fontWeight: 600,
        ariaHidden: 'true',
      }),
    );
  } else if (grouped && hasReference) {
    // Grouped series: a dashed tick at each series' reference value in every category.
    const ticks = categories.flatMap((category) =>
      series.flatMap((name) => {
        const value = options.reference!.get(name);
        return value === null || value === undefined ? [] : [{ category, series: name, value }];
      }),
    );
    marks.push(
      Plot.tickX(ticks, { fy: 'category', y: 'series', x: 'value', stroke: 'currentColor', strokeWidth: 2, strokeDasharray: '3 2', className: REFERENCE_CLASS, ariaHidden: 'true' }),
      Plot.text([fill(messages.referenceKey, { reference: options.referenceName ?? '' })], {
        frameAnchor: 'top-left',
        dy: -TOP_WITH_REFERENCE / 2 - 2,
        text: (text: string) => text,
        facet: 'super',
        fill: 'currentColor',
        fontWeight: 600,
        ariaHidden: 'true',
      }),
    );
  }

  marks.push(...labels);
  if (row) {
    // Each name just above its bar, from the left edge: Plot puts a text in the middle of its
    // band, so it is moved up by half the bar. The band's step as Plot computes it.
    const marginTop = hasReference ? TOP_WITH_REFERENCE : 8;
    const { padding } = row;
    const step = (height - marginTop - BOTTOM) / (categories.length + padding);
    marks.push(
      Plot.text(categories, {
        y: (category: string) => category,
        text: (category: string) => nameAbove(label(category), charsAbove(width), nameLines as 1 | 2),
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        dx: 2,
        // Clear of the bar with its descenders ("g", "j"), whose halo would bite into it.
        dy: -(step * (1 - padding)) / 2 - 6,
        fill: 'currentColor',
        // The halo keeps the zero line from running through the name's first letter.
        ...HALO,
        strokeWidth: 3,
        className: NAMES_ABOVE_CLASS,
      }),
    );
  }

  const chart = Plot.plot({
    width,
    height,
    marginLeft,
    // Room for the value label beyond the longest bar.
    marginRight,
    marginTop: hasReference ? TOP_WITH_REFERENCE : 8,
    marginBottom: BOTTOM,
    style: { fontSize: '13px', color: 'currentColor', background: 'transparent', overflow: 'visible' },
    x: {
      ...(compact ? { label: words, labelAnchor: 'right' as const, labelArrow: 'none' as const } : { label: null }),
      grid: true,
      nice: true,
      domain: [0, maximum || 1],
      ticks: Math.max(2, Math.floor((width - marginLeft) / 90)),
      tickFormat: (value: number) => formatTick(value, unit, language),
    },
    ...(grouped
      ? {
          fy: { domain: categories, label: null, padding: 0.18, axis: 'left' as const, tickFormat: axisLabel },
          y: { domain: series, axis: null, padding: 0.08 },
        }
      : row
        ? { y: { domain: categories, label: null, padding: row.padding, axis: null } }
        : { y: { domain: categories, label: null, padding: 0.2, tickFormat: axisLabel, tickSize: 0 } }),
    color: { domain: keys, range: colours },
    marks,
  }) as BarsChart;
  if (styled || styles[0]?.kind === 'neutral') addPatterns(chart, new Map(styles.map((style, index) => [colours[index]!, style])));
  return chart;
}

function maximumOf(bars: readonly Bar[], stacks: Map<Bar, number> | undefined): number {
  return Math.max(0, ...bars.map((bar) => (stacks?.get(bar) ?? 0) + (bar.value ?? 0)));
}

/** One entry per category with a known value: the stacked total, for its end label. */
function categoryTotals(bars: readonly Bar[]): { category: string; value: number }[] {
  const totals = new Map<string, number>();
  for (const bar of bars) if (bar.value !== null) totals.set(bar.category, (totals.get(bar.category) ?? 0) + bar.value);
  return [...totals].map(([category, value]) => ({ category, value }));
}

/** The fill colour of a style: its palette colour, or its neutral tone. */
export function colourOf(style: SeriesStyle, palette: readonly string[], neutralTones: readonly string[]): string {
  return style.kind === 'palette' ? palette[style.slot % palette.length]! : neutralTones[style.slot % neutralTones.length]!;
}

/** Pattern n (n >= 1) for series n; series 0 is plain. Also used by the legend. */
export const PATTERNS: readonly string[] = [
  '',
  'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2', // diagonal hatching
  'M0,3 h6', // horizontal lines
  'M3,0 v6 M0,3 h6', // grid
  'M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2', // the other diagonal
  'M3,0 v6', // vertical lines
  'M0,0 l6,6 M6,0 l-6,6', // cross-hatching
];

/**
 * The ink hatching of neutral style n (n >= 1); neutral style 0 is plain. Lines in the text
 * colour over a grey tone: never the background-coloured hatching of an area's style.
 */
export const NEUTRAL_PATTERNS: readonly string[] = [
  '',
  'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2', // diagonal hatching
  'M0,1.5 h6 M0,4.5 h6', // horizontal lines
  'M0,0 l6,6 M6,0 l-6,6', // cross-hatching
];

export const patternId = (index: number, prefix = 'slt-bars-pattern') => `${prefix}-${index}`;
export const neutralPatternId = (index: number, prefix = 'slt-bars-pattern') => `${prefix}-neutral-${index}`;

/** `<pattern>` definitions: lines in the background colour over an area's colour, in the text colour over a neutral tone. */
export function patternDefs(prefix?: string, neutral = false): string {
  const pattern = (id: string, path: string, stroke: string, width: number) =>
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><path d="${path}" stroke="${stroke}" stroke-width="${width}"></path></pattern>`;
  return [
    ...PATTERNS.map((path, index) => (index === 0 ? '' : pattern(patternId(index, prefix), path, 'var(--_background)', 1.6))),
    ...NEUTRAL_PATTERNS.map((path, index) => (index === 0 || !neutral ? '' : pattern(neutralPatternId(index, prefix), path, 'var(--_text)', 1))),
  ].join('');
}

/** The fill of the hatching over a style's bars (`url(#…)`), or undefined when it is plain. */
export function patternFill(style: SeriesStyle, prefix?: string): string | undefined {
  if (style.kind === 'palette') {
    const index = style.slot % PATTERNS.length;
    return index > 0 ? `url(#${patternId(index, prefix)})` : undefined;
  }
  const index = style.slot % NEUTRAL_PATTERNS.length;
  return index > 0 ? `url(#${neutralPatternId(index, prefix)})` : undefined;
}

/**
 * Lays the hatching of each series' style over its bars (found by their fill colour; style
 * 1 and neutral style 1 are plain), and outlines neutral bars in the text colour, so
 * series are told apart without colour (WCAG 1.4.1) and a light grey bar keeps a visible
 * edge (1.4.11), on screen, in print and in the downloaded SVG.
 */
function addPatterns(chart: SVGSVGElement, styleByColour: ReadonlyMap<string, SeriesStyle>): void {
  const svgNs = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(svgNs, 'defs');
  defs.innerHTML = patternDefs(undefined, [...styleByColour.values()].some((style) => style.kind === 'neutral'));
  chart.prepend(defs);
  for (const rect of chart.querySelectorAll<SVGRectElement>(`g.${BARS_CLASS} rect`)) {
    const style = styleByColour.get(rect.getAttribute('fill') ?? rect.parentElement?.getAttribute('fill') ?? '');
    if (!style) continue;
    if (style.kind === 'neutral') {
      rect.setAttribute('stroke', 'var(--_text)');
      rect.setAttribute('stroke-width', '1');
    }
    const fill = patternFill(style);
    if (!fill) continue;
    const overlay = rect.cloneNode() as SVGRectElement;
    overlay.setAttribute('fill', fill);
    overlay.setAttribute('class', 'slt-bars-pattern');
    overlay.setAttribute('pointer-events', 'none');
    overlay.removeAttribute('stroke');
    rect.after(overlay);
  }
}
