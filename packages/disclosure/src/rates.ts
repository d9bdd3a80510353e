import { isPrimary } from './suppress.ts';
import { CONFIDENTIAL } from './types.ts';

/** A published figure: a value, or null with an SSB status symbol saying why. */
export interface Figure {
  readonly value: number | null;
  readonly status?: string | null;
}

export interface Rate {
  readonly value: number | null;
  readonly status: string | null;
}

/** SSB's symbols for a figure that is missing, and for one that cannot occur (x/0). */
const MISSING = '..';
const CANNOT_OCCUR = '.';

/**
 * numerator / denominator * scale, suppressed when either side is: a rate computed from a
 * hidden count would give the count back (rate x denominator), so it is hidden too.
 * A hidden side wins over a missing one, so the reader sees why.
 */
export function rateOf(numerator: Figure, denominator: Figure, scale = 100): Rate {
  const sides = [numerator, denominator];
  if (sides.some((side) => side.status === CONFIDENTIAL)) return { value: null, status: CONFIDENTIAL };
  if (numerator.value === null || denominator.value === null) {
    return { value: null, status: sides.find((side) => side.status)?.status ?? MISSING };
  }
  if (denominator.value === 0) return { value: null, status: CANNOT_OCCUR };
  return { value: (numerator.value / denominator.value) * scale, status: null };
}

/**
 * A rate from true counts, with primary suppression of the numerator applied: use it when
 * the rate is published without its count. Rates in a table whose counts also went
 * through secondary suppression should use rateOf on the suppressed counts instead.
 */
export function suppressedRate(numerator: number, denominator: number, k: number, scale = 100): Rate {
  const hidden = isPrimary(numerator, k);
  return rateOf({ value: hidden ? null : numerator, status: hidden ? CONFIDENTIAL : null }, { value: denominator }, scale);
}
