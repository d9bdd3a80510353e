import { describe, expect, it } from 'vitest';
import { dateTickFormat, yearTicks } from './trend-chart.ts';

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

describe('dateTickFormat', () => {
  const utc = (year: number, month: number) => Date.UTC(year, month, 1);

  it('writes years alone when every tick is the first of January', () => {
    const format = dateTickFormat([utc(2023, 0), utc(2024, 0)], 'nb');
    expect(format(utc(2024, 0))).toBe('2024');
  });

  it("writes month and year in the reader's language otherwise", () => {
    const ticks = [utc(2024, 0), utc(2024, 3)];
    expect(dateTickFormat(ticks, 'nb')(utc(2024, 3))).toBe('apr. 2024');
    expect(dateTickFormat(ticks, 'en')(utc(2024, 3))).toBe('Apr 2024');
  });
});
