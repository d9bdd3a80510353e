import { describe, expect, it } from 'vitest';
import { averagedPoints, labelledStyles, missingWindows, type PooledFigure, type YearlyFigure } from './average-trend-data.ts';

const labels = { average: (name: string) => `${name} (3y)`, yearly: (name: string) => `${name} (yearly)` };
const year = (series: string, time: number, numerator: number | null, hidden = false): YearlyFigure => ({
  series,
  time,
  numerator: hidden ? null : numerator,
  value: hidden || numerator === null ? (numerator === null && !hidden ? 11 : null) : numerator / 10,
  hidden,
});
const pool = (series: string, time: number, value: number | null, hidden = false): PooledFigure => ({ series, time, value, hidden });

describe('averagedPoints', () => {
  it('draws a series with counts as its 3-year figures, from the first full window on', () => {
    const yearly = [2019, 2020, 2021, 2022].map((t) => year('Tofte', t, 60));
    const pooled = [pool('Tofte', 2019, null), pool('Tofte', 2020, null), pool('Tofte', 2021, 12.1), pool('Tofte', 2022, 12.4)];
    expect(averagedPoints(yearly, pooled, labels)).toEqual([
      { time: 2021, series: 'Tofte (3y)', area: 'Tofte', value: 12.1, kind: 'average' },
      { time: 2022, series: 'Tofte (3y)', area: 'Tofte', value: 12.4, kind: 'average' },
    ]);
  });

  it('keeps a window with a missing year null (never a partial average) and not hidden', () => {
    const yearly = [2017, 2018, 2020, 2021, 2022].map((t) => year('Tofte', t, 60));
    const pooled = [2017, 2018, 2020, 2021].map((t) => pool('Tofte', t, null)).concat(pool('Tofte', 2022, 10));
    const points = averagedPoints(yearly, pooled, labels);
    expect(points.map((p) => [p.time, p.value, p.hidden ?? false])).toEqual([[2020, null, false], [2021, null, false], [2022, 10, false]]);
  });

  it('hides every window that includes a hidden year', () => {
    const yearly = [year('Vollen', 2020, 60), year('Vollen', 2021, 60), year('Vollen', 2022, null, true), year('Vollen', 2023, 60), year('Vollen', 2024, 60), year('Vollen', 2025, 60)];
    const pooled = [pool('Vollen', 2020, null), pool('Vollen', 2021, null), pool('Vollen', 2022, null, true), pool('Vollen', 2023, null, true), pool('Vollen', 2024, null, true), pool('Vollen', 2025, 6)];
    const points = averagedPoints(yearly, pooled, labels);
    expect(points.map((p) => [p.time, p.value, p.hidden ?? false])).toEqual([[2022, null, true], [2023, null, true], [2024, null, true], [2025, 6, false]]);
  });

  it('never shows a value the engine hid, and calls it hidden when its years are all there', () => {
    const yearly = [2020, 2021, 2022].map((t) => year('Borgen', t, 150));
    const points = averagedPoints(yearly, [pool('Borgen', 2022, 15, true)], labels);
    expect(points).toEqual([{ time: 2022, series: 'Borgen (3y)', area: 'Borgen', value: null, hidden: true, kind: 'average' }]);
  });

  it('calls a window missing, not hidden, when a year in it has no published count', () => {
    // The municipality's 2020 figure is a published reference without counts.
    const yearly = [year('Asker', 2019, 1100), year('Asker', 2020, null), year('Asker', 2021, 1150), year('Asker', 2022, 1160), year('Asker', 2023, 1170)];
    const pooled = [pool('Asker', 2021, null, true), pool('Asker', 2022, null, true), pool('Asker', 2023, 11.5)];
    const points = averagedPoints(yearly, pooled, labels);
    expect(points.map((p) => [p.time, p.value, p.hidden ?? false])).toEqual([[2021, null, false], [2022, null, false], [2023, 11.5, false]]);
  });

  it('keeps a series without counts (the country) yearly, labelled as yearly', () => {
    const yearly = [year('Norge', 2021, null), year('Norge', 2022, null)];
    const points = averagedPoints(yearly, [pool('Norge', 2021, null, true), pool('Norge', 2022, null, true)], labels);
    expect(points).toEqual([
      { time: 2021, series: 'Norge (yearly)', area: 'Norge', value: 11, kind: 'yearly' },
      { time: 2022, series: 'Norge (yearly)', area: 'Norge', value: 11, kind: 'yearly' },
    ]);
  });

  it("gives each labelled series its area's style", () => {
    const points = averagedPoints([year('Borgen', 2022, 1), year('Norge', 2022, null)], [], labels);
    expect([...labelledStyles(new Map([['Borgen', 1], ['Norge', 4]]), points)]).toEqual([['Norge (yearly)', 4]]);
  });
});

describe('missingWindows', () => {
  it('names the runs of windows a series lacks for want of counts, not those hidden for privacy', () => {
    // Asker's 2020 figure is a published share without counts: the windows ending 2020-2022 miss.
    const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
    const yearly = years.map((t) => year('Asker', t, t === 2020 ? null : 1100)).concat(years.map((t) => year('Vollen', t, t === 2024 ? null : 60, t === 2024)));
    const pooled = years.map((t) => pool('Asker', t, t >= 2020 && t <= 2022 ? null : 11, t >= 2020 && t <= 2022)).concat(years.map((t) => pool('Vollen', t, t >= 2024 ? null : 6, t >= 2024)));
    const runs = missingWindows(averagedPoints(yearly, pooled, labels));
    expect([...runs]).toEqual([['Asker (3y)', [[2020, 2022]]]]);
  });

  it('keeps separate runs apart and a lone window as one year', () => {
    const yearly = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map((t) => year('Tofte', t, 60));
    const gaps = new Set([2017, 2019, 2020]);
    const pooled = yearly.map(({ time }) => pool('Tofte', time, gaps.has(time) ? null : 6));
    expect(missingWindows(averagedPoints(yearly, pooled, labels)).get('Tofte (3y)')).toEqual([[2017, 2017], [2019, 2020]]);
  });
});
