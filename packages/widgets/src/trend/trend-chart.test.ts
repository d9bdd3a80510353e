import { describe, expect, it } from 'vitest';
import { yearTicks } from './trend-chart.ts';

const years = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, index) => ({ time: first + index, value: 1, series: '' }));

describe('yearTicks', () => {
  it('labels every year when there is room', () => {
    expect(yearTicks(years(2020, 2025), 1200)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('thins to what fits, always keeping the last year', () => {
    expect(yearTicks(years(2015, 2025), 320)).toEqual([2016, 2019, 2022, 2025]);
  });

  it('has no ticks without points', () => {
    expect(yearTicks([], 600)).toEqual([]);
  });
});
