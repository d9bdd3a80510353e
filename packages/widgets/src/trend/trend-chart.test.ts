import { describe, expect, it } from 'vitest';
import { dateTickFormat, quarterAxis, yearTicks } from './trend-chart.ts';

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

describe('quarterAxis', () => {
  const quarter = (year: number, q: number) => ({ time: new Date(Date.UTC(year, (q - 1) * 3, 1)), value: 1, series: '' });
  const quarters = (first: number, last: number) => Array.from({ length: (last - first + 1) * 4 }, (_, i) => quarter(first + Math.floor(i / 4), (i % 4) + 1));

  it('labels quarters as quarters in the reader\'s language when they fit', () => {
    const axis = quarterAxis(quarters(2022, 2023), 1000, 'nb');
    expect(axis.ticks.map(axis.label)).toEqual(['1. kv. 2022', '2. kv. 2022', '3. kv. 2022', '4. kv. 2022', '1. kv. 2023', '2. kv. 2023', '3. kv. 2023', '4. kv. 2023']);
    expect(quarterAxis(quarters(2022, 2022), 700, 'en').ticks.map(quarterAxis(quarters(2022, 2022), 700, 'en').label)).toEqual(['Q1 2022', 'Q2 2022', 'Q3 2022', 'Q4 2022']);
  });

  it('thins to what fits, keeping the last quarter, and turns to years when a year or more lies between labels', () => {
    const thinned = quarterAxis(quarters(2022, 2023), 320, 'nb');
    expect(thinned.ticks.map(thinned.label)).toEqual(['2. kv. 2022', '1. kv. 2023', '4. kv. 2023']);
    const years = quarterAxis(quarters(2010, 2023), 600, 'nb');
    expect(years.ticks.map(years.label)).toEqual(['2011', '2014', '2017', '2020', '2023']);
  });

  it('has no ticks without points', () => {
    expect(quarterAxis([], 600, 'nb').ticks).toEqual([]);
  });
});
