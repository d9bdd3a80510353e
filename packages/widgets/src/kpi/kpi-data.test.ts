import { describe, expect, it } from 'vitest';
import { errorMessage } from '../i18n/error-message.ts';
import { checkPeriod, compareTimes, pickFigures, shownProvenance, toFigures } from './kpi-data.ts';

const columns = { time: 'year', value: 'value', area: 'area' };

describe('toFigures', () => {
  it('orders by time and marks hidden figures from the status symbol or the engine', () => {
    const figures = toFigures(
      [
        { year: 2025, value: null, area: 'Vollen', status: ':' },
        { year: 2023, value: 6.1, area: 'Vollen', status: null },
        { year: 2024, value: null, area: 'Vollen', status: '..' },
        { year: 2022, value: null, area: 'Vollen', status: null },
      ],
      columns,
      [new Set(), new Set(), new Set(), new Set(['value'])],
    );
    expect(figures.map((figure) => [figure.time, figure.value, figure.hidden])).toEqual([
      ['2022', null, true],
      ['2023', 6.1, false],
      ['2024', null, false],
      ['2025', null, true],
    ]);
  });

  it('refuses several rows for one period', () => {
    expect(() => toFigures([{ year: 2025, value: 1 }, { year: 2025, value: 2 }], columns)).toThrow(/one row per period, found several for 2025/);
  });

  it('sorts three-year windows and quarters by their digits', () => {
    expect(['2024K10', '2024K2', '2014-2016', '2013-2015'].sort(compareTimes)).toEqual(['2013-2015', '2014-2016', '2024K2', '2024K10']);
  });
});

describe('checkPeriod', () => {
  const years = toFigures([2015, 2016, 2017, 2018, 2019, 2020, 2021].map((year) => ({ year, value: 9 })), columns);
  const refusal = (figures: typeof years, period: string) => {
    try {
      checkPeriod(figures, period);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('refuses a period the data lack, naming the ones they have in the reader\'s words', () => {
    expect(errorMessage(refusal(years, 'latest'), 'nb')).toBe('Ugyldig innstilling: «period» må være 2015, 2016, …, 2021.');
    expect(errorMessage(refusal(years.slice(0, 3), '2026'), 'en')).toBe('Invalid setting: “period” must be 2015, 2016, 2017.');
  });

  it('lets a period the data have through, and no figures at all (the empty state)', () => {
    expect(refusal(years, '2017')).toBeUndefined();
    expect(refusal([], '2017')).toBeUndefined();
  });
});

describe('pickFigures', () => {
  const main = toFigures([{ year: 2023, value: 9 }, { year: 2024, value: 10 }, { year: 2025, value: 10.3 }], columns);
  const reference = toFigures([{ year: 2024, value: 8.6 }, { year: 2025, value: 8.8 }], columns);

  it('takes the latest period, the one before and the reference at the same period', () => {
    const picked = pickFigures(main, reference);
    expect([picked.current?.time, picked.previous?.time, picked.reference?.value]).toEqual(['2025', '2024', 8.8]);
  });

  it('takes a chosen period, and nothing for a period the data lack', () => {
    const picked = pickFigures(main, reference, '2023');
    expect([picked.current?.value, picked.previous, picked.reference]).toEqual([9, undefined, undefined]);
    expect(pickFigures(main, reference, '1999').current).toBeUndefined();
  });
});

describe('shownProvenance', () => {
  const columns = { time: 'year', value: 'value', area: 'area' };
  const figure = (published: boolean, source: string) => toFigures([{ year: 2024, value: 10, area: 'Asker', published, source }], columns)[0]!;

  it('says real, with the sources, only when every figure shown is published', () => {
    expect(shownProvenance({ current: figure(true, 'SSB 13556'), previous: figure(true, 'SSB 13556'), reference: figure(true, 'SSB 13556') })).toEqual({ published: true, sources: ['SSB 13556'] });
    expect(shownProvenance({ current: figure(true, 'SSB 13556'), previous: undefined, reference: figure(false, 'synthetic') })).toEqual({ published: false, sources: ['SSB 13556', 'synthetic'] });
  });

  it('leaves it to the file when the rows do not say (no published column) or nothing is shown', () => {
    const plain = toFigures([{ year: 2024, value: 10, area: 'Asker' }], columns)[0]!;
    expect(plain.published).toBeUndefined();
    expect(shownProvenance({ current: plain, previous: undefined, reference: undefined })).toBeUndefined();
    expect(shownProvenance({ current: undefined, previous: undefined, reference: undefined })).toBeUndefined();
  });
});
