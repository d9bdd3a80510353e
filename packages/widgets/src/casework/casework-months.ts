// Months as the internal tier writes them ('YYYY-MM'), and the arithmetic the views need.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** Months since year 0: differences of two are whole months. */
export function monthIndex(month: string): number {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`not a month: ${JSON.stringify(month)} (YYYY-MM)`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthOf(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: string, months: number): string {
  return monthOf(monthIndex(month) + months);
}

/**
 * Weeks between two months, from whole months (the internal tier dates events to the
 * month): 52/12 weeks a month, rounded.
 */
export function weeksBetween(from: string, to: string): number {
  return Math.round(((monthIndex(to) - monthIndex(from)) * 52) / 12);
}
