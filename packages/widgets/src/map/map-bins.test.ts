import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../shared/contrast.ts';
import { binIndex, binLabel, binsOf, SEQUENTIAL_PALETTE, textOn } from './map-bins.ts';

const NBSP = '\u00a0';
// NEET 16-25 by district, 2025, in data/indicators.parquet.
const NEET = [11.1, 15.5, 7.0, 8.8, 6.6, 10.0, 7.9, 12.1, 12.4, 13.1];

describe('binsOf', () => {
  it('makes at most five classes on round boundaries that cover the values', () => {
    const bins = binsOf(NEET);
    expect(bins.map(({ from, to }) => [from, to])).toEqual([[6, 8], [8, 10], [10, 12], [12, 14], [14, 16]]);
    expect(bins.map((bin) => bin.colour)).toEqual([...SEQUENTIAL_PALETTE]);
    expect(NEET.map((value) => binIndex(bins, value))).toEqual([2, 4, 0, 1, 0, 2, 0, 3, 3, 3]);
  });

  it('uses fewer classes for fewer distinct values, spread over the palette', () => {
    const bins = binsOf([1, 2, 3]);
    expect(bins).toHaveLength(3);
    expect(bins.map((bin) => bin.colour)).toEqual([SEQUENTIAL_PALETTE[0], SEQUENTIAL_PALETTE[2], SEQUENTIAL_PALETTE[4]]);
    expect(binsOf([4.2, 4.2])).toEqual([{ from: 4.2, to: 4.2, colour: SEQUENTIAL_PALETTE[2] }]);
    expect(binsOf([])).toEqual([]);
  });

  it('puts a maximum on a boundary in a class of its own, within five', () => {
    const bins = binsOf([0, 5, 10, 15, 20]);
    expect(bins.at(-1)!.from).toBe(20);
    expect(binIndex(bins, 20)).toBe(bins.length - 1);
    expect(bins.length).toBeLessThanOrEqual(5);
  });

  it('tells every class apart: each step differs in lightness (contrast over 1.3:1 between neighbours)', () => {
    for (let index = 1; index < SEQUENTIAL_PALETTE.length; index += 1) {
      expect(contrastRatio(SEQUENTIAL_PALETTE[index - 1]!, SEQUENTIAL_PALETTE[index]!)).toBeGreaterThan(1.3);
    }
  });
});

describe('binLabel', () => {
  const bins = binsOf(NEET);
  const range = { min: 6.6, max: 15.5 };
  const labels = (language: 'nb' | 'nn' | 'da' | 'en') =>
    bins.map((_, index) => binLabel(bins, index, range, 'percent', language, undefined));

  it('writes ranges without overlap in the reader\'s number format, the unit once', () => {
    expect(labels('nb')).toEqual([`6,6–7,9${NBSP}%`, `8,0–9,9${NBSP}%`, `10,0–11,9${NBSP}%`, `12,0–13,9${NBSP}%`, `14,0–15,5${NBSP}%`]);
    expect(labels('nn')).toEqual(labels('nb'));
    expect(labels('da')).toEqual([`6,6–7,9${NBSP}%`, `8,0–9,9${NBSP}%`, `10,0–11,9${NBSP}%`, `12,0–13,9${NBSP}%`, `14,0–15,5${NBSP}%`]);
    expect(labels('en')).toEqual(['6.6–7.9%', '8.0–9.9%', '10.0–11.9%', '12.0–13.9%', '14.0–15.5%']);
  });

  it('writes counts with group separators and per 1 000 with its words', () => {
    const counts = binsOf([1200, 2500, 3900]);
    expect(binLabel(counts, 0, { min: 1200, max: 3900 }, 'count', 'nb', undefined)).toBe(`1${NBSP}200–1${NBSP}999`);
    const rates = binsOf([13.8, 19.7, 26.1]);
    expect(binLabel(rates, 0, { min: 13.8, max: 26.1 }, 'per_1000', 'da', undefined)).toBe(`13,8–19,9${NBSP}pr. 1.000`);
  });
});

describe('textOn', () => {
  it('picks the text colour with at least 4.5:1 on every class colour', () => {
    for (const fill of SEQUENTIAL_PALETTE) expect(contrastRatio(fill, textOn(fill))).toBeGreaterThanOrEqual(4.5);
    expect(textOn('#fde725')).toBe('#000000');
    expect(textOn('#440154')).toBe('#ffffff');
    expect(textOn('rebeccapurple')).toBe('currentColor');
  });
});
