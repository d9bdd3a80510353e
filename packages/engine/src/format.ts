/**
 * Numbers and dates in the reader's language. This file decides the conventions (units,
 * decimals, years without group separators) in one place so every widget writes `11,4 %`
 * the same way, and writes them without Intl, exactly as Intl would (format.test.ts and
 * format.browser.test.ts compare the two): the first Intl formatter on a cold page costs
 * 25-90 ms of locale data, which fell between the data and the first chart.
 */
import { decimalText, grouped } from './decimal-text.ts';

export const LANGUAGES = ['nb', 'nn', 'da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Units a value can carry; percentages are stored as 11.4, not 0.114. */
export const UNITS = ['percent', 'per_1000', 'count', 'number'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * Intl locales per language, best first. Chromium ships no ICU data for nynorsk and would
 * fall back to en-US ("11.0%"); bokmål's conventions are nynorsk's, so nn falls back to nb.
 */
const LOCALES: Record<Language, readonly string[]> = {
  nb: ['nb-NO', 'no'],
  nn: ['nn-NO', 'nb-NO', 'no'],
  da: ['da-DK'],
  en: ['en-GB'],
};

/** The closest supported language for a BCP 47 tag (`no`, `nb-NO`, `da-DK`, `en-US`, ...), nb otherwise. */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'no') return 'nb';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'nb';
}

/** The BCP 47 tag of a language (the first of its Intl fallbacks), e.g. for a `lang` attribute. */
export function localeOf(language: Language): string {
  return LOCALES[language][0]!;
}

/**
 * The locales to give Intl for a language, best first. Chromium has no nynorsk data: given
 * `nn-NO` alone, Intl falls back to English ("January 2024", "a, b, and c"); the list falls
 * back to bokmål, whose words and conventions these are.
 */
export function intlLocales(language: Language): string[] {
  return [...LOCALES[language]];
}

/** The symbols of each language's numbers, as CLDR (and so Intl) writes them. */
const NORWEGIAN_SYMBOLS = { group: '\u00a0', decimal: ',', minus: '\u2212', percent: '\u00a0%' };
const SYMBOLS: Record<Language, { group: string; decimal: string; minus: string; percent: string }> = {
  nb: NORWEGIAN_SYMBOLS,
  nn: NORWEGIAN_SYMBOLS,
  da: { group: '.', decimal: ',', minus: '-', percent: '\u00a0%' },
  en: { group: ',', decimal: '.', minus: '-', percent: '%' },
};

interface NumberStyle {
  /** A percentage from a fraction (0.114 -> 11,4 %), as Intl's `style: 'percent'`. */
  percent?: boolean;
  /** Intl's signDisplay: `auto` marks negatives (-0 too), `exceptZero` adds `+`, `never` none. */
  sign?: 'auto' | 'exceptZero' | 'never';
}

/**
 * A number in the reader's language, written exactly as Intl.NumberFormat writes it (the
 * tests compare the two), without Intl: the browser's first Intl formatter costs 25-90 ms of
 * locale data on a cold page, on the way to the first chart (BENCHMARKS.md).
 * `decimals` undefined means at most one.
 */
function numberText(value: number, language: Language, decimals: number | undefined, style: NumberStyle = {}): string {
  const symbols = SYMBOLS[language];
  const negative = value < 0 || Object.is(value, -0);
  let body: string;
  let zero = false;
  if (Number.isNaN(value)) {
    body = 'NaN';
  } else if (!Number.isFinite(value)) {
    body = '\u221e';
  } else {
    const text = decimalText(Math.abs(value), decimals ?? 0, decimals ?? 1, style.percent ? 2 : 0);
    body = grouped(text.integer, symbols.group) + (text.fraction === '' ? '' : symbols.decimal + text.fraction);
    zero = text.zero;
  }
  if (style.percent) body += symbols.percent;
  const sign = style.sign ?? 'auto';
  if (Number.isNaN(value) || sign === 'never') return body;
  if (sign === 'exceptZero') return zero ? body : `${negative ? symbols.minus : '+'}${body}`;
  return negative ? symbols.minus + body : body;
}

/** `1 234 567,8` (nb, nn), `1.234.567,8` (da), `1,234,567.8` (en). */
export function formatNumber(value: number, language: Language, decimals?: number): string {
  return numberText(value, language, decimals);
}

const PER_1000: Record<Language, string> = { nb: 'per 1\u00a0000', nn: 'per 1\u00a0000', da: 'pr. 1.000', en: 'per 1,000' };

