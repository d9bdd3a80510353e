import { describe, expect, it } from 'vitest';
import { groupBySeries, pointName, repeatedPoint, toReferencePoints, toTrendPoints } from './trend-data.ts';

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

  it('reads a window of years (2013-2015, a three-year figure) at its last year, named by the window', () => {
    expect(
      toTrendPoints(
        [
          { period: '2013-2015', value: 6.3, area: 'Asker' },
          { period: '2015', value: 6.5, area: 'Asker' },
        ],
        { time: 'period', value: 'value', series: 'area' },
      ),
    ).toEqual([
      { time: 2015, window: '2013-2015', value: 6.3, series: 'Asker' },
      { time: 2015, value: 6.5, series: 'Asker' },
    ]);
    // Not a window: the years the wrong way round, or one year twice.
    expect(() => toTrendPoints([{ period: '2015-2013', value: 1 }], { time: 'period', value: 'value' })).toThrow(/must hold years/);
    expect(() => toTrendPoints([{ period: '2015-2015', value: 1 }], { time: 'period', value: 'value' })).toThrow(/must hold years/);
  });

  it('reads quarters as SSB and DST write them (2022K1), as the quarter\'s first day', () => {
    expect(toTrendPoints([{ Tid: '2022K3', value: 140.5 }], { time: 'Tid', value: 'value' })).toEqual([
      { time: new Date(Date.UTC(2022, 6, 1)), grain: 'quarter', code: '2022K3', value: 140.5, series: '' },
    ]);
  });

  it("reads months as the monthly files write them (2025-03), as the month's first day", () => {
    expect(
      toTrendPoints(
        [
          { period: '2024-12', persons: 12 },
          { period: '2025-01', persons: 15 },
        ],
        { time: 'period', value: 'persons' },
      ),
    ).toEqual([
      { time: new Date(Date.UTC(2024, 11, 1)), grain: 'month', code: '2024-12', value: 12, series: '' },
      { time: new Date(Date.UTC(2025, 0, 1)), grain: 'month', code: '2025-01', value: 15, series: '' },
    ]);
  });

  it('rejects a time that is not a year, a period, a window of years or a date, and a value that is not a number', () => {
    for (const period of ['2023-2021', '2025-13', '2025-1', '2025K5']) {
      expect(() => toTrendPoints([{ period, value: 1 }], { time: 'period', value: 'value' })).toThrow(/must hold years, periods \(2024-03, 2024K4, 2013-2015\) or dates/);
    }
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

describe('repeatedPoint', () => {
  it('finds the first point whose series and time an earlier one has, or none', () => {
    const twice = [
      { time: 2015, value: 1, series: 'Borgen' },
      { time: 2015, value: 2, series: 'Tofte' },
      { time: 2016, value: 3, series: 'Borgen' },
      { time: 2015, value: 4, series: 'Borgen' },
    ];
    expect(repeatedPoint(twice)).toBe(twice[3]);
    expect(pointName(repeatedPoint(twice)!)).toBe('Borgen, 2015');
    expect(repeatedPoint(twice.slice(0, 3))).toBeUndefined();
    const months = [new Date(Date.UTC(2024, 2, 1)), new Date(Date.UTC(2024, 2, 1))].map((time) => ({ time, code: '2024-03', value: 1, series: '' }));
    expect(pointName(repeatedPoint(months)!)).toBe('2024-03');
  });
});

describe('toReferencePoints', () => {
  it('keeps the rows meeting the filters the reference can meet, named by it, hidden figures as null', () => {
    const rows = [
      { year: 2023, value: 10.2, sex: 'all', area_level: 'municipality' },
      { year: 2023, value: 9.8, sex: 'female', area_level: 'municipality' },
      { year: 2024, value: 10.3, sex: 'all', area_level: 'municipality' },
    ];
    const others = [{ column: 'sex', values: ['all'] }, { column: 'area_level', values: ['district'] }];
    const points = toReferencePoints(rows, others, { time: 'year', value: 'value' }, 'Asker', [new Set(), new Set(), new Set(['value'])]);
    expect(points).toEqual([
      { time: 2023, value: 10.2, series: 'Asker' },
      { time: 2024, value: null, series: 'Asker', hidden: true },
    ]);
  });
});
