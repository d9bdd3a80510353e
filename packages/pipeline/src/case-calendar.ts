import { ALL, crossCount, withOrangeOrRed } from './aggregate.ts';
import { AGENCIES, CONCERN_TYPES, ZONES, type Zone } from './case-model.ts';
import { monthOf } from './dates.ts';
import type { Register } from './generate-register.ts';
import type { Column } from './parquet.ts';

/**
 * The tables for the monthly report: young people per month and per 14-day meeting by
 * zone, and new concerns per month by type and by agency. Persons are not additive over
 * time (the same young person is in follow-up month after month), but a month's count
 * by zone contains its last meeting's, so the person tables are suppressed together with
 * the quarters and years in `case-release.ts`. Concerns are events of their own kind,
 * suppressed over every time grain at once in `concern-release.ts`.
 */
export function monthsBetween(firstYear: number, lastYear: number): string[] {
  const months: string[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (let m = 1; m <= 12; m += 1) months.push(`${year}-${String(m).padStart(2, '0')}`);
  }
  return months;
}


const monthColumns = [
  { name: 'period', type: 'VARCHAR' },
  { name: 'year', type: 'INTEGER' },
  { name: 'month', type: 'INTEGER' },
] as const satisfies readonly Column[];

export const CASE_MONTHLY_COLUMNS: readonly Column[] = [
  ...monthColumns,
  { name: 'zone', type: 'VARCHAR' },
  { name: 'persons', type: 'BIGINT' },
  { name: 'status', type: 'VARCHAR' },
];

export const CASE_MEETING_COLUMNS: readonly Column[] = [
  { name: 'meeting_date', type: 'VARCHAR' },
  ...monthColumns,
  { name: 'zone', type: 'VARCHAR' },
  { name: 'persons', type: 'BIGINT' },
  { name: 'status', type: 'VARCHAR' },
];

export const CONCERN_MONTHLY_COLUMNS: readonly Column[] = [
  ...monthColumns,
  { name: 'concern_type', type: 'VARCHAR' },
  { name: 'agency', type: 'VARCHAR' },
  { name: 'concerns', type: 'BIGINT' },
  { name: 'status', type: 'VARCHAR' },
];

function sortedMeetings(register: Register) {
  return [...register.meetings].sort((a, b) => a.date.localeCompare(b.date) || a.meeting_id - b.meeting_id);
}

export const monthFields = (month: string) => ({ period: month, year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) });

/** Zone per period: a 1-D table zone (with orange or red) and its total (true counts). */
const zoneCells = (zones: Iterable<Zone>) => withOrangeOrRed(crossCount([...zones], [['zone', ZONES, (zone) => zone]]), 'zone');

/**
 * Persons discussed at a 4-party meeting in the month, by the zone decided at their last
 * meeting of the month: the true counts per month. They nest in the quarter and year and
 * contain the month's last meeting; `case-release.ts` suppresses them with those.
 */
export function monthlyZoneCells(register: Register, months: readonly string[]) {
  const last = new Map<string, Map<number, Zone>>();
  for (const meeting of sortedMeetings(register)) {
    const month = monthOf(meeting.date);
    const persons = last.get(month) ?? new Map<number, Zone>();
    persons.set(Number(meeting.person_id), meeting.zone);
    last.set(month, persons);
  }
  return months.map((month) => ({ month, cells: zoneCells(last.get(month)?.values() ?? []) }));
}

/** Young people discussed at each 4-party meeting (one date every 14 days), by the zone decided there: true counts. */
export function meetingZoneCells(register: Register, months: readonly string[]) {
  const byDate = new Map<string, Map<number, Zone>>();
  for (const meeting of sortedMeetings(register)) {
    if (!months.includes(monthOf(meeting.date))) continue;
    const persons = byDate.get(meeting.date) ?? new Map<number, Zone>();
    persons.set(Number(meeting.person_id), meeting.zone);
    byDate.set(meeting.date, persons);
  }
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, persons]) => ({ date, cells: zoneCells(persons.values()) }));
}

export const CONCERN_WINDOW_COLUMNS: Readonly<Record<'year' | 'rolling', readonly Column[]>> = {
  year: [
    { name: 'period', type: 'VARCHAR' },
    { name: 'year', type: 'INTEGER' },
    { name: 'concern_type', type: 'VARCHAR' },
    { name: 'agency', type: 'VARCHAR' },
    { name: 'concerns', type: 'BIGINT' },
    { name: 'status', type: 'VARCHAR' },
  ],
  rolling: [
    ...monthColumns,
    { name: 'first_period', type: 'VARCHAR' },
    { name: 'concern_type', type: 'VARCHAR' },
    { name: 'agency', type: 'VARCHAR' },
    { name: 'concerns', type: 'BIGINT' },
    { name: 'status', type: 'VARCHAR' },
  ],
};

/** A concern count and the young people behind it. */
interface ConcernCell {
  readonly concern_type: string;
  readonly agency: string;
  value: number;
  readonly persons: Set<number>;
}

/** The layout of one period's table: each type, each agency, and the total they share. */
const CONCERN_LAYOUT = [...CONCERN_TYPES.map((type) => [type, ALL]), ...AGENCIES.map((agency) => [ALL, agency]), [ALL, ALL]] as const;

/** True concern counts per month, by type and by agency, with the persons behind each. */
export function concernCells(register: Register, months: readonly string[]): Map<string, ConcernCell[]> {
  const cells = new Map<string, ConcernCell>();
  const cellOf = (month: string, type: string, agency: string) => {
    const key = `${month}|${type}|${agency}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { concern_type: type, agency, value: 0, persons: new Set() }));
    return cell;
  };
  for (const concern of register.concerns) {
    const month = monthOf(concern.date);
    if (!(CONCERN_TYPES as readonly string[]).includes(concern.concern_type)) {
      throw new Error(`invalid concern ${concern.concern_id}: type ${concern.concern_type} (one of ${CONCERN_TYPES.join(', ')})`);
    }
    if (!(AGENCIES as readonly string[]).includes(concern.agency)) {
      throw new Error(`invalid concern ${concern.concern_id}: agency ${concern.agency} (one of ${AGENCIES.join(', ')})`);
    }
    for (const [type, agency] of [[concern.concern_type, ALL], [ALL, concern.agency], [ALL, ALL]] as const) {
      const cell = cellOf(month, type, agency);
      cell.value += 1;
      cell.persons.add(Number(concern.person_id));
    }
  }
  return new Map(
    months.map((month) => [
      month,
      CONCERN_LAYOUT.map(([type, agency]) => cells.get(`${month}|${type}|${agency}`) ?? { concern_type: type, agency, value: 0, persons: new Set<number>() }),
    ]),
  );
}

/** The 12-month windows: each ends with a month of its own, from the twelfth month on. */
export function rollingWindows(months: readonly string[]): Array<{ last: string; months: readonly string[] }> {
  return months.slice(11).map((last, i) => ({ last, months: months.slice(i, i + 12) }));
}
