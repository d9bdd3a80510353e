import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import { schemeOf } from './color-scheme.ts';

/**
 * Series are told apart by shape as well as colour (WCAG 1.4.1), so the same order of
 * symbols is used by the dots on the chart and by the legend. Style n is colour n with
 * symbol n (and hatching n on bars): seven of each, in step (see area-styles.ts).
 */
export const SERIES_SYMBOLS: readonly { name: string; type: SymbolType }[] = [
  { name: 'circle', type: symbolCircle },
  { name: 'square', type: symbolSquare },
  { name: 'triangle', type: symbolTriangle },
  { name: 'diamond', type: symbolDiamond },
  { name: 'star', type: symbolStar },
  { name: 'wye', type: symbolWye },
  { name: 'cross', type: symbolCross },
];

/**
 * Line patterns for a chart with more series than styles: the second series drawn in a
 * style's colour and symbol is dashed, the third dotted, so no two lines look the same (ten
 * districts in one trend drew Asker sentrum and Sætre alike).
 */
const LINE_DASHES: readonly (string | undefined)[] = [undefined, '7 4', '1.5 3.5'];

/** The line pattern of each series, in the order of its slots: none until a slot comes round again. */
export function lineDashes(slots: readonly number[]): (string | undefined)[] {
  const seen = new Map<number, number>();
  return slots.map((slot) => {
    const repeat = seen.get(slot) ?? 0;
    seen.set(slot, repeat + 1);
    return LINE_DASHES[repeat % LINE_DASHES.length];
  });
}

/**
 * Okabe-Ito based colours, safe for the common colour-vision deficiencies, each at least
 * 3:1 against the default light background (WCAG 1.4.11; checked by a unit test), and a
 * seventh, indigo, so a dashboard can give each of its seven areas (municipality, district
 * in focus, country, four comparison municipalities) its own colour.
 * Themes override them with --slt-series-1 ... -7.
 */
export const DEFAULT_PALETTE: readonly string[] = ['#0072b2', '#d55e00', '#007a5a', '#b8458c', '#5a5a5a', '#8c510a', '#4b3ba8'];

/** The same hues, lighter, for the dark background (also at least 3:1). */
export const DARK_PALETTE: readonly string[] = ['#56b4e9', '#e69f00', '#2fc79a', '#e59cc6', '#bdbdbd', '#f0e442', '#a99cf0'];

/** The palette in force on an element: its CSS custom properties, else the defaults for the colour scheme. */
export function paletteOf(element: Element): string[] {
  const style = getComputedStyle(element);
  const defaults = schemeOf(element) === 'dark' ? DARK_PALETTE : DEFAULT_PALETTE;
  return defaults.map((fallback, index) => style.getPropertyValue(`--slt-series-${index + 1}`).trim() || fallback);
}

/**
 * The tones of the neutral styles (area-styles.ts): for series that are not areas (women
 * and men) and for the bars of areas the page does not single out. Greys, so they never
 * read as an area's hue, and far from the palette's own grey (the country's, 3:1 at least,
 * checked by a unit test). Light tones on the light background and dark tones on the dark
 * one: the bar's edge is its outline in the text colour (at least 4.5:1), and the neutral
 * styles after the first add hatching in the text colour, so they are told apart without
 * colour. Themes override them with --slt-neutral-1 ... -4.
 */
export const NEUTRAL_TONES: readonly string[] = ['#e3e3e3', '#c6c6c6', '#d5d5d5', '#bdbdbd'];

/** The neutral tones for the dark background. */
export const DARK_NEUTRAL_TONES: readonly string[] = ['#3d3d3d', '#5a5a5a', '#4b4b4b', '#666666'];

/** The neutral tones in force on an element: its CSS custom properties, else the defaults for the colour scheme. */
export function neutralTonesOf(element: Element): string[] {
  const style = getComputedStyle(element);
  const defaults = schemeOf(element) === 'dark' ? DARK_NEUTRAL_TONES : NEUTRAL_TONES;
  return defaults.map((fallback, index) => style.getPropertyValue(`--slt-neutral-${index + 1}`).trim() || fallback);
}
