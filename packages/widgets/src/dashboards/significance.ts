import { SMALL_AREA_THRESHOLD } from './average-view.ts';
import { wilsonInterval } from '../shared/wilson.ts';

/**
 * Is an area's share different from the country's beyond chance? As FHI's profiles do: the
 * area's 95 % Wilson score interval for numerator/denominator is compared with the
 * country's figure (the country's own interval is narrow enough to treat as a point).
 * Pure, so the dashboards' words and symbols rest on a tested rule.
 */

export type Significance = 'higher' | 'lower' | 'same';

/** The symbols beside a figure (never colour alone): ▲ higher, ▼ lower, ● no clear difference. */
export const SIGNIFICANCE_SYMBOLS: Record<Significance, string> = { higher: '▲', lower: '▼', same: '●' };

/**
 * How an area compares with the country: `higher` or `lower` when the country's share
 * (`reference`, as a proportion 0..1) lies outside the area's interval, else `same`;
 * undefined when the counts are unknown (hidden or not published).
 */
export function compareWithCountry(numerator: number | null | undefined, denominator: number | null | undefined, reference: number | null | undefined): Significance | undefined {
  if (numerator == null || denominator == null || reference == null) return undefined;
  const interval = wilsonInterval(numerator, denominator);
  if (!interval) return undefined;
  if (reference < interval[0]) return 'higher';
  if (reference > interval[1]) return 'lower';
  return 'same';
}

/** A district small enough that a yearly share swings by chance: offer the 3-year average (average-view.ts). */
export function isSmall(denominator: number | null | undefined, threshold = SMALL_AREA_THRESHOLD): boolean {
  return denominator != null && denominator < threshold;
}
