// The hand-drawn trend chart in Chromium: dates on the time axis, gaps and hidden figures.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PALETTE } from '../shared/series-style.ts';
import { HIDDEN_CLASS, POINTS_CLASS, renderTrendChart } from './trend-chart.ts';
import type { TrendPoint } from './trend-data.ts';

afterEach(() => document.body.replaceChildren());

const month = (index: number) => new Date(Date.UTC(2024, index, 1));
const options = { width: 600, height: 300, unit: 'count' as const, decimals: undefined, language: 'nb' as const, palette: DEFAULT_PALETTE, series: [''], slots: [0] };
const labels = (svg: SVGSVGElement, axis: 'x' | 'y') => [...svg.querySelectorAll(`g[aria-label="${axis}-axis tick label"] text`)].map((text) => text.textContent);

describe('renderTrendChart', () => {
  it('puts dates on a time axis with month-and-year labels in the reader\'s language', () => {
    const points: TrendPoint[] = Array.from({ length: 12 }, (_, index) => ({ time: month(index), value: 40 + index, series: '' }));
    const { svg, locate } = renderTrendChart(points, options);
    document.body.append(svg);
    const ticks = labels(svg, 'x');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const tick of ticks) expect(tick).toMatch(/^[a-zæøå]+\.? 2024$/);
    expect(ticks[0]).toBe('jan. 2024');
    expect(svg.querySelectorAll(`.${POINTS_CLASS} > *`)).toHaveLength(12);
    // Later months lie further right; higher values higher up.
    const [x1, y1] = locate(points[1]!)!;
    const [x2, y2] = locate(points[2]!)!;
    expect(x2).toBeGreaterThan(x1);
    expect(y2).toBeLessThan(y1);
  });

  it('tells ten series apart: where a colour and symbol come round again, the line is dashed', () => {
    const names = Array.from({ length: 10 }, (_, index) => `Bydel ${index + 1}`);
    const points: TrendPoint[] = names.flatMap((series, index) => [2020, 2021].map((time) => ({ time, value: index + time - 2020, series })));
    const { svg } = renderTrendChart(points, { ...options, series: names, slots: names.map((_, index) => index % 7) });
    document.body.append(svg);
    const looks = [...svg.querySelectorAll('g[aria-label="line"] path')].map((path) => `${path.getAttribute('stroke')} ${path.getAttribute('stroke-dasharray') ?? 'solid'}`);
    expect(looks).toHaveLength(10);
    expect(new Set(looks).size).toBe(10);
  });

  it('breaks the line at a missing value and marks a hidden one ":" on the time axis, in the series colour', () => {
    const points: TrendPoint[] = [
      { time: 2020, value: 10, series: 'Asker' },
      { time: 2021, value: null, series: 'Asker', hidden: true },
      { time: 2022, value: 12, series: 'Asker' },
      { time: 2023, value: 13, series: 'Asker' },
    ];
    const { svg, locate } = renderTrendChart(points, { ...options, series: ['Asker'] });
    document.body.append(svg);
    const path = svg.querySelector('g[aria-label="line"] path')!.getAttribute('d')!;
    expect(path.match(/M/g)).toHaveLength(2); // two pieces: 2020, then 2022-2023
    expect([...svg.querySelectorAll(`.${HIDDEN_CLASS} text`)].map((text) => [text.textContent, text.getAttribute('fill')])).toEqual([[':', DEFAULT_PALETTE[0]]]);
    expect(locate(points[1]!)).toBeUndefined();
    expect(labels(svg, 'x')).toEqual(['2020', '2021', '2022', '2023']);
  });

  it('stacks the ":" marks of series hidden at the same time, each in its colour, instead of drawing them over each other', () => {
    const points: TrendPoint[] = ['Borgen', 'Tofte', 'Vollen'].flatMap((series, index) => [
      { time: 2023, value: 10 + index, series },
      { time: 2024, value: series === 'Vollen' ? 9 : null, series, hidden: series !== 'Vollen' },
    ]);
    const { svg } = renderTrendChart(points, { ...options, series: ['Borgen', 'Tofte', 'Vollen'], slots: [0, 1, 2] });
    document.body.append(svg);
    const marks = [...svg.querySelectorAll(`.${HIDDEN_CLASS} text`)].map((text) => ({ x: text.getAttribute('x'), y: Number(text.getAttribute('y')), fill: text.getAttribute('fill') }));
    expect(marks.map((mark) => mark.fill)).toEqual([DEFAULT_PALETTE[0], DEFAULT_PALETTE[1]]);
    expect(marks[0]!.x).toBe(marks[1]!.x);
    expect(Math.abs(marks[0]!.y - marks[1]!.y)).toBeGreaterThanOrEqual(14);
  });
});
