/** Calendar dates as day numbers (days since 1970-01-01, UTC) and ISO strings. */
const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`invalid date: ${iso}`);
  return Math.round(time / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** '2023-07-14' -> '2023-07'. */
export const monthOf = (iso: string): string => iso.slice(0, 7);
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
/** '2023-07-14' -> '2023K3' (SSB's quarter notation). */
export const quarterOf = (iso: string): string => `${iso.slice(0, 4)}K${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;

/** Whole years between a birth date and a date. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** A calendar date as YYYY-MM-DD that exists (no 2025-02-30). */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
