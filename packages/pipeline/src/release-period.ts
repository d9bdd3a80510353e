import { yearOf } from './dates.ts';
import type { Register } from './generate-register.ts';

/**
 * The calendar years a release covers: from the export's first year through the last year
 * that is over.
 *
 * A municipality's export is taken on some day of a year (say 4 March 2026). That year is
 * not over: published, it would read as a fall in every figure (two months against twelve),
 * it would change every month (each change a revision the release check refuses), and its
 * months would have no year to nest in. So a release runs through the year before the
 * export's last date unless the operator says otherwise (`--through 2025`, for an export
 * taken on 2 January 2026), and everything after that year is left out of every file, the
 * internal tier's included.
 */
export interface ReleasePeriod {
  readonly first: number;
  readonly last: number;
}

export class ReleasePeriodError extends Error {
  override name = 'ReleasePeriodError';
}

/** The dates the export's events fall on (meetings and concerns), first and last. */
function eventDates(register: Register): { first: string; last: string } {
  const dates = [...register.meetings.map((m) => m.date), ...register.concerns.map((c) => c.date)];
  if (dates.length === 0) throw new ReleasePeriodError('the export has no meetings and no concerns: nothing to publish');
  let [first, last] = [dates[0]!, dates[0]!];
  for (const date of dates) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  return { first, last };
}

/** The period of a release of `register`: through `through`, or the year before its last date. */
export function releasePeriod(register: Register, through?: number): ReleasePeriod {
  const dates = eventDates(register);
  const first = yearOf(dates.first);
  const last = through ?? yearOf(dates.last) - 1;
  if (through !== undefined && through > yearOf(dates.last)) {
    throw new ReleasePeriodError(`--through ${through}: the export runs to ${dates.last}, so ${through} has not begun in it`);
  }
  // The export's own last year only when it reaches December (an export taken early the next
  // year): otherwise the months after its last date would be published as zero.
  if (through !== undefined && through === yearOf(dates.last) && dates.last < `${through}-12-01`) {
    throw new ReleasePeriodError(
      `--through ${through}: the export runs to ${dates.last}, so ${through} is not over in it (its later months would read as zero); say --through ${through - 1}, or leave --through out`,
    );
  }
  if (last < first) {
    const hint = through === undefined ? `; if ${yearOf(dates.last)} is over, say --through ${yearOf(dates.last)}` : '';
    throw new ReleasePeriodError(`no complete year to publish: the export runs from ${dates.first} to ${dates.last}${hint}`);
  }
  return { first, last };
}

/**
 * An export with a gap before its last date (an old copy with one later record added, a date
 * typed a year wrong) would publish the last year's later months as zero, and, once
 * published, keep them so. So the last year a release covers must have a meeting or concern
 * in November or December, or the operator says that nothing was registered after its last
 * one by naming that day (`quietSince`): a small municipality may have had nothing to register
 * in its last months, and must still be able to close the year. The messages do not print the
 * day to paste: the operator finds it in the case system, and so looks. A gap of over half a
 * year is never taken: that export is out of date, or the year is better left to `--through`.
 * Returns what the terminal says when the year was closed that way.
 */
export function checkLastYearComplete(register: Register, period: ReleasePeriod, quietSince?: string): string | null {
  const { last: lastDate } = eventDates(register);
  // There is one: the first year has an event.
  const lastCovered = eventDates({
    ...register,
    meetings: register.meetings.filter((m) => yearOf(m.date) <= period.last),
    concerns: register.concerns.filter((c) => yearOf(c.date) <= period.last),
  }).last;
  const lastDay = lastCovered.slice(0, 10);
  if (lastCovered >= `${period.last}-11-01`) {
    if (quietSince !== undefined && quietSince !== lastDay) throw wrongDay(quietSince, lastDay, period.last);
    return null;
  }
  const gap = `the export has no meeting or concern in ${period.last} after ${lastDay}, but one on ${lastDate}: ${period.last}'s later months would be published as zero. Is the export complete, and is ${lastDate} right?`;
  const earlier = period.last > period.first ? `, or say --through ${period.last - 1}` : '';
  if (lastDay < `${period.last}-07-01`) {
    throw new ReleasePeriodError(`${gap} Over half a year without one is taken as an export out of date: correct it and export again${earlier}; nothing was written`);
  }
  if (quietSince === undefined) {
    throw new ReleasePeriodError(
      `${gap} Correct it and export again${earlier}; if nothing was registered in ${period.last} after its last meeting or concern, name that day with --quiet-since <date>; nothing was written`,
    );
  }
  if (quietSince !== lastDay) throw wrongDay(quietSince, lastDay, period.last);
  return `nothing registered in ${period.last} after ${lastDay}, as --quiet-since says`;
}

/** --quiet-since names another day than the export's last in the year: said without the day, so the operator looks. */
function wrongDay(quietSince: string, lastDay: string, year: number): ReleasePeriodError {
  const where = quietSince < lastDay ? `has a meeting or concern after ${quietSince}` : `has none on ${quietSince}: its last one is earlier`;
  return new ReleasePeriodError(`--quiet-since ${quietSince}: the export ${where} in ${year}; name the day of its last meeting or concern in ${year}; nothing was written`);
}

/**
 * An export holds what has happened: an event dated after the day of the run (a date typed
 * wrong) would close a year that is not over, and publish its months to come as zero.
 */
export function checkNotAfter(register: Register, today: string): void {
  const future = [
    ...register.meetings.filter((m) => m.date > today).map((m) => `meeting ${m.meeting_id} on ${m.date}`),
    ...register.concerns.filter((c) => c.date > today).map((c) => `concern ${c.concern_id} on ${c.date}`),
  ];
  if (future.length === 0) return;
  throw new ReleasePeriodError(
    `the export has ${future.length} meeting(s) or concern(s) dated after today, ${today} (${future.slice(0, 3).join(', ')}${future.length > 3 ? ', ...' : ''}): correct the dates in the case system and export again; nothing was written`,
  );
}

/** What the operator reads: the period, and why it ends where it does. */
export function describePeriod(register: Register, period: ReleasePeriod, through?: number): string {
  const { last } = eventDates(register);
  if (through !== undefined) return `${period.first}-${period.last}, through the year given`;
  // Only an export that reaches December may name its own last year (releasePeriod).
  const hint = last >= `${yearOf(last)}-12-01` ? `; say --through ${yearOf(last)} if it is` : '';
  return `${period.first}-${period.last}: the export's last date, ${last}, is in ${yearOf(last)}, taken as not over${hint}`;
}

/**
 * The register as it stood at the end of the period: meetings and concerns after it left
 * out, measures begun after it left out, and a measure that ended after it still running.
 */
export function registerThrough(register: Register, period: ReleasePeriod): Register {
  // Compared as text: '2025-12-31' and '2025-12-31T23:00' both come before '2026-01-01'.
  const after = `${period.last + 1}-01-01`;
  return {
    persons: register.persons,
    meetings: register.meetings.filter((m) => m.date < after),
    concerns: register.concerns.filter((c) => c.date < after),
    measures: register.measures
      .filter((m) => m.start_date < after)
      .map((m) => (m.end_date !== null && m.end_date >= after ? { ...m, end_date: null } : m)),
  };
}

/** A year is over when the day of the run is in a later one: `--through` this year is refused. */
export function checkYearsOver(period: ReleasePeriod, today: string): void {
  if (period.last < yearOf(today)) return;
  throw new ReleasePeriodError(`--through ${period.last}: ${period.last} is not over (today is ${today}); its months to come would be published as they are now, and kept so; nothing was written`);
}
