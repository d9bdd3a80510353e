/**
 * A number rounded to a number of decimals, written as ASCII digits: what Intl.NumberFormat
 * does before it adds the locale's symbols, without Intl. The browser's first Intl formatter
 * loads locale data (25-90 ms on a cold page, measured in BENCHMARKS.md), which fell on the
 * first chart's path; format.ts adds the four languages' symbols itself.
 *
 * Rounding is Intl's default: half away from zero ("halfExpand") on the number's shortest
 * decimal form, the digits JavaScript prints for it, so 1.005 rounds to 1.01 (as Intl does)
 * and not to 1.00 (as toFixed does, from the binary value just below 1.005).
 */

export interface DecimalText {
  /** Integer digits, without grouping: `1234`. */
  readonly integer: string;
  /** Fraction digits after rounding, trailing zeros beyond the minimum dropped: `5`. */
  readonly fraction: string;
  /** Whether the rounded value is zero (then Intl's `exceptZero` writes no sign). */
  readonly zero: boolean;
}

/**
 * `abs` (finite, not negative) rounded to at most `maxDecimals`, keeping at least
 * `minDecimals`; `shift` moves the decimal point right first, exactly (a percentage: 2).
 */
export function decimalText(abs: number, minDecimals: number, maxDecimals: number, shift = 0): DecimalText {
  // toExponential() without an argument prints the shortest digits that read back as `abs`.
  const [mantissa = '0', exponentText = '0'] = abs.toExponential().split('e');
  let digits = mantissa.replace('.', '');
  // The position of the decimal point in `digits`: after digits[0] at exponent 0.
  let point = Number(exponentText) + 1 + shift;
  // Pad with zeros so that every kept decimal exists and the point falls within the digits.
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const keep = point + maxDecimals;
  if (digits.length < keep) digits += '0'.repeat(keep - digits.length);
  let kept = digits.slice(0, keep);
  if (digits.length > keep && digits.charCodeAt(keep) >= 53 /* '5' */) kept = incremented(kept);
  if (kept.length > keep) point += 1; // 9.96 -> 10.0: the carry added a digit in front
  const integer = kept.slice(0, point).replace(/^0+(?=\d)/, '');
  let fraction = kept.slice(point);
  let end = fraction.length;
  while (end > minDecimals && fraction.charCodeAt(end - 1) === 48 /* '0' */) end -= 1;
  fraction = fraction.slice(0, end);
  return { integer, fraction, zero: /^0*$/.test(kept) };
}

/** A string of decimal digits plus one: `0999` -> `1000`, `99` -> `100`. */
function incremented(digits: string): string {
  const chars = digits.split('');
  for (let index = chars.length - 1; index >= 0; index -= 1) {
    if (chars[index] !== '9') {
      chars[index] = String(Number(chars[index]) + 1);
      return chars.join('');
    }
    chars[index] = '0';
  }
  return `1${chars.join('')}`;
}

/** `1234567` in groups of three, joined by `separator` (the four languages group from 1 000). */
export function grouped(integer: string, separator: string): string {
  let out = '';
  for (let end = integer.length; end > 0; end -= 3) {
    const group = integer.slice(Math.max(0, end - 3), end);
    out = out === '' ? group : `${group}${separator}${out}`;
  }
  return out;
}
