import type { Language } from '@slt/engine';
import { countText } from '../zones/zones-summary.ts';
import { capitalise, ZONES_MESSAGES } from '../zones/zones.messages.ts';
import { patternId, svgElement, zonePatterns, zoneSwatch, type Zone } from '../zones/zone-style.ts';
import { cellAt, FROM, heatBin, innerMax, isZoneKey, TO, type FlowCell, type FlowMatrix, type From, type To } from './flow-data.ts';
import { FLOW_MESSAGES } from './flow.messages.ts';

export interface FlowChartOptions {
  readonly width: number;
  readonly height: number;
  readonly language: Language;
  readonly colours: Readonly<Record<Zone, string>>;
}

export interface FlowChart {
  readonly svg: SVGSVGElement;
  locate(cell: FlowCell): readonly [number, number] | undefined;
}

export const FLOW_CLASSES = { cell: 'slt-flow-cell', value: 'slt-flow-value', header: 'slt-flow-header' } as const;

/**
 * Heat shades for the flows between zones, light to dark, each with the text colour
 * that keeps 4.5:1 on it. Zero is unshaded; margins are bold and unshaded.
 */
export const HEAT = [
  { fill: 'none', text: 'currentColor' },
  { fill: '#d4e4f4', text: '#1f1f1f' },
  { fill: '#9dc4e6', text: '#1f1f1f' },
  { fill: '#3a78b0', text: '#ffffff' },
  { fill: '#1d5b96', text: '#ffffff' },
] as const;

const PATTERN_PREFIX = 'slt-fp';
const CHAR = 7.2;

/** A label for a row or column: the zone name, or new / closed / total. */
export function keyLabel(key: From | To, language: Language): string {
  const messages = FLOW_MESSAGES[language];
  if (isZoneKey(key)) return capitalise(ZONES_MESSAGES[language].zone[key]);
  return key === 'new' ? messages.newCases : key === 'closed' ? messages.closed : messages.total;
}

/**
 * The transition matrix of one quarter: rows are where people were (new, green .. red,
 * total), columns where they went (green .. red, closed, total). The number is written in
 * every cell (':' where hidden, on a hatched cell); flows between zones are heat-shaded.
 * Column labels turn 50 degrees when the columns are too narrow for them.
 */
