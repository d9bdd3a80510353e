import { describe, expect, it } from 'vitest';
import type { Bar } from './bars-data.ts';
import { referenceLine, summariseBars } from './bars-summary.ts';

const NBSP = '\u00a0';
const bar = (category: string, value: number | null, series = '', hidden = false): Bar => ({ category, series, value, hidden });
const districts = [bar('Borgen', 15.5), bar('Tofte', 13.1), bar('Hvalstad', null, '', true), bar('Vollen', 6.6)];
const asker = new Map([['', 10.3]]);

describe('summariseBars', () => {
  it.each([
    ['nb', [`Høyest er Borgen med 15,5${NBSP}%, lavest er Vollen med 6,6${NBSP}%.`, `Stiplet linje: Asker, 10,3${NBSP}%. 2 av 3 ligger over.`, 'Skjult (:): Hvalstad.']],
    ['nn', [`Høgast er Borgen med 15,5${NBSP}%, lågast er Vollen med 6,6${NBSP}%.`, `Stipla linje: Asker, 10,3${NBSP}%. 2 av 3 ligg over.`, 'Skjult (:): Hvalstad.']],
    ['da', [`Højest er Borgen med 15,5${NBSP}%, lavest er Vollen med 6,6${NBSP}%.`, `Stiplet linje: Asker, 10,3${NBSP}%. 2 af 3 ligger over.`, 'Skjult (:): Hvalstad.']],
    ['en', ['Highest is Borgen at 15.5%, lowest is Vollen at 6.6%.', 'Dashed line: Asker, 10.3%. 2 of 3 are above it.', 'Hidden (:): Hvalstad.']],
  ] as const)('names the extremes, the reference and the hidden bars in %s', (language, expected) => {
    expect(summariseBars(districts, { unit: 'percent', language, reference: asker, referenceName: 'Asker' })).toEqual(expected);
  });

  it('describes each series by its display name, and a reference per series', () => {
    const bars = [bar('Borgen', 16.4, 'female'), bar('Vollen', 4.9, 'female'), bar('Borgen', 14.6, 'male'), bar('Vollen', 8.1, 'male')];
    const reference = new Map([['female', 8.2], ['male', 9.4]]);
    expect(summariseBars(bars, { unit: 'percent', language: 'en', seriesColumn: 'sex', reference, referenceName: 'Norge' })).toEqual([
      'Female: highest is Borgen at 16.4%, lowest is Vollen at 4.9%.',
      'Male: highest is Borgen at 14.6%, lowest is Vollen at 8.1%.',
      'Dashed line: Norge, Female 8.2%, Male 9.4%.',
    ]);
  });

  it('describes a single bar, and counts', () => {
    expect(summariseBars([bar('Borgen', 1234)], { unit: 'count', language: 'nb' })).toEqual([`Borgen: 1${NBSP}234.`]);
  });
});

describe('referenceLine', () => {
  it('is the reference for one series, the sum for stacked series, none for grouped series', () => {
    const two = [bar('A', 1, 'f'), bar('A', 2, 'm')];
    const reference = new Map([['f', 3], ['m', 4]]);
    expect(referenceLine(districts, asker, 'grouped')).toBe(10.3);
    expect(referenceLine(two, reference, 'stacked')).toBe(7);
    expect(referenceLine(two, reference, 'grouped')).toBeUndefined();
  });
});
