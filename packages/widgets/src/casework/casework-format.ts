// Numbers and month names as the reader's language writes them, through the engine's
// formats (no Intl formatter per text: a repaint of <slt-casework> writes about 400 numbers
// and 200 month names, the month filter's options and the agenda's rows).
import { formatDate, formatNumber, type Language } from '@slt/engine';
import { monthIndex } from './casework-months.ts';

/** `1 234` (nb, nn), `1.234` (da), `1,234` (en): the engine's formatNumber (no Intl, cheap per number). */
export function formatCount(value: number, language: Language): string {
  return formatNumber(value, language);
}

/** 'desember 2025', 'December 2025'. */
export function monthName(month: string, language: Language): string {
  const index = monthIndex(month);
  return formatDate(new Date(Date.UTC(Math.floor(index / 12), index % 12, 15)), language, 'month-long');
}
