import { WidgetError } from './widget-error.ts';
import { parseSeriesStyles, type SeriesStyles } from './area-styles.ts';

/**
 * The rules for the attributes every element shares, checked in one place (the data
 * controller, before any query). A refused value stops the element with the "invalid
 * setting" message naming the attribute and what it accepts; nothing is drawn from it.
 * The element-specific enums (`unit`, `sort`, `layout`, `variant`, …) are checked by each
 * element's options function with the same message (see README "Attribute rules").
 */

/** Chart height in CSS pixels: a whole or decimal number from 80 to 2000. */
export const HEIGHT_RANGE = { min: 80, max: 2000 } as const;

/** `k`: a whole number from 2 to 1000. Below the dataset's own k it is ignored (k never lowers). */
export const K_RANGE = { min: 2, max: 1000 } as const;

/** Refuses a height that is not a number, or outside HEIGHT_RANGE. */
export function checkHeight(height: number): number {
  if (!Number.isFinite(height) || height < HEIGHT_RANGE.min || height > HEIGHT_RANGE.max) {
    throw new WidgetError('invalid-attribute', `height must be a number from ${HEIGHT_RANGE.min} to ${HEIGHT_RANGE.max}, got ${String(height)}`, {
      attribute: 'height',
      valid: `${HEIGHT_RANGE.min}–${HEIGHT_RANGE.max}`,
    });
  }
  return height;
}

/** Refuses a k that is not a whole number in K_RANGE; undefined (no attribute) is fine. */
export function checkK(k: number | undefined): number | undefined {
  if (k === undefined || k === null) return undefined;
  if (!Number.isInteger(k) || k < K_RANGE.min || k > K_RANGE.max) {
    throw new WidgetError('invalid-attribute', `k must be a whole number from ${K_RANGE.min} to ${K_RANGE.max}, got ${String(k)}`, {
      attribute: 'k',
      valid: `${K_RANGE.min}–${K_RANGE.max}`,
    });
  }
  return k;
}

/** The height to lay the element out at: the attribute when it is valid, else the default (never NaN). */
export function safeHeight(height: number, fallback: number): number {
  return Number.isFinite(height) && height >= HEIGHT_RANGE.min && height <= HEIGHT_RANGE.max ? height : fallback;
}

/**
 * `series-styles` (charts that draw series): `name=style` pairs, style 1 to 7, as a dashboard
 * gives them so an area keeps one colour and symbol in every chart (see area-styles.ts).
 * Refused with the invalid-setting message; empty means styles by series order.
 */
export function checkSeriesStyles(text: string): SeriesStyles {
  return parseSeriesStyles(text);
}
