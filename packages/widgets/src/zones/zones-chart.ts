import { formatNumber, formatYear, type Language } from '@slt/engine';
import { fill } from '../i18n/messages.ts';
import { patternId, svgElement, zonePatterns, ZONES, type Zone } from './zone-style.ts';
import type { ZonesPeriod } from './zones-data.ts';
import type { ZonesVariant } from './zones-options.ts';
import { labelledIndices, niceTicks } from './zones-scale.ts';
import { countText } from './zones-summary.ts';
import { capitalise, ZONES_MESSAGES } from './zones.messages.ts';

/** A figure the keyboard can step to: one zone (or the total) in one period. */
export interface ZonesDatum {
  readonly period: ZonesPeriod;
  readonly series: Zone | 'all';
}

export interface ZonesChartOptions {
  readonly width: number;
  readonly height: number;
  readonly language: Language;
  readonly colours: Readonly<Record<Zone, string>>;
  readonly variant: ZonesVariant;
  /** The year chosen in the linked filters, drawn highlighted. */
  readonly selectedYear: number | undefined;
  /** Called with a period's year when its bar is clicked. */
  readonly onSelect?: ((year: number) => void) | undefined;
}

export interface ZonesChart {
  readonly svg: SVGSVGElement;
  locate(datum: ZonesDatum): readonly [number, number] | undefined;
}

/** Class names tests and stories look for. */
export const ZONES_CLASSES = {
  period: 'slt-zones-period',
  segment: 'slt-zones-segment',
  hidden: 'slt-zones-hidden',
  total: 'slt-zones-total',
  label: 'slt-zones-label',
} as const;

const MARGIN = { top: 22, right: 8, bottom: 26, left: 40 };
const PATTERN_PREFIX = 'slt-zp';

interface Stack {
  readonly bottom: number;
  readonly top: number;
}

/** Where each zone and the hidden part sit in a period's stack, in persons. */
function stackOf(period: ZonesPeriod): { zones: Partial<Record<Zone, Stack>>; hidden: Stack | undefined; top: number } {
  let level = 0;
  const zones: Partial<Record<Zone, Stack>> = {};
  for (const zone of ZONES) {
    const count = period.zones[zone];
    if (count.hidden) continue;
    zones[zone] = { bottom: level, top: level + count.value };
    level += count.value;
  }
  const hidden = period.hiddenRest === null ? undefined : { bottom: level, top: level + period.hiddenRest };
  return { zones, hidden, top: period.total.hidden ? level : period.total.value };
}

/**
 * The measures ladder over time as stacked bars (or areas): green at the bottom, red on
 * top, then the hatched part whose split is hidden, up to the published total. Every
 * zone has its pattern; counts are written in segments tall enough to hold them, ':'
 * where a figure is hidden, and the published total above each period.
 */
