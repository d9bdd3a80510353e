import { describe, expect, it } from 'vitest';
import { checkHeight, checkK, checkSeriesStyles, safeHeight } from './attribute-rules.ts';

describe('attribute rules', () => {
  it('height: a number from 80 to 2000', () => {
    expect(checkHeight(300)).toBe(300);
    expect(checkHeight(80)).toBe(80);
    for (const bad of [Number.NaN, -100, 0, 79, 2001, Number.POSITIVE_INFINITY]) {
      expect(() => checkHeight(bad), String(bad)).toThrow(expect.objectContaining({ code: 'invalid-attribute', attribute: 'height', valid: '80–2000' }));
    }
    expect(safeHeight(Number.NaN, 300)).toBe(300);
    expect(safeHeight(-100, 300)).toBe(300);
    expect(safeHeight(120, 300)).toBe(120);
  });

  it('k: absent, or a whole number from 2 to 1000', () => {
    expect(checkK(undefined)).toBeUndefined();
    expect(checkK(10)).toBe(10);
    expect(checkK(2)).toBe(2);
    for (const bad of [1, 0, -5, 2.5, Number.NaN, 100_000]) {
      expect(() => checkK(bad), String(bad)).toThrow(expect.objectContaining({ code: 'invalid-attribute', attribute: 'k', valid: '2–1000' }));
    }
  });

  it('series-styles: name=style pairs, style 1 to 7, each name once (empty: by order)', () => {
    expect(checkSeriesStyles('').size).toBe(0);
    expect(Object.fromEntries(checkSeriesStyles('Asker=1&Norge=5'))).toEqual({ Asker: 0, Norge: 4 });
    for (const bad of ['Asker', 'Asker=0', 'Asker=8', 'Asker=blå', 'Asker=1&Asker=2', '=2']) {
      expect(() => checkSeriesStyles(bad), bad).toThrow(expect.objectContaining({ code: 'invalid-attribute', attribute: 'series-styles', valid: 'Asker=1&Norge=5 (1–7)' }));
    }
  });
});