/** A value with its unit: `11,4 %`, `26,1 per 1 000`, `1 234`. */
export function formatValue(value: number, unit: Unit, language: Language, decimals?: number): string {
  switch (unit) {
    case 'percent':
      return numberText(value / 100, language, decimals ?? 1, { percent: true });
    case 'per_1000':
      return `${formatNumber(value, language, decimals ?? 1)}\u00a0${PER_1000[language]}`;
    case 'count':
      return formatNumber(value, language, decimals ?? 0);
    case 'number':
      return formatNumber(value, language, decimals);
  }
}

/** The words a unit adds after a number ("per 1 000"), for an axis that carries them once; none for the others. */
export function unitWords(unit: Unit, language: Language): string | undefined {
  return unit === 'per_1000' ? PER_1000[language] : undefined;
}

/** An axis tick: the number without the unit words, which the axis label carries. */
export function formatTick(value: number, unit: Unit, language: Language): string {
  if (unit === 'percent') return numberText(value / 100, language, undefined, { percent: true });
  return formatNumber(value, language, unit === 'count' ? 0 : undefined);
}

const POINTS: Record<Language, [one: string, many: string]> = {
  nb: ['prosentpoeng', 'prosentpoeng'],
  nn: ['prosentpoeng', 'prosentpoeng'],
  da: ['procentpoint', 'procentpoint'],
  en: ['percentage point', 'percentage points'],
};

export interface ChangeFormat {
  decimals?: number;
  /** Write `+` or `−` (default true); false when words say the direction. */
  signed?: boolean;
}

/**
 * A change between two values: `+0,4 prosentpoeng`, `−2,0 per 1 000`.
 * A change in a percentage is in percentage points, never in per cent.
 */
export function formatChange(delta: number, unit: Unit, language: Language, options: ChangeFormat = {}): string {
  const { decimals = unit === 'count' ? 0 : 1, signed = true } = options;
  const text = numberText(delta, language, decimals, { sign: signed ? 'exceptZero' : 'never' });
  if (unit === 'percent') {
    const [one, many] = POINTS[language];
    return `${text}\u00a0${Math.abs(delta) === 1 ? one : many}`;
  }
  if (unit === 'per_1000') return `${text}\u00a0${PER_1000[language]}`;
  return text;
}

/** Years are labels, not quantities: never `2 024`. */
export function formatYear(year: number): string {
  return String(Math.trunc(year));
}

/** Month names as CLDR (and so Intl) writes them: in full, and in a month-and-year tick. Nynorsk's are bokmål's. */
const NORWEGIAN_MONTHS = {
  long: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  short: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
};
const MONTHS: Record<Language, { long: readonly string[]; short: readonly string[] }> = {
  nb: NORWEGIAN_MONTHS,
  nn: NORWEGIAN_MONTHS,
  da: {
    long: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    short: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  },
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
};

/** Dates outside years 1-9999 (and invalid ones) are left to Intl, which is rarely needed. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `long`: 5. januar 2024; `short`: 05.01.2024; `month`: jan. 2024 (axis ticks); `month-long`: januar 2024. */
export type DateStyle = 'long' | 'short' | 'month' | 'month-long';

/**
 * `5. januar 2024` (nb), `5 January 2024` (en); `05.01.2024` when short; `jan. 2024` for a
 * month (axis ticks), `januar 2024` in full. In UTC, written as Intl writes it (the tests compare the two), without
 * Intl for the same reason as numbers.
 */
export function formatDate(date: Date, language: Language, style: DateStyle = 'long'): string {
  const year = date.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) return intlDate(date, language, style); // NaN too
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const english = language === 'en';
  switch (style) {
    case 'long':
      return `${day}${english ? '' : '.'} ${MONTHS[language].long[month]} ${year}`;
    case 'month':
      return `${MONTHS[language].short[month]} ${year}`;
    case 'month-long':
      return `${MONTHS[language].long[month]} ${year}`;
    case 'short': {
      const separator = english ? '/' : '.';
      return `${String(day).padStart(2, '0')}${separator}${String(month + 1).padStart(2, '0')}${separator}${year}`;
    }
  }
}

function intlDate(date: Date, language: Language, style: DateStyle): string {
  const key = `${language}|${style}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { dateStyle: 'long', timeZone: 'UTC' }
        : style === 'month' || style === 'month-long'
          ? { month: style === 'month' ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' }
          : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat([...LOCALES[language]], options);
    dateFormats.set(key, format);
  }
  return format.format(date);
}
