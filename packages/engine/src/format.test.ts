import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatNumber, formatTick, formatValue, formatYear, toLanguage, unitWords } from './format.ts';
import { differencesFromIntl } from './format-vs-intl.ts';

// Literal expectations on purpose: ICU data for nb/nn has surprised other projects.
// \u00a0 is the no-break space, \u2212 the minus sign.
describe('formatNumber', () => {
  it.each([
    ['nb', '1\u00a0234\u00a0567,8'],
    ['nn', '1\u00a0234\u00a0567,8'],
    ['da', '1.234.567,8'],
    ['en', '1,234,567.8'],
  ] as const)('%s groups and uses its decimal mark', (language, expected) => {
    expect(formatNumber(1234567.8, language)).toBe(expected);
  });
});

describe('formatValue', () => {
  it.each([
    ['nb', '11,4\u00a0%', '26,1\u00a0per 1\u00a0000', '1\u00a0234'],
    ['nn', '11,4\u00a0%', '26,1\u00a0per 1\u00a0000', '1\u00a0234'],
    ['da', '11,4\u00a0%', '26,1\u00a0pr. 1.000', '1.234'],
    ['en', '11.4%', '26.1\u00a0per 1,000', '1,234'],
  ] as const)('%s: percent, per 1000 and count', (language, percent, per1000, count) => {
    expect(formatValue(11.4, 'percent', language)).toBe(percent);
    expect(formatValue(26.1, 'per_1000', language)).toBe(per1000);
    expect(formatValue(1234, 'count', language)).toBe(count);
  });

  it('keeps one decimal for percentages, also for whole numbers', () => {
    expect(formatValue(11, 'percent', 'nb')).toBe('11,0\u00a0%');
  });

  it('honours explicit decimals', () => {
    expect(formatValue(11.44, 'percent', 'nb', 2)).toBe('11,44\u00a0%');
    expect(formatValue(3.14159, 'number', 'en', 3)).toBe('3.142');
  });
});

describe('unitWords', () => {
  it('gives the words after a number per 1 000, in each language, and none for the other units', () => {
    expect(unitWords('per_1000', 'nb')).toBe('per 1\u00a0000');
    expect(unitWords('per_1000', 'da')).toBe('pr. 1.000');
    expect(unitWords('per_1000', 'en')).toBe('per 1,000');
    expect(formatValue(16.7, 'per_1000', 'nb')).toBe(`16,7\u00a0${unitWords('per_1000', 'nb')}`);
    for (const unit of ['percent', 'count', 'number'] as const) expect(unitWords(unit, 'nb')).toBeUndefined();
  });
});

describe('formatTick', () => {
  it('drops needless decimals on axis ticks', () => {
    expect(formatTick(10, 'percent', 'nb')).toBe('10\u00a0%');
    expect(formatTick(12.5, 'percent', 'nb')).toBe('12,5\u00a0%');
    expect(formatTick(2000, 'count', 'da')).toBe('2.000');
  });
});

describe('formatChange', () => {
  it.each([
    ['nb', -0.4, '\u22120,4\u00a0prosentpoeng'],
    ['nn', 1.2, '+1,2\u00a0prosentpoeng'],
    ['da', -0.4, '-0,4\u00a0procentpoint'],
    ['en', 1, '+1.0\u00a0percentage point'],
    ['en', -2.5, '-2.5\u00a0percentage points'],
  ] as const)('%s: %d percentage points', (language, delta, expected) => {
    expect(formatChange(delta, 'percent', language)).toBe(expected);
  });

  it('writes no sign for no change', () => {
    expect(formatChange(0, 'percent', 'nb')).toBe('0,0\u00a0prosentpoeng');
  });

  it('can leave the sign to the words around it', () => {
    expect(formatChange(-0.4, 'percent', 'nb', { signed: false })).toBe('0,4\u00a0prosentpoeng');
  });

  it('keeps the unit of rates per 1000', () => {
    expect(formatChange(-2, 'per_1000', 'nb')).toBe('\u22122,0\u00a0per 1\u00a0000');
  });
});

describe('formatYear and formatDate', () => {
  it('never groups a year', () => {
    expect(formatYear(2024)).toBe('2024');
  });

  it.each([
    ['nb', '5. januar 2024', '05.01.2024', 'jan. 2024'],
    ['nn', '5. januar 2024', '05.01.2024', 'jan. 2024'],
    ['da', '5. januar 2024', '05.01.2024', 'jan. 2024'],
    ['en', '5 January 2024', '05/01/2024', 'Jan 2024'],
  ] as const)('%s dates', (language, long, short, month) => {
    const date = new Date(Date.UTC(2024, 0, 5));
    expect(formatDate(date, language)).toBe(long);
    expect(formatDate(date, language, 'short')).toBe(short);
    expect(formatDate(date, language, 'month')).toBe(month);
  });
});

describe('toLanguage', () => {
  it.each([
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['NN', 'nn'],
    ['da-DK', 'da'],
    ['en-US', 'en'],
    ['sv', 'nb'],
    ['', 'nb'],
    [null, 'nb'],
  ])('%j -> %s', (tag, language) => {
    expect(toLanguage(tag)).toBe(language);
  });
});

describe('without Intl, as Intl writes it', () => {
  it('numbers (rounding, grouping, signs, percentages) and dates equal Node’s Intl in all four languages', () => {
    expect(differencesFromIntl()).toEqual([]);
  });
});
