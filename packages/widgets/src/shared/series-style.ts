import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

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
  const dark = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const defaults = dark ? DARK_PALETTE : DEFAULT_PALETTE;
  return defaults.map((fallback, index) => style.getPropertyValue(`--slt-series-${index + 1}`).trim() || fallback);
}
