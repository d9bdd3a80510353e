import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { NEUTRAL_STYLE_COUNT } from './area-styles.ts';
import { DARK_NEUTRAL_TONES, DARK_PALETTE, DEFAULT_PALETTE, lineDashes, NEUTRAL_TONES, SERIES_SYMBOLS } from './series-style.ts';

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

// The text colours of host.styles.ts (--_text): the outline and hatching of neutral bars.
const LIGHT_INK = '#1f1f1f';
const DARK_INK = '#f0f0f0';

const isGrey = (hex: string) => hex.slice(1, 3) === hex.slice(3, 5) && hex.slice(3, 5) === hex.slice(5, 7);

describe.each([
  ['light', NEUTRAL_TONES, DEFAULT_PALETTE, LIGHT_BACKGROUND, LIGHT_INK],
  ['dark', DARK_NEUTRAL_TONES, DARK_PALETTE, DARK_BACKGROUND, DARK_INK],
])('neutral tones (%s mode): never mistaken for an area colour', (_mode, tones, palette, background, ink) => {
  it('has one tone per neutral style, all different', () => {
    expect(tones).toHaveLength(NEUTRAL_STYLE_COUNT);
    expect(new Set(tones).size).toBe(tones.length);
  });

  it('are greys, and differ from every palette colour (the grey of the country too) by at least 2:1, the grey by 3:1', () => {
    for (const tone of tones) {
      expect(isGrey(tone), tone).toBe(true);
      for (const colour of palette) {
        expect(contrastRatio(tone, colour), `${tone} against ${colour}`).toBeGreaterThanOrEqual(isGrey(colour) ? 3 : 2);
      }
    }
  });

  it('have an outline and hatching in the text colour, at least 4.5:1 against the background and 3:1 against the tone', () => {
    expect(contrastRatio(ink, background)).toBeGreaterThanOrEqual(4.5);
    for (const tone of tones) expect(contrastRatio(ink, tone), tone).toBeGreaterThanOrEqual(3);
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('lineDashes', () => {
  it('draws a line plain until its style comes round again, then dashed, then dotted', () => {
    const slots = [0, 1, 2, 3, 4, 5, 6, 0, 1, 2];
    const dashes = lineDashes(slots);
    expect(dashes.slice(0, 7)).toEqual(Array(7).fill(undefined));
    expect(dashes.slice(7).every((dash) => dash !== undefined)).toBe(true);
    expect(new Set(slots.map((slot, index) => `${slot}|${dashes[index]}`)).size).toBe(slots.length);
    expect(lineDashes([3, 3, 3])).toEqual([undefined, '7 4', '1.5 3.5']);
  });
});
