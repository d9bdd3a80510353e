import { formatDate, type Language } from '@slt/engine';

const QUARTER: Record<Language, (quarter: number, year: number) => string> = {
  nb: (quarter, year) => `${quarter}. kvartal ${year}`,
  nn: (quarter, year) => `${quarter}. kvartal ${year}`,
  da: (quarter, year) => `${quarter}. kvartal ${year}`,
  en: (quarter, year) => `Q${quarter} ${year}`,
};

/**
 * A period as the data write it, in the reader's words: `2025-12` → "desember 2025",
 * `2025K4` or `2025-Q4` → "4. kvartal 2025" ("Q4 2025"), `2025-12-03` → "3. desember 2025",
 * `2021-2023` → "2021–2023" (an en dash), a year as it is. Anything else is left as written.
 */
export function formatPeriod(time: string, language: Language): string {
  const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day));
  let match = /^(\d{4})-(\d{4})$/.exec(time);
  if (match) return `${match[1]}\u2013${match[2]}`;
  match = /^(\d{4})-?[KQ]([1-4])$/i.exec(time);
  if (match) return QUARTER[language](Number(match[2]), Number(match[1]));
  match = /^(\d{4})-(\d{2})$/.exec(time);
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) {
    return formatDate(utc(Number(match[1]), Number(match[2])), language, 'month-long');
  }
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(time);
  if (match) {
    const date = utc(Number(match[1]), Number(match[2]), Number(match[3]));
    if (!Number.isNaN(date.getTime())) return formatDate(date, language, 'long');
  }
  return time;
}
