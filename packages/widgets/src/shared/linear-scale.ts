import { nice, ticks } from 'd3-array';

/**
 * A linear scale from data values to pixels, and back. The trend draws with it instead of
 * d3-scale, whose linear scale brings colour interpolation and number formatting the chart
 * never uses (about 10 kB more before the first chart).
 */
export interface LinearScale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** The pixel position of a value. */
  (value: number): number;
  /** The value at a pixel position. */
  invert(position: number): number;
  /** About `count` round values across the domain (d3's ticks). */
  ticks(count: number): number[];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // A domain of one value (a single point) maps to the middle of the range, not to NaN.
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  return Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    invert: (position: number) => (r1 === r0 ? d0 : d0 + ((position - r0) / (r1 - r0)) * span),
    ticks: (count: number) => ticks(d0, d1, count),
  });
}

/**
 * The domain of a value axis: the values' extent, widened to round numbers as d3 does
 * (`nice`). Pass the number of ticks the axis will draw: the domain then ends on ticks of
 * that step, so a gridline lies above the highest point and below the lowest (niced for 10
 * ticks and drawn with 6, a point of 12.2 % sat above the top line, 12 %, at the very edge).
 * A single value gets a band around it so the axis still has ticks; no values give [0, 1].
 */
export function niceDomain(values: readonly number[], count = 10): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low === Infinity) return [0, 1];
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) / 10;
    [low, high] = [low - pad, high + pad];
  }
  const [start, stop] = nice(low, high, count);
  return [start, stop];
}
