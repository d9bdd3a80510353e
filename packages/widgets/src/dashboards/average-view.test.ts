import { describe, expect, it } from 'vitest';
import { canAverage, chooseView, isSmallDistrict, isWindowPeriod, parseViewSetting, pooledCounts, pooledRate, SMALL_AREA_THRESHOLD, windowLabel, windowReference } from './average-view.ts';

describe('the 3-year view of the district trends', () => {
  it('reads the view attribute leniently: average, yearly, else auto', () => {
    expect(parseViewSetting('average')).toBe('average');
    expect(parseViewSetting(' Yearly ')).toBe('yearly');
    expect(parseViewSetting('')).toBe('auto');
    expect(parseViewSetting(null)).toBe('auto');
    expect(parseViewSetting('3y')).toBe('auto');
  });

  it('never averages a period that is already a 3-year window', () => {
    expect(isWindowPeriod('2021-2023')).toBe(true);
    expect(isWindowPeriod('2021–2023')).toBe(true);
    expect(isWindowPeriod('2023')).toBe(false);
    expect(canAverage({ period: '2024' })).toBe(true);
    expect(canAverage({ period: '2022-2024' })).toBe(false);
  });

  it(`calls a district small under ${SMALL_AREA_THRESHOLD} people, for indicators that can be averaged`, () => {
    expect(SMALL_AREA_THRESHOLD).toBe(1000);
    expect(isSmallDistrict([{ period: '2024', denominator: 556 }])).toBe(true);
    expect(isSmallDistrict([{ period: '2024', denominator: 1000 }])).toBe(false);
    // A small window (Ungdata's pupils) does not count: it is already pooled.
    expect(isSmallDistrict([{ period: '2023-2025', denominator: 130 }, { period: '2025', denominator: 1201 }])).toBe(false);
    // Hidden or unknown denominators say nothing.
    expect(isSmallDistrict([{ period: '2024', denominator: null }, { period: '2024' }])).toBe(false);
  });

  it('opens a small district averaged, says why, and lets a chosen view win', () => {
    const small = [{ period: '2024', denominator: 556 }];
    const large = [{ period: '2024', denominator: 4467 }];
    expect(chooseView('auto', small)).toEqual({ view: 'average', reason: 'small' });
    expect(chooseView('auto', large)).toEqual({ view: 'yearly', reason: 'default' });
    expect(chooseView('yearly', small)).toEqual({ view: 'yearly', reason: 'chosen' });
    expect(chooseView('average', large)).toEqual({ view: 'average', reason: 'chosen' });
    expect(chooseView('auto', small, 500)).toEqual({ view: 'yearly', reason: 'default' });
  });

  it('has nothing to average when every indicator is a window', () => {
    expect(chooseView('average', [{ period: '2023-2025', denominator: 130 }])).toEqual({ view: 'yearly', reason: 'default' });
  });

  it('writes the years of a window', () => {
    expect(windowLabel(2024)).toBe('2022–2024');
    expect(windowLabel(2024, 2)).toBe('2023–2024');
  });

  it('pools the counts of the three years, and has no figure for a window with a hidden or missing year', () => {
    const rows = [
      { year: 2022, numerator: 10, denominator: 100 },
      { year: 2023, numerator: 30, denominator: 300 },
      { year: 2024, numerator: 20, denominator: 100 },
    ];
    expect(pooledRate(rows, 2024, 100)).toBeCloseTo(12, 10); // 60 / 500, not the mean of 10, 10 and 20 %
    expect(pooledRate(rows, 2024, 1000)).toBeCloseTo(120, 10);
    expect(pooledRate(rows, 2023, 100)).toBeNull(); // 2021 is not there
    expect(pooledRate([...rows.slice(0, 2), { year: 2024, numerator: null, denominator: 100 }], 2024, 100)).toBeNull();
  });
});

describe('the counts and the reference of a 3-year window', () => {
  const rows = [
    { year: 2022, numerator: 10, denominator: 100, value: 10 },
    { year: 2023, numerator: 20, denominator: 100, value: 20 },
    { year: 2024, numerator: 30, denominator: 300, value: 10 },
  ];

  it('sums the numerators and denominators of the window, or gives none when a year is hidden or missing', () => {
    expect(pooledCounts(rows, 2024)).toEqual({ numerator: 60, denominator: 500 });
    expect(pooledCounts(rows, 2023)).toBeNull();
    expect(pooledCounts([rows[0]!, { ...rows[1]!, numerator: null }, rows[2]!], 2024)).toBeNull();
  });

  it("takes the country's pooled rate where it has counts, else the mean of its three published rates, else none", () => {
    expect(windowReference(rows, 2024, 100)).toBeCloseTo(12, 10);
    const published = rows.map((row) => ({ ...row, numerator: null, denominator: null }));
    expect(windowReference(published, 2024, 100)).toBeCloseTo(40 / 3, 10);
    expect(windowReference([published[0]!, { ...published[1]!, value: null }, published[2]!], 2024, 100)).toBeNull();
    expect(windowReference(published.slice(1), 2024, 100)).toBeNull();
  });
});
