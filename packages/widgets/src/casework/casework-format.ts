// Numbers and month names as the reader's language writes them, each text made once: a
// repaint of <slt-casework> writes about 400 numbers and 200 month names (the month filter's
// options, the agenda's rows), and making an Intl formatter for each cost tens of
// milliseconds of every filter change.
import { formatNumber, localeOf, type Language } from '@slt/engine';
import { monthIndex } from './casework-months.ts';

const NUMBERS = new Map<string, string>();
const MONTHS = new Map<string, string>();

/** formatNumber(value, language), remembered: `1 234` (nb, nn), `1.234` (da), `1,234` (en). */
export function formatCount(value: number, language: Language): string {
  const key = `${language}|${value}`;
  let text = NUMBERS.get(key);
  if (text === undefined) {
    text = formatNumber(value, language);
    // The texts are few (counts up to a register's size); a bound keeps an odd page small.
    if (NUMBERS.size > 100_000) NUMBERS.clear();
    NUMBERS.set(key, text);
  }
  return text;
}

/** 'desember 2025', 'December 2025'. */
export function monthName(month: string, language: Language): string {
  const key = `${language}|${month}`;
  let name = MONTHS.get(key);
  if (name === undefined) {
    const index = monthIndex(month);
    const date = new Date(Date.UTC(Math.floor(index / 12), index % 12, 15));
    name = new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
    MONTHS.set(key, name);
  }
  return name;
}