export function renderFlowChart(matrix: FlowMatrix, options: FlowChartOptions): FlowChart {
  const { width, height, language, colours } = options;
  const messages = FLOW_MESSAGES[language];
  const rowLabelWidth = Math.max(...FROM.map((key) => keyLabel(key, language).length), messages.from.length) * CHAR + 26;
  const longest = Math.max(...TO.map((key) => keyLabel(key, language).length));
  // Cells no wider than a number needs: on a desktop the matrix stays compact, at the left.
  const fullWidth = Math.min(110, (width - rowLabelWidth - 2) / TO.length);
  const rotate = longest * CHAR + 18 > fullWidth;
  // Turned labels reach right of their column: the last one must stay inside the SVG.
  const overhang = rotate ? keyLabel('all', language).length * CHAR * 0.64 : 0;
  const cellWidth = Math.min(fullWidth, (width - rowLabelWidth - 2 - overhang) / (TO.length - 0.5));
  const headerHeight = rotate ? Math.round(longest * CHAR * 0.77 + 26) : 34;
  const cellHeight = Math.max(26, (height - headerHeight - 2) / FROM.length);
  const svgHeight = headerHeight + cellHeight * FROM.length + 2;
  const x = (column: number) => rowLabelWidth + column * cellWidth;
  const y = (row: number) => headerHeight + row * cellHeight;
  const max = innerMax(matrix);

  const svg = svgElement('svg', {
    width,
    height: svgHeight,
    viewBox: `0 0 ${width} ${svgHeight}`,
    class: 'slt-flow-chart',
    'font-size': 12,
    fill: 'currentColor',
  });
  svg.append(svgElement('defs', {}, ...zonePatterns(PATTERN_PREFIX, colours)));

  const headers = svgElement('g', { class: FLOW_CLASSES.header, 'aria-hidden': 'true' });
  headers.append(
    svgElement('text', { x: rowLabelWidth - 6, y: 14, 'text-anchor': 'end', fill: 'var(--_muted)' }, messages.to),
    svgElement('text', { x: 4, y: headerHeight - 6, fill: 'var(--_muted)' }, messages.from),
  );
  TO.forEach((key, column) => {
    const cx = x(column) + cellWidth / 2;
    const swatch = isZoneKey(key);
    if (swatch) headers.append(zoneSwatch(PATTERN_PREFIX, key, cx - 5, headerHeight - 14, 10));
    const label = keyLabel(key, language);
    const weight = key === 'all' ? 700 : 400;
    headers.append(
      rotate
        ? svgElement(
            'text',
            { x: cx, y: headerHeight - 18, transform: `rotate(-50 ${cx} ${headerHeight - 18})`, 'font-weight': weight },
            label,
          )
        : svgElement('text', { x: cx, y: headerHeight - 20, 'text-anchor': 'middle', 'font-weight': weight }, label),
    );
  });
  FROM.forEach((key, row) => {
    const cy = y(row) + cellHeight / 2;
    if (isZoneKey(key)) headers.append(zoneSwatch(PATTERN_PREFIX, key, 4, cy - 5, 10));
    headers.append(
      svgElement('text', { x: 20, y: cy, dy: '0.32em', 'font-weight': key === 'all' ? 700 : 400 }, keyLabel(key, language)),
    );
  });
  svg.append(headers);

  const grid = svgElement('g', { class: 'slt-flow-cells' });
  FROM.forEach((from, row) => {
    TO.forEach((to, column) => {
      const cell = cellAt(matrix, from, to);
      const margin = from === 'all' || to === 'all';
      const shade = cell.count.hidden || margin ? HEAT[0] : HEAT[heatBin(cell.count.value, max)]!;
      const group = svgElement('g', {
        class: `${FLOW_CLASSES.cell}${cell.count.hidden ? ' hidden' : ''}${margin ? ' margin' : ''}`,
        'data-from': from,
        'data-to': to,
      });
      group.append(
        svgElement('title', {}, `${keyLabel(from, language)} → ${keyLabel(to, language)}: ${countText(cell.count, language)}`),
        svgElement('rect', {
          x: x(column) + 1,
          y: y(row) + 1,
          width: cellWidth - 2,
          height: cellHeight - 2,
          fill: cell.count.hidden ? `url(#${patternId(PATTERN_PREFIX, 'hidden')})` : shade.fill,
          stroke: 'var(--_skeleton)',
          rx: 2,
        }),
      );
      const cx = x(column) + cellWidth / 2;
      const cy = y(row) + cellHeight / 2;
      if (cell.count.hidden) {
        // A pill in the background colour, so the ':' reads on the hatching.
        group.append(svgElement('rect', { x: cx - 7, y: cy - 9, width: 14, height: 18, rx: 3, fill: 'var(--_background)' }));
      }
      group.append(
        svgElement(
          'text',
          {
            class: FLOW_CLASSES.value,
            x: cx,
            y: cy,
            dy: '0.32em',
            'text-anchor': 'middle',
            fill: shade.text,
            'font-weight': margin || cell.count.hidden ? 700 : 400,
          },
          countText(cell.count, language),
        ),
      );
      grid.append(group);
    });
  });
  svg.append(grid);
  // The margins (published totals) are set off from the flows by a rule.
  const lastColumn = x(TO.length - 1);
  const lastRow = y(FROM.length - 1);
  svg.append(
    svgElement('line', { x1: lastColumn, x2: lastColumn, y1: headerHeight, y2: svgHeight - 1, stroke: 'currentColor', 'stroke-width': 1.5 }),
    svgElement('line', { x1: rowLabelWidth, x2: x(TO.length), y1: lastRow, y2: lastRow, stroke: 'currentColor', 'stroke-width': 1.5 }),
  );

  return {
    svg,
    locate: (cell) => {
      const row = FROM.indexOf(cell.from);
      const column = TO.indexOf(cell.to);
      return row < 0 || column < 0 ? undefined : [x(column) + cellWidth / 2, y(row) + cellHeight / 2];
    },
  };
}

/** The height the matrix takes at a width (the chart box is sized to it, nothing overflows). */
export function flowChartHeight(svg: SVGSVGElement): number {
  return Number(svg.getAttribute('height'));
}
