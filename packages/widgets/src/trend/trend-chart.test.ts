import { describe, expect, it } from 'vitest';
import { dateTickFormat, quarterAxis, yearTicks } from './trend-chart.ts';

const years = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, index) => ({ time: first + index, value: 1, series: '' }));

describe('yearTicks', () => {
  it('labels every year when there is room', () => {
    expect(yearTicks(years(2020, 2025), 1200)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('thins to what fits, labelling the first and the last year where a step lands on both', () => {
    expect(yearTicks(years(2015, 2024), 534)).toEqual([2015, 2018, 2021, 2024]);
    expect(yearTicks(years(2015, 2025), 534)).toEqual([2015, 2017, 2019, 2021, 2023, 2025]);
    expect(yearTicks(years(2015, 2025), 320)).toEqual([2015, 2020, 2025]);
  });

  it('counts back from the last year when no step up to twice the fitting one lands on the first', () => {
    // 2014-2025 spans 11 years, a prime: only a step of 11 would land on both ends.
    expect(yearTicks(years(2014, 2025), 534)).toEqual([2015, 2017, 2019, 2021, 2023, 2025]);
  });

  it('never labels more years than fit, wherever it starts', () => {
    for (const width of [200, 320, 534, 800]) {
      for (let length = 1; length <= 30; length++) {
        const ticks = yearTicks(years(2000, 1999 + length), width);
        expect(ticks.length).toBeLessThanOrEqual(Math.max(2, Math.floor(width / 56)));
        expect(ticks.at(-1)).toBe(1999 + length);
      }
    }
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
