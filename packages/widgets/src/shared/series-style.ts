import { symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

/**
 * Series are told apart by shape as well as colour (WCAG 1.4.1), so the same order of
 * symbols is used by the dots on the chart and by the legend.
 */
export const SERIES_SYMBOLS: readonly { name: string; type: SymbolType }[] = [
  { name: 'circle', type: symbolCircle },
  { name: 'square', type: symbolSquare },
  { name: 'triangle', type: symbolTriangle },
  { name: 'diamond', type: symbolDiamond },
  { name: 'star', type: symbolStar },
  { name: 'wye', type: symbolWye },
];

/**
 * Okabe-Ito colours, safe for the common colour-vision deficiencies, each at least 3:1
 * against white (WCAG 1.4.11). Themes override them with --slt-series-1 ... -6.
 */
export const DEFAULT_PALETTE: readonly string[] = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#5a5a5a', '#8c510a'];

/** The palette in force on an element: its CSS custom properties, else the defaults. */
export function paletteOf(element: Element): string[] {
  const style = getComputedStyle(element);
  return DEFAULT_PALETTE.map((fallback, index) => style.getPropertyValue(`--slt-series-${index + 1}`).trim() || fallback);
}
