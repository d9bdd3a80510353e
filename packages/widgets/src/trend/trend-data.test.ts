import { describe, expect, it } from 'vitest';
import { groupBySeries, toTrendPoints } from './trend-data.ts';

describe('toTrendPoints', () => {
  it('reads years, dates and missing values', () => {
    const date = new Date(Date.UTC(2024, 0, 1));
    expect(
      toTrendPoints(
        [
          { year: 2024, value: 11.4, area: 'Asker' },
          { year: '2023', value: null, area: 'Asker' },
          { year: date, value: 3, area: null },
        ],
        { time: 'year', value: 'value', series: 'area' },
      ),
    ).toEqual([
      { time: 2024, value: 11.4, series: 'Asker' },
      { time: 2023, value: null, series: 'Asker' },
      { time: date, value: 3, series: '' },
    ]);
  });

  it('rejects a time that is not a year or a date, and a value that is not a number', () => {
    expect(() => toTrendPoints([{ period: '2021-2023', value: 1 }], { time: 'period', value: 'value' })).toThrow(
      /must hold years or dates/,
    );
    expect(() => toTrendPoints([{ year: 2020, value: 'high' }], { time: 'year', value: 'value' })).toThrow(/must hold numbers/);
  });
});

describe('groupBySeries', () => {
  it('keeps the order series first appear in and sorts each by time', () => {
    const groups = groupBySeries([
      { time: 2021, value: 1, series: 'Norge' },
      { time: 2020, value: 2, series: 'Asker' },
      { time: 2020, value: 3, series: 'Norge' },
    ]);
    expect([...groups.keys()]).toEqual(['Norge', 'Asker']);
    expect(groups.get('Norge')!.map((point) => point.time)).toEqual([2020, 2021]);
  });
});