export function renderZonesChart(periods: readonly ZonesPeriod[], options: ZonesChartOptions): ZonesChart {
  const { width, height, language, colours, variant, selectedYear } = options;
  const messages = ZONES_MESSAGES[language];
  const stacks = periods.map(stackOf);
  const max = Math.max(5, ...stacks.map((stack) => Math.max(stack.top, stack.hidden?.top ?? 0)));
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const ticks = niceTicks(max, Math.max(2, Math.floor(plotHeight / 48)));
  const top = ticks.at(-1) ?? max;
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  const band = (width - MARGIN.left - MARGIN.right) / Math.max(1, periods.length);
  const barWidth = Math.min(56, band * 0.68);
  const x = (index: number) => MARGIN.left + band * (index + 0.5);

  const svg = svgElement('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: `slt-zones-chart variant-${variant}`,
    'font-size': 12,
    fill: 'currentColor',
  });
  svg.append(svgElement('defs', {}, ...zonePatterns(PATTERN_PREFIX, colours)));

  // Grid and y axis: counts of persons, whole numbers.
  const axis = svgElement('g', { class: 'slt-zones-y-axis', 'aria-hidden': 'true' });
  for (const tick of ticks) {
    axis.append(
      svgElement('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(tick), y2: y(tick), stroke: 'var(--_skeleton)' }),
      svgElement('text', { x: MARGIN.left - 6, y: y(tick), dy: '0.32em', 'text-anchor': 'end' }, formatNumber(tick, language, 0)),
    );
  }
  svg.append(axis);

  const labelled = labelledIndices(periods.length, band, 36);
  const xAxis = svgElement('g', { class: 'slt-zones-x-axis', 'aria-hidden': 'true' });
  periods.forEach((period, index) => {
    if (!labelled.has(index)) return;
    const selected = period.year === selectedYear;
    xAxis.append(
      svgElement(
        'text',
        { x: x(index), y: height - MARGIN.bottom + 16, 'text-anchor': 'middle', 'font-weight': selected ? 700 : 400 },
        formatYear(period.year),
      ),
    );
  });
  svg.append(xAxis);

  if (variant === 'areas') svg.append(drawAreas(periods, stacks, x, y, band));
  const marks = svgElement('g', { class: 'slt-zones-marks' });
  periods.forEach((period, index) => {
    const stack = stacks[index]!;
    const group = svgElement('g', {
      class: `${ZONES_CLASSES.period}${period.year === selectedYear ? ' selected' : ''}`,
      'data-year': period.year,
    });
    group.append(svgElement('title', {}, tooltipOf(period, language)));
    const left = x(index) - barWidth / 2;
    // A transparent hit area: the whole column is a target (WCAG 2.5.8 on phones).
    group.append(svgElement('rect', { x: x(index) - band / 2, y: MARGIN.top, width: band, height: plotHeight, fill: 'transparent' }));
    if (variant === 'bars') {
      for (const zone of ZONES) {
        const part = stack.zones[zone];
        if (!part || part.top === part.bottom) continue;
        group.append(segment(left, barWidth, y(part.top), y(part.bottom), `url(#${patternId(PATTERN_PREFIX, zone)})`, zone));
      }
      if (stack.hidden) {
        const rect = segment(left, barWidth, y(stack.hidden.top), y(stack.hidden.bottom), `url(#${patternId(PATTERN_PREFIX, 'hidden')})`, 'hidden');
        rect.setAttribute('stroke-dasharray', '3 2');
        group.append(rect);
      }
    }
    for (const zone of ZONES) {
      const part = stack.zones[zone];
      if (part) countLabel(group, x(index), y(part.top), y(part.bottom), variant === 'bars' ? barWidth : band * 0.8, countText(period.zones[zone], language));
    }
    hiddenLabel(group, x(index), stack, y);
    // The published total above the period, ':' when hidden.
    const totalText = countText(period.total, language);
    group.append(
      svgElement('text', { class: ZONES_CLASSES.total, x: x(index), y: y(stack.top) - 6, 'text-anchor': 'middle', 'font-weight': 600 }, totalText),
    );
    if (period.year === selectedYear) {
      group.append(
        svgElement('rect', {
          class: 'slt-zones-selection',
          x: x(index) - band / 2 + 1,
          y: MARGIN.top - 20,
          width: band - 2,
          height: plotHeight + 20 + 22,
          fill: 'none',
          stroke: 'currentColor',
          'stroke-width': 2,
          rx: 4,
        }),
      );
    }
    if (options.onSelect) {
      group.style.cursor = 'pointer';
      group.addEventListener('click', () => options.onSelect?.(period.year));
    }
    marks.append(group);
  });
  svg.append(marks);
  svg.append(svgElement('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(0), y2: y(0), stroke: 'currentColor' }));

  return {
    svg,
    locate: (datum) => {
      const index = periods.indexOf(datum.period);
      if (index < 0) return undefined;
      const stack = stacks[index]!;
      if (datum.series === 'all') return [x(index), y(stack.top) - 10];
      const part = stack.zones[datum.series] ?? stack.hidden;
      if (!part) return [x(index), y(stack.top) - 10];
      return [x(index), (y(part.top) + y(part.bottom)) / 2];
    },
  };

  function tooltipOf(period: ZonesPeriod, language: Language): string {
    const lines = [
      formatYear(period.year),
      ...ZONES.map((zone) => `${capitalise(messages.zone[zone])}: ${countText(period.zones[zone], language)}`),
      ...(period.hiddenRest === null ? [] : [fill(messages.hiddenPart, { value: formatNumber(period.hiddenRest, language, 0) })]),
      `${messages.totalLabel}: ${countText(period.total, language)}`,
    ];
    return lines.join('\n');
  }
}

function segment(x: number, width: number, top: number, bottom: number, paint: string, zone: Zone | 'hidden'): SVGRectElement {
  return svgElement('rect', {
    class: zone === 'hidden' ? ZONES_CLASSES.hidden : ZONES_CLASSES.segment,
    'data-zone': zone,
    x,
    y: top,
    width,
    height: Math.max(0, bottom - top),
    fill: paint,
    stroke: 'currentColor',
    'stroke-width': 1,
  });
}

/** A count written on a pill in the background colour, so it reads on any pattern. */
function countLabel(group: SVGGElement, cx: number, top: number, bottom: number, barWidth: number, text: string): void {
  if (bottom - top < 17 || barWidth < 8 * text.length + 6) return;
  const labelWidth = 7 * text.length + 8;
  const cy = (top + bottom) / 2;
  group.append(
    svgElement('rect', { x: cx - labelWidth / 2, y: cy - 8, width: labelWidth, height: 16, rx: 3, fill: 'var(--_background)' }),
    svgElement('text', { class: ZONES_CLASSES.label, x: cx, y: cy, dy: '0.32em', 'text-anchor': 'middle' }, text),
  );
}

/** ':' where the split is hidden: inside the hatched part when it has room, else beside the stack. */
function hiddenLabel(group: SVGGElement, cx: number, stack: ReturnType<typeof stackOf>, y: (value: number) => number): void {
  const anyHiddenZone = stack.hidden !== undefined;
  if (!anyHiddenZone) return;
  const top = y(stack.hidden!.top);
  const bottom = y(stack.hidden!.bottom);
  const roomy = bottom - top >= 16;
  const cy = roomy ? (top + bottom) / 2 : bottom - 2;
  group.append(
    svgElement('rect', { x: cx - 6, y: cy - 8, width: 12, height: 16, rx: 3, fill: 'var(--_background)', 'data-roomy': String(roomy) }),
    svgElement('text', { class: `${ZONES_CLASSES.label} hidden`, x: cx, y: cy, dy: '0.32em', 'text-anchor': 'middle', 'font-weight': 700 }, ':'),
  );
}

/**
 * The stacked areas: one band per zone where it is shown, the hatched hidden part on top.
 * A band is drawn only where the zone's count is shown (never a 0 for a hidden count), so
 * it breaks at hidden periods; a period shown on its own gets a short flat stub.
 */
function drawAreas(
  periods: readonly ZonesPeriod[],
  stacks: readonly ReturnType<typeof stackOf>[],
  x: (index: number) => number,
  y: (value: number) => number,
  band: number,
): SVGGElement {
  const group = svgElement('g', { class: 'slt-zones-areas', 'aria-hidden': 'true' });
  // The hidden part first: where bands of different periods' stacks meet, the shown zones lie on top.
  const layers: { key: Zone | 'hidden'; bounds: (index: number) => Stack | undefined }[] = [
    { key: 'hidden' as const, bounds: (index: number) => stacks[index]!.hidden },
    ...ZONES.map((zone) => ({ key: zone, bounds: (index: number) => stacks[index]!.zones[zone] })),
  ];
  for (const layer of layers) {
    const d = areaPath(periods.length, layer.bounds, x, y, band * 0.3);
    if (!d) continue;
    group.append(
      svgElement('path', {
        class: layer.key === 'hidden' ? ZONES_CLASSES.hidden : ZONES_CLASSES.segment,
        'data-zone': layer.key,
        d,
        fill: `url(#${patternId(PATTERN_PREFIX, layer.key)})`,
        stroke: 'currentColor',
        'stroke-width': 1,
        ...(layer.key === 'hidden' ? { 'stroke-dasharray': '3 2' } : {}),
      }),
    );
  }
  return group;
}

/** One closed subpath per run of consecutive periods with bounds; flat stubs at a run's ends. */
export function areaPath(
  count: number,
  bounds: (index: number) => Stack | undefined,
  x: (index: number) => number,
  y: (value: number) => number,
  stub: number,
): string {
  const round = (value: number) => Math.round(value * 10) / 10;
  const runs: number[][] = [];
  for (let index = 0; index < count; index += 1) {
    if (!bounds(index)) continue;
    const run = runs.at(-1);
    if (run && run.at(-1) === index - 1) run.push(index);
    else runs.push([index]);
  }
  return runs
    // A run of true zeros has no area to draw (the table and the tooltip still say 0).
    .filter((run) => run.some((index) => bounds(index)!.top !== bounds(index)!.bottom))
    .map((run) => {
      const first = run[0]!;
      const last = run.at(-1)!;
      const top = run.map((index) => [x(index), y(bounds(index)!.top)] as const);
      const bottom = run.map((index) => [x(index), y(bounds(index)!.bottom)] as const).reverse();
      const points = [
        [x(first) - stub, y(bounds(first)!.top)] as const,
        ...top,
        [x(last) + stub, y(bounds(last)!.top)] as const,
        [x(last) + stub, y(bounds(last)!.bottom)] as const,
        ...bottom,
        [x(first) - stub, y(bounds(first)!.bottom)] as const,
      ];
      return `M${points.map(([px, py]) => `${round(px)},${round(py)}`).join('L')}Z`;
    })
    .join('');
}
