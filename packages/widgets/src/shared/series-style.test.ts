import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { DARK_PALETTE, DEFAULT_PALETTE, SERIES_SYMBOLS } from './series-style.ts';

// The backgrounds of slt-trend.styles.ts (--_background) in light and dark mode.
const LIGHT_BACKGROUND = '#ffffff';
const DARK_BACKGROUND = '#161616';

describe('series colours (WCAG 1.4.11: graphics at least 3:1 against their background)', () => {
  it.each(DEFAULT_PALETTE)('%s against the light background', (colour) => {
    expect(contrastRatio(colour, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it.each(DARK_PALETTE)('%s against the dark background', (colour) => {
    expect(contrastRatio(colour, DARK_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it('gives every series its own symbol, so colour is never the only difference', () => {
    expect(new Set(SERIES_SYMBOLS.map((symbol) => symbol.name)).size).toBe(DEFAULT_PALETTE.length);
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
