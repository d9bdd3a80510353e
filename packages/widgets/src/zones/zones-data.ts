import { EngineError, type Row } from '@slt/engine';
import { ZONES, type Zone } from './zone-style.ts';

/** A count as shown: a number, or hidden (':'). Never a 0 standing in for a hidden figure. */
export type Count = { readonly hidden: false; readonly value: number } | { readonly hidden: true; readonly value: null };

export interface ZonesPeriod {
  readonly period: string;
  readonly year: number;
  /** The published total (the 'all' row), never a sum of the zones. */
  readonly total: Count;
  readonly zones: Readonly<Record<Zone, Count>>;
  /**
   * The persons whose zone is hidden: the published total minus the shown zones, when
   * the total is shown and some zone is hidden. Computable by any reader from what is
   * published, so drawing it reveals nothing new; but a rest from 1 to k-1 (for the k in
   * force, which a page may raise) is a small count of people, so it is never drawn.
   */
  readonly hiddenRest: number | null;
}

const HIDDEN: Count = { hidden: true, value: null };
const shown = (value: number): Count => ({ hidden: false, value });

/**
 * Rows (period, year, zone, persons, status) to one entry per period, in time order.
 * `hidden(index)` says whether disclosure control hid a row's count; a row with
 * status ':' is hidden too (files written before the engine's own step).
 */
export function toZonesPeriods(rows: readonly Row[], hidden: (index: number) => boolean = () => false, k = 0): ZonesPeriod[] {
  const byPeriod = new Map<string, { year: number; counts: Map<string, Count> }>();
  rows.forEach((row, index) => {
    const period = String(row['period'] ?? '');
    const year = Number(row['year']);
    const zone = String(row['zone'] ?? '');
    if (!Number.isFinite(year)) throw new EngineError('invalid-option', `year must be a number, found ${JSON.stringify(String(row['year']))}`);
    const entry = byPeriod.get(period) ?? { year, counts: new Map<string, Count>() };
    byPeriod.set(period, entry);
    entry.counts.set(zone, countOf(row, hidden(index)));
  });
  return [...byPeriod.entries()]
    .map(([period, { year, counts }]) => {
      const total = counts.get('all') ?? HIDDEN;
      const zones = Object.fromEntries(ZONES.map((zone) => [zone, counts.get(zone) ?? HIDDEN])) as Record<Zone, Count>;
      const anyHidden = ZONES.some((zone) => zones[zone].hidden);
      const visible = ZONES.reduce((sum, zone) => sum + (zones[zone].value ?? 0), 0);
      const rest = anyHidden && !total.hidden ? Math.max(0, total.value - visible) : null;
      const hiddenRest = rest !== null && rest > 0 && rest < k ? null : rest;
      return { period, year, total, zones, hiddenRest };
    })
    .sort((a, b) => a.year - b.year);
}

/** A row's `persons` as a Count: hidden when disclosure control hid it or its status is ':'. */
export function countOf(row: Row, hidden: boolean): Count {
  const value = row['persons'];
  if (hidden || row['status'] === ':' || value === null || value === undefined) return HIDDEN;
  const number = typeof value === 'bigint' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new EngineError('invalid-option', `persons must be a count, found ${JSON.stringify(String(value))}`, { column: 'persons' });
  }
  return shown(number);
}

/** Whether any count in the periods is hidden (the note under the chart explains ':'). */
export const anyHidden = (periods: readonly ZonesPeriod[]): boolean =>
  periods.some((period) => period.total.hidden || ZONES.some((zone) => period.zones[zone].hidden));

