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
