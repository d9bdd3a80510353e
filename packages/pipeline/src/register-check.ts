import { DEMO_AREAS, type Areas } from './areas.ts';
import { AGENCIES, CONCERN_TYPES, MEASURES, SEXES, ZONES } from './case-model.ts';
import { isIsoDate } from './dates.ts';
import type { Register } from './generate-register.ts';

/**
 * A register export checked value by value before anything is computed from it.
 *
 * Every step after this compares dates as text and looks categories up in fixed lists, so a
 * date written `04.03.2026`, a concern type in Norwegian (`vold`) or a meeting of a person
 * the export does not have would otherwise give wrong figures or a crash far from its cause.
 * The operator gets every kind of problem with its first rows (1-based, as in a spreadsheet
 * with a header: row 1 is the first record), and nothing is written.
 */
export class RegisterCheckError extends Error {
  override name = 'RegisterCheckError';
  constructor(readonly problems: readonly string[]) {
    const shown = problems.slice(0, 12);
    const more = problems.length > shown.length ? [`  ... and ${problems.length - shown.length} more`] : [];
    super([`the register export has ${problems.length} problem(s); nothing was written:`, ...shown.map((p) => `  ${p}`), ...more].join('\n'));
  }
}

/** Problems of one kind, at most a few rows each, so one wrong column does not bury the rest. */
function collector() {
  const byKind = new Map<string, { rows: number[]; example: string }>();
  return {
    add(kind: string, row: number, example: string) {
      const entry = byKind.get(kind) ?? { rows: [], example };
      entry.rows.push(row);
      byKind.set(kind, entry);
    },
    lines: () =>
      [...byKind].map(([kind, { rows, example }]) => {
        const first = rows.slice(0, 5).join(', ');
        return `${kind}: ${example} (row${rows.length > 1 ? 's' : ''} ${first}${rows.length > 5 ? `, ... ${rows.length} in all` : ''})`;
      }),
  };
}

const quoted = (value: unknown) => (value === null || value === undefined ? 'empty' : `'${String(value)}'`);

/** Every problem of the export, one line per kind (table, column, what is wrong). */
export function registerProblems(register: Register, areas: Areas = DEMO_AREAS): string[] {
  const problems = collector();
  const oneOf = (table: string, column: string, allowed: readonly string[], value: unknown, row: number) => {
    if (!allowed.includes(String(value))) problems.add(`${table}.${column} not one of ${allowed.join(', ')}`, row, quoted(value));
  };
  const date = (table: string, column: string, value: unknown, row: number) => {
    if (!isIsoDate(value)) problems.add(`${table}.${column} not a date as YYYY-MM-DD`, row, quoted(value));
  };
  const persons = new Set<number>();
  const districts = areas.districts.map((d) => d.code);
  register.persons.forEach((person, i) => {
    const row = i + 1;
    if (person.person_id === null || !Number.isInteger(Number(person.person_id))) problems.add('persons.person_id not a whole number', row, quoted(person.person_id));
    else if (persons.has(Number(person.person_id))) problems.add('persons.person_id given twice', row, quoted(person.person_id));
    persons.add(Number(person.person_id));
    date('persons', 'birth_date', person.birth_date, row);
    oneOf('persons', 'sex', SEXES, person.sex, row);
    if (!districts.includes(String(person.district_code))) {
      problems.add(
        `persons.district_code not a district of ${areas.municipality.name} (${districts.join(', ')}; another municipality's register needs its profile: --profile profiles/<id>.json)`,
        row,
        quoted(person.district_code),
      );
    }
  });
  // Each record's own id: a whole number, once (a row exported twice would count twice).
  const ids = (table: string, column: string, values: readonly unknown[]) => {
    const seen = new Set<number>();
    values.forEach((value, i) => {
      if (!Number.isInteger(Number(value)) || value === null) problems.add(`${table}.${column} not a whole number`, i + 1, quoted(value));
      else if (seen.has(Number(value))) problems.add(`${table}.${column} given twice`, i + 1, quoted(value));
      seen.add(Number(value));
    });
  };
  ids('concerns', 'concern_id', register.concerns.map((c) => c.concern_id));
  ids('meetings', 'meeting_id', register.meetings.map((m) => m.meeting_id));
  ids('measures', 'measure_id', register.measures.map((m) => m.measure_id));
  const known = (table: string, personId: unknown, row: number) => {
    if (!persons.has(Number(personId))) problems.add(`${table}.person_id not in persons`, row, quoted(personId));
  };
  register.concerns.forEach((concern, i) => {
    known('concerns', concern.person_id, i + 1);
    date('concerns', 'date', concern.date, i + 1);
    oneOf('concerns', 'concern_type', CONCERN_TYPES, concern.concern_type, i + 1);
    oneOf('concerns', 'agency', AGENCIES, concern.agency, i + 1);
  });
  const meetingDays = new Set<string>();
  register.meetings.forEach((meeting, i) => {
    known('meetings', meeting.person_id, i + 1);
    // One 4-party meeting per young person per day: a second is a row exported twice.
    const day = `${Number(meeting.person_id)}|${String(meeting.date)}`;
    if (meetingDays.has(day)) problems.add('meetings: the same person_id and date twice', i + 1, `${quoted(meeting.person_id)} on ${quoted(meeting.date)}`);
    meetingDays.add(day);
    if (meeting.district_code !== undefined && meeting.district_code !== null && !districts.includes(String(meeting.district_code))) {
      problems.add(`meetings.district_code not a district of ${areas.municipality.name}`, i + 1, quoted(meeting.district_code));
    }
    date('meetings', 'date', meeting.date, i + 1);
    oneOf('meetings', 'zone', ZONES, meeting.zone, i + 1);
  });
  register.measures.forEach((measure, i) => {
    known('measures', measure.person_id, i + 1);
    oneOf('measures', 'measure', MEASURES, measure.measure, i + 1);
    date('measures', 'start_date', measure.start_date, i + 1);
    if (measure.end_date !== null) {
      date('measures', 'end_date', measure.end_date, i + 1);
      if (isIsoDate(measure.end_date) && isIsoDate(measure.start_date) && measure.end_date < measure.start_date) {
        problems.add('measures.end_date before start_date', i + 1, `${measure.start_date} to ${measure.end_date}`);
      }
    }
  });
  return problems.lines();
}

/** Throws RegisterCheckError when the export has any problem. */
export function checkRegister(register: Register, areas: Areas = DEMO_AREAS): void {
  const problems = registerProblems(register, areas);
  if (problems.length > 0) throw new RegisterCheckError(problems);
}
