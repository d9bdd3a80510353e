/**
 * Numbers and dates in the reader's language. Intl does the work; this file decides
 * the conventions (units, decimals, years without group separators) in one place so
 * every widget writes `11,4 %` the same way.
 */
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

/** The BCP 47 tag of a language (the first of its Intl fallbacks). */
export function localeOf(language: Language): string {
  return LOCALES[language][0]!;
}

/**
 * Intl formatters are costly to make (each loads locale data: about 45 ms for the few
 * hundred figures of a cold first chart) and cheap to reuse, so each distinct one is made once.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: Language, decimals: number | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${language}|${decimals}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat([...LOCALES[language]], {
      ...(decimals === undefined
        ? { maximumFractionDigits: 1 }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
      ...options,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** `1 234 567,8` (nb, nn), `1.234.567,8` (da), `1,234,567.8` (en). */
export function formatNumber(value: number, language: Language, decimals?: number): string {
  return numberFormat(language, decimals).format(value);
}

const PER_1000: Record<Language, string> = { nb: 'per 1\u00a0000', nn: 'per 1\u00a0000', da: 'pr. 1.000', en: 'per 1,000' };

/** A value with its unit: `11,4 %`, `26,1 per 1 000`, `1 234`. */
export function formatValue(value: number, unit: Unit, language: Language, decimals?: number): string {
  switch (unit) {
    case 'percent':
      return numberFormat(language, decimals ?? 1, { style: 'percent' }).format(value / 100);
    case 'per_1000':
      return `${formatNumber(value, language, decimals ?? 1)}\u00a0${PER_1000[language]}`;
    case 'count':
      return formatNumber(value, language, decimals ?? 0);
    case 'number':
      return formatNumber(value, language, decimals);
  }
}

/** An axis tick: the number without the unit words, which the axis label carries. */
export function formatTick(value: number, unit: Unit, language: Language): string {
  if (unit === 'percent') return numberFormat(language, undefined, { style: 'percent' }).format(value / 100);
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
  const text = numberFormat(language, decimals, { signDisplay: signed ? 'exceptZero' : 'never' }).format(delta);
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

/** `5. januar 2024` (nb), `5 January 2024` (en); `05.01.2024` when short; `jan. 2024` for a month (axis ticks). */
export function formatDate(date: Date, language: Language, style: 'long' | 'short' | 'month' = 'long'): string {
  const key = `${language}|${style}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { dateStyle: 'long', timeZone: 'UTC' }
        : style === 'month'
          ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
          : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat([...LOCALES[language]], options);
    dateFormats.set(key, format);
  }
  return format.format(date);
}
