// Numbers and month names as the reader's language writes them, with each Intl formatter
// made once: a repaint of <slt-casework> writes about 400 numbers and 200 month names (the
// month filter's options, the agenda's rows), and a new formatter for each cost tens of
// milliseconds of every filter change.
import { formatNumber, localeOf, type Language } from '@slt/engine';
import { monthIndex } from './casework-months.ts';

/** One month-and-year format per language: made once (a new Intl formatter per text cost tens of ms a repaint). */
const MONTH_FORMATS = new Map<Language, Intl.DateTimeFormat>();

/**
 * `1 234` (nb, nn), `1.234` (da), `1,234` (en): the engine's formatNumber, which keeps one
 * Intl formatter per format, so a repaint's few hundred numbers cost little.
 */
export function formatCount(value: number, language: Language): string {
  return formatNumber(value, language);
}

/** 'desember 2025', 'December 2025'. */
export function monthName(month: string, language: Language): string {
  let format = MONTH_FORMATS.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' });
    MONTH_FORMATS.set(language, format);
  }
  const index = monthIndex(month);
  return format.format(new Date(Date.UTC(Math.floor(index / 12), index % 12, 15)));
}
