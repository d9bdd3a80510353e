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

describe('missing figures in bars of several series', () => {
  it('names the categories a series has no figure for, so a gap is not read as 0; a hidden figure is not missing', () => {
    const ages = [
      bar('15-29', 10.3, 'Asker'), bar('16-25', 9.9, 'Asker'), bar('20-24', 11, 'Asker'), bar('25-29', 17.5, 'Asker'),
      bar('15-29', 15.9, 'Borgen'), bar('16-25', 14, 'Borgen'), bar('20-24', null, 'Borgen'),
      bar('15-29', 10, 'Norge'), bar('16-25', null, 'Norge', true), bar('20-24', 11, 'Norge'), bar('25-29', 13.5, 'Norge'),
    ];
    const labelOf = (code: string) => `${code.replace('-', '–')} år`;
    const sentences = summariseBars(ages, { unit: 'percent', language: 'nb', labelOf });
    expect(sentences).toEqual([
      `Asker: høyest er 25–29 år med 17,5${NBSP}%, lavest er 16–25 år med 9,9${NBSP}%.`,
      `Borgen: høyest er 15–29 år med 15,9${NBSP}%, lavest er 16–25 år med 14,0${NBSP}%; ingen tall for 20–24 år, 25–29 år.`,
      `Norge: høyest er 25–29 år med 13,5${NBSP}%, lavest er 15–29 år med 10,0${NBSP}%.`,
      'Skjult (:): 16–25 år (Norge).',
    ]);
    expect(summariseBars(ages, { unit: 'percent', language: 'en', labelOf })[1]).toBe('Borgen: highest is 15–29 år at 15.9%, lowest is 16–25 år at 14.0%; no figure for 20–24 år, 25–29 år.');
    // One series: a bar that is not there is simply not a category.
    expect(summariseBars(districts, { unit: 'percent', language: 'nb' }).some((sentence) => /ingen tall/i.test(sentence))).toBe(false);
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
