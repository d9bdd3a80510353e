import { formatChange, formatDate, formatNumber, formatTick, formatValue, LANGUAGES, type Language } from './format.ts';

/**
 * For the tests (format.test.ts in Node, format.browser.test.ts in Chromium): format.ts
 * writes numbers and dates without Intl, and must write exactly what Intl writes with the
 * options it used before. Each runtime's own ICU is the reference. Returns the differences.
 */
export function differencesFromIntl(): string[] {
  const differences: string[] = [];
  const check = (what: string, ours: string, intl: string) => {
    if (ours !== intl) differences.push(`${what}: ${JSON.stringify(ours)} but Intl ${JSON.stringify(intl)}`);
  };
  for (const language of LANGUAGES) {
    const locales = LOCALES[language];
    const number = (value: number, decimals: number | undefined, options: Intl.NumberFormatOptions = {}) =>
      new Intl.NumberFormat(locales, {
        ...(decimals === undefined ? { maximumFractionDigits: 1 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
        ...options,
      }).format(value);
    for (const value of sampleNumbers()) {
      for (const decimals of [undefined, 0, 1, 2, 3]) {
        check(`formatNumber(${value}, ${language}, ${decimals})`, formatNumber(value, language, decimals), number(value, decimals));
        check(`formatValue(${value}, percent, ${language}, ${decimals})`, formatValue(value, 'percent', language, decimals), number(value / 100, decimals ?? 1, { style: 'percent' }));
        for (const signed of [true, false]) {
          // The number of a change; its unit words are literal text (format.test.ts).
          const options = decimals === undefined ? { signed } : { decimals, signed };
          check(`formatChange(${value}, number, ${language}, ${decimals}, ${signed})`, formatChange(value, 'number', language, options), number(value, decimals ?? 1, { signDisplay: signed ? 'exceptZero' : 'never' }));
        }
      }
      check(`formatTick(${value}, percent, ${language})`, formatTick(value, 'percent', language), number(value / 100, undefined, { style: 'percent' }));
    }
    const date = (value: Date, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locales, { ...options, timeZone: 'UTC' }).format(value);
    for (const value of sampleDates()) {
      const label = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
      check(`formatDate(${label}, ${language})`, outcome(() => formatDate(value, language)), outcome(() => date(value, { dateStyle: 'long' })));
      check(`formatDate(${label}, ${language}, short)`, outcome(() => formatDate(value, language, 'short')), outcome(() => date(value, { day: '2-digit', month: '2-digit', year: 'numeric' })));
      check(`formatDate(${label}, ${language}, month)`, outcome(() => formatDate(value, language, 'month')), outcome(() => date(value, { month: 'short', year: 'numeric' })));
      check(`formatDate(${label}, ${language}, month-long)`, outcome(() => formatDate(value, language, 'month-long')), outcome(() => date(value, { month: 'long', year: 'numeric' })));
    }
  }
  return differences;
}

/** The text, or the error's name: an invalid date must throw as Intl throws. */
function outcome(write: () => string): string {
  try {
    return write();
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

/** The Intl locales format.ts used (nn falls back to nb where the runtime has no nynorsk). */
const LOCALES: Record<Language, string[]> = { nb: ['nb-NO', 'no'], nn: ['nn-NO', 'nb-NO', 'no'], da: ['da-DK'], en: ['en-GB'] };

/** Edge cases (halves, carries, -0, NaN, huge and tiny) and a seeded spread of magnitudes. */
function sampleNumbers(): number[] {
  const values = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.05, -0.05, 0.04, -0.04, 1.005, 1.25, 1.35, 9.95, 9.96, 99.95, 999.5, 1234, 12345.65, -1234.5, 1e21, 1e-7, 123456789.123456789, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, 11.4, 26.1, 0.1 + 0.2];
  let seed = 20261201;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let index = 0; index < 400; index += 1) {
    const magnitude = 10 ** Math.floor(random() * 14 - 6);
    const value = (random() - 0.3) * magnitude;
    // Some on a decimal grid (ties at the rounding digit), some anywhere.
    values.push(index % 2 === 0 ? value : Math.round(value * 1000) / 1000 + 0.0005 * Math.sign(value));
  }
  return values;
}

function sampleDates(): Date[] {
  const dates = [new Date(Number.NaN), new Date(Date.UTC(0, 0, 1) - 86_400_000 * 400), new Date(Date.UTC(10_000, 0, 1))];
  for (const year of [1, 987, 1970, 1999, 2024, 2025, 9999]) {
    for (let month = 0; month < 12; month += 1) {
      for (const day of [1, 9, 10, 28]) {
        const date = new Date(0);
        date.setUTCFullYear(year, month, day); // Date.UTC would read years 0-99 as 1900-1999
        dates.push(date);
      }
    }
  }
  dates.push(new Date(Date.UTC(2024, 1, 29, 23, 59, 59)));
  return dates;
}
