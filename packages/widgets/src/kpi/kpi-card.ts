import { ARROWS, type KpiText } from './kpi-summary.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** The lines of a KPI card the keyboard can step to. */
export type KpiLine = 'figure' | 'change' | 'comparison';

export interface KpiCard {
  /** The card as SVG text: what the SVG and PNG downloads save (not shown on the page). */
  readonly svg: SVGSVGElement;
  /** Where the focus ring goes for a line: in the gutter, at the line's middle. */
  readonly anchors: ReadonlyMap<KpiLine, readonly [number, number]>;
}

/** Left gutter for the focus ring, so it never covers the text. */
export const GUTTER = 20;
const FONT = { where: 14, figure: 44, text: 15 } as const;

/**
 * The card as the reader sees it: real HTML text that wraps, follows the reader's font size
 * and text spacing (WCAG 1.4.4, 1.4.12) and is never clipped. `focused` marks the line the
 * keyboard is on (the read-out says it too).
 */
export function renderKpiView(text: KpiText, focused?: KpiLine): HTMLElement {
  const view = document.createElement('div');
  view.className = 'kpi-card';
  const line = (className: string, content: string, which?: KpiLine) => {
    const element = document.createElement('p');
    element.className = className;
    element.textContent = content;
    if (which && which === focused) element.classList.add('focused');
    view.append(element);
    return element;
  };
  line('kpi-where', text.where);
  const figure = line(`kpi-figure${text.hidden ? ' hidden' : ''}`, '', 'figure');
  const number = document.createElement('span');
  number.className = 'kpi-number';
  number.textContent = text.figure;
  figure.append(number);
  if (text.label) {
    // The figure and its words are one statement; the words wrap under a large figure.
    const label = document.createElement('span');
    label.className = 'kpi-label';
    label.textContent = ` ${text.label}`;
    figure.append(label);
  }
  if (text.change) {
    const arrow = ARROWS[text.change.direction];
    line(`kpi-change ${text.change.direction}`, arrow ? `${arrow} ${text.change.text}` : text.change.text, 'change');
  }
  if (text.comparison) line('kpi-comparison', text.comparison, 'comparison');
  return view;
}

/**
 * Draws a KPI as SVG text, so it can be saved as SVG or PNG for a report like every chart.
 * Text is wrapped to the width (by an estimate of its width per character, see wrap), so the card works from 280 px up; the SVG's height follows.
 */
export function renderKpiCard(text: KpiText, width: number): KpiCard {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'slt-kpi-card');
  const anchors = new Map<KpiLine, readonly [number, number]>();
  const room = Math.max(width - GUTTER, 120);
  let y = 0;

  const add = (lines: string[], size: number, options: { className: string; weight?: number; muted?: boolean; title?: string }) => {
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('class', options.className);
    if (options.title) {
      const title = document.createElementNS(SVG, 'title');
      title.textContent = options.title;
      group.append(title);
    }
    const top = y;
    for (const line of lines) {
      y += size * 1.3;
      const node = document.createElementNS(SVG, 'text');
      node.setAttribute('x', String(GUTTER));
      node.setAttribute('y', String(Math.round(y - size * 0.3)));
      node.setAttribute('font-size', String(size));
      if (options.weight) node.setAttribute('font-weight', String(options.weight));
      node.setAttribute('fill', options.muted ? 'var(--_muted)' : 'currentColor');
      node.textContent = line;
      group.append(node);
    }
    svg.append(group);
    return [GUTTER / 2, Math.round((top + y) / 2)] as const;
  };

  add(wrap(text.where, room, FONT.where), FONT.where, { className: 'slt-kpi-where', muted: true });
  y += 4;
  const figure = add([text.figure], FONT.figure, {
    className: `slt-kpi-figure${text.hidden ? ' hidden' : ''}`,
    weight: 700,
    title: `${text.where}: ${text.figure}`,
  });
  anchors.set('figure', figure);
  if (text.label) add(wrap(text.label, room, FONT.text), FONT.text, { className: 'slt-kpi-label' });
  if (text.change) {
    y += 6;
    const arrow = ARROWS[text.change.direction];
    const line = arrow ? `${arrow} ${text.change.text}` : text.change.text;
    anchors.set('change', add(wrap(line, room, FONT.text, true), FONT.text, { className: `slt-kpi-change ${text.change.direction}`, weight: 600, title: text.change.text }));
  }
  if (text.comparison) {
    y += 2;
    anchors.set('comparison', add(wrap(text.comparison, room, FONT.text), FONT.text, { className: 'slt-kpi-comparison', title: text.comparison }));
  }
  const height = Math.ceil(y + 6);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg, anchors };
}

/**
 * Greedy word wrap by an estimated text width (0.6 em a character, 0.66 em in bold: wide
 * enough for DejaVu Sans, the widest of the system fonts we meet); a word longer than
 * the line stays whole.
 */
export function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * (bold ? 0.66 : 0.6))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > perLine && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
