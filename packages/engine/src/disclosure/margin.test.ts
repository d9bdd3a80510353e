import { describe, expect, it } from 'vitest';
import { figureAt, publishedMargin, suppressionNote } from './margin.ts';

const result = {
  rows: [
    { year: 2024, zone: 'green', persons: 40 },
    { year: 2024, zone: 'red', persons: null },
    { year: 2024, zone: 'all', persons: 47 },
  ],
  suppressed: [new Set<string>(), new Set(['persons']), new Set<string>()],
  k: 5,
};

describe('widget helpers', () => {
  it('reads the published total instead of summing the visible parts', () => {
    expect(publishedMargin(result, { year: 2024, zone: 'all' }, 'persons')).toEqual({ hidden: false, value: 47 });
    expect(publishedMargin(result, { year: 2023, zone: 'all' }, 'persons')).toBeUndefined();
  });

  it('gives a hidden figure as the symbol, never a 0', () => {
    expect(figureAt(result, 1, 'persons')).toEqual({ hidden: true, value: null, symbol: ':' });
    expect(figureAt(result, 0, 'persons')).toEqual({ hidden: false, value: 40 });
  });

  it('explains the symbol in the reader\'s language', () => {
    expect(suppressionNote(5, 'en')).toBe('hidden to protect privacy: fewer than 5');
    expect(suppressionNote(10, 'nb')).toBe('skjult av personvernhensyn: færre enn 10');
    expect(suppressionNote(5, 'nn')).toBe('skjult av omsyn til personvernet: færre enn 5');
    expect(suppressionNote(5, 'da')).toBe('skjult af hensyn til privatlivets fred: færre end 5');
  });
});
