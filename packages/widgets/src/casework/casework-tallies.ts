// The measures and concerns views, counted in the page from the index built at open
// (casework-index.ts), as the agenda is: a pass over the spells (60 000 at 1M events) or
// the concerns (120 000) in whole numbers takes a millisecond or two, where each view's SQL
// statement cost 20-50 ms a filter change in DuckDB-WASM. casework-sql.test.ts holds both to
// their definitions, worked out from the raw events and in plain SQL.
import { addMonths, monthIndex } from './casework-months.ts';
import { cellsInFilter, peopleInFilter, type CaseworkIndex } from './casework-index.ts';
import type { CaseworkFilters } from './casework-sql.ts';

export interface MeasureRow {
  readonly measure: string;
  /** Young people with this measure running at the month. */
  readonly running: number;
  /** Spells started in the twelve months to the month. */
  readonly started_12m: number;
  /** Median months from start to end of the spells ended by the month (null: none). */
  readonly median_months: number | null;
  readonly ended: number;
  /** Median months from start to the person's next step down the ladder, for those with one by the month. */
  readonly median_months_to_down: number | null;
  readonly stepped_down: number;
  readonly spells: number;
}

export interface ConcernRow {
  readonly concern_type: string;
  readonly agency: string;
  readonly concerns: number;
}

/**
 * Whole numbers from -offset to offset counted by value (counts[value + offset]), for a median
 * without sorting: a 10M-event file has 400 000 ended spells.
 */
class Histogram {
  readonly counts: Int32Array;
  total = 0;
  constructor(readonly offset: number) {
    this.counts = new Int32Array(2 * offset + 1);
  }
  add(value: number): void {
    this.counts[value + this.offset]!++;
    this.total++;
  }
  /** The value at a position (0: the smallest) in sorted order. */
  #at(position: number): number {
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i]!;
      if (seen > position) return i - this.offset;
    }
    throw new Error(`position ${position} of ${this.total}`);
  }
  /** The median (the mean of the middle two for an even count), null for none. */
  median(): number | null {
    if (this.total === 0) return null;
    const middle = this.total >> 1;
    return this.total % 2 ? this.#at(middle) : (this.#at(middle - 1) + this.#at(middle)) / 2;
  }
}

/**
 * Per measure with a spell started by the month (in the filter, by the attributes at its
 * start): young people with it running, starts in the 12 months, the median months from
 * start to end (spells ended by the month) and from start to the person's next step down
 * (those with one by the month). Most running first, then by name.
 */
export function measuresFromIndex(index: CaseworkIndex, filters: CaseworkFilters): MeasureRow[] {
  const month = monthIndex(filters.month);
  const from = monthIndex(addMonths(filters.month, -11));
  const cells = cellsInFilter(index, filters);
  const people = peopleInFilter(index, filters, month);
  const { person, measure, started, ended, next_down: nextDown, cell } = index.spells;
  // Both ends of a duration are months of the file up to the month: it is no longer than that span.
  let first = month;
  for (let i = 0; i < person.length; i++) first = Math.min(first, started[i]!, ended[i]!);
  const span = month - first;
  const tallies = index.measureNames.map(() => ({ running: 0, lastRunning: -1, started: 0, spells: 0, toEnd: new Histogram(span), toDown: new Histogram(span) }));
  for (let i = 0; i < person.length; i++) {
    if (started[i]! > month || !cells[cell[i]!] || (people && !people[person[i]!])) continue;
    const t = tallies[measure[i]!]!;
    t.spells++;
    if (started[i]! >= from) t.started++;
    // Spells are in person order: a person is counted once per measure.
    if (ended[i]! > month && t.lastRunning !== person[i]) {
      t.running++;
      t.lastRunning = person[i]!;
    }
    if (ended[i]! <= month) t.toEnd.add(ended[i]! - started[i]!);
    if (nextDown[i]! <= month) t.toDown.add(nextDown[i]! - started[i]!);
  }
  return tallies
    .map((t, code) => ({
      measure: index.measureNames[code]!,
      running: t.running,
      started_12m: t.started,
      median_months: t.toEnd.median(),
      ended: t.toEnd.total,
      median_months_to_down: t.toDown.median(),
      stepped_down: t.toDown.total,
      spells: t.spells,
    }))
    .filter((row) => row.spells > 0)
    .sort((a, b) => b.running - a.running || (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0));
}

/** New concerns in the 12 months to the month (in the filter, by their own attributes), by type and reporting agency, in that order. */
export function concernsFromIndex(index: CaseworkIndex, filters: CaseworkFilters): ConcernRow[] {
  const month = monthIndex(filters.month);
  const from = monthIndex(addMonths(filters.month, -11));
  const cells = cellsInFilter(index, filters);
  const people = peopleInFilter(index, filters, month);
  const agencies = index.agencyNames.length;
  const counts = new Int32Array(index.concernTypeNames.length * agencies);
  const { person, month: months, agency, type, cell } = index.concerns;
  for (let i = 0; i < person.length; i++) {
    if (months[i]! > month || months[i]! < from || !cells[cell[i]!] || (people && !people[person[i]!])) continue;
    counts[type[i]! * agencies + agency[i]!]!++;
  }
  const rows: ConcernRow[] = [];
  // The codes are in name order, so the rows come out ordered by type, then agency.
  for (let t = 0; t < index.concernTypeNames.length; t++) {
    for (let a = 0; a < agencies; a++) {
      const concerns = counts[t * agencies + a]!;
      if (concerns > 0) rows.push({ concern_type: index.concernTypeNames[t]!, agency: index.agencyNames[a]!, concerns });
    }
  }
  return rows;
}
