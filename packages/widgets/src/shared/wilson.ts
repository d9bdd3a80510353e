/**
 * The 95 % Wilson score interval of a share, and the difference of two shares beyond chance,
 * as FHI's public health profiles judge them. Pure, so every "clearly" a widget writes rests on
 * one tested rule.
 */

/** The 95 % Wilson score interval of `numerator / denominator`, as proportions 0..1. */
export function wilsonInterval(numerator: number, denominator: number, z = 1.959964): readonly [number, number] | undefined {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0 || numerator < 0 || numerator > denominator) return undefined;
  const p = numerator / denominator;
  const z2 = z * z;
  const centre = (p + z2 / (2 * denominator)) / (1 + z2 / denominator);
  const half = (z / (1 + z2 / denominator)) * Math.sqrt((p * (1 - p)) / denominator + z2 / (4 * denominator * denominator));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Whether two shares differ beyond chance: Newcombe's interval for the difference of two
 * independent proportions (his method 10, from their Wilson intervals) leaves out 0.
 * `undefined` when either pair of counts is unknown. Two 3-year windows that share years are
 * not independent; read as if they were, the test only says "clear" less often.
 */
export function differsClearly(a: Counts | undefined, b: Counts | undefined): boolean | undefined {
  if (!a || !b) return undefined;
  const [intervalA, intervalB] = [wilsonInterval(a.numerator, a.denominator), wilsonInterval(b.numerator, b.denominator)];
  if (!intervalA || !intervalB) return undefined;
  const [pA, pB] = [a.numerator / a.denominator, b.numerator / b.denominator];
  const difference = pA - pB;
  const lower = difference - Math.hypot(pA - intervalA[0], intervalB[1] - pB);
  const upper = difference + Math.hypot(intervalA[1] - pA, pB - intervalB[0]);
  return lower > 0 || upper < 0;
}

/** A share's counts: `numerator` of `denominator`. */
export interface Counts {
  readonly numerator: number;
  readonly denominator: number;
}
