import { MEASURES, NO_MEASURE, ZONES, zoneRank, type Zone } from './case-model.ts';
import { ageOn, quarterOf, yearOf } from './dates.ts';
import type { Register, RegisterPerson } from './generate-register.ts';

/**
 * One young person in one year of follow-up, with the true (not yet generalised)
 * attributes. Both the internal record-level file and the public counts start here.
 */
export interface CaseYear {
  readonly person: RegisterPerson;
  readonly year: number;
  /** Age at 31 December of the year. */
  readonly age: number;
  /** Zone decided at the person's last 4-party meeting in the year. */
  readonly zoneEnd: Zone;
  readonly zoneMax: Zone;
  readonly meetings: number;
  readonly concerns: number;
  /** The most intensive measure active at some time in the year, or 'none'. */
  readonly mainMeasure: string;
}

function checkZone(zone: string, where: string): Zone {
  if (!(ZONES as readonly string[]).includes(zone)) {
    throw new Error(`invalid zone in ${where}: ${zone} (one of ${ZONES.join(', ')})`);
  }
  return zone as Zone;
}

function personIndex(register: Register): Map<number, RegisterPerson> {
  const persons = new Map<number, RegisterPerson>();
  for (const person of register.persons) {
    if (person.sex !== 'female' && person.sex !== 'male') {
      throw new Error(`invalid sex for person ${person.person_id}: ${String(person.sex)} (female or male)`);
    }
    persons.set(Number(person.person_id), person);
  }
  return persons;
}

const keyOf = (personId: number, period: string | number) => `${personId}|${period}`;

export function caseYears(register: Register): CaseYear[] {
  const persons = personIndex(register);
  const meetings = [...register.meetings].sort((a, b) => a.date.localeCompare(b.date) || a.meeting_id - b.meeting_id);
  const byKey = new Map<string, { personId: number; year: number; zones: Zone[]; district: string | null }>();
  for (const meeting of meetings) {
    const personId = Number(meeting.person_id);
    if (!persons.has(personId)) throw new Error(`meeting ${meeting.meeting_id} names unknown person ${personId}`);
    const year = yearOf(meeting.date);
    const key = keyOf(personId, year);
    const entry = byKey.get(key) ?? { personId, year, zones: [], district: null };
    entry.zones.push(checkZone(meeting.zone, `meeting ${meeting.meeting_id}`));
    // The district of the year's last meeting that says one (meetings are in date order).
    entry.district = meeting.district_code ?? entry.district;
    byKey.set(key, entry);
  }
  const concernCount = new Map<string, number>();
  for (const concern of register.concerns) {
    const key = keyOf(Number(concern.person_id), yearOf(concern.date));
    concernCount.set(key, (concernCount.get(key) ?? 0) + 1);
  }
  const years: CaseYear[] = [];
  for (const [key, { personId, year, zones, district }] of byKey) {
    const current = persons.get(personId)!;
    // A year is counted where the young person lived then, when the export says so: a move
    // does not revise the years before it.
    const person = district === null || district === current.district_code ? current : { ...current, district_code: district };
    years.push({
      person,
      year,
      age: ageOn(person.birth_date, `${year}-12-31`),
      zoneEnd: zones[zones.length - 1]!,
      zoneMax: zones.reduce((max, zone) => (zoneRank(zone) > zoneRank(max) ? zone : max)),
      meetings: zones.length,
      concerns: concernCount.get(key) ?? 0,
      mainMeasure: mainMeasure(register, personId, year),
    });
  }
  return years.sort((a, b) => a.year - b.year || Number(a.person.person_id) - Number(b.person.person_id));
}

function mainMeasure(register: Register, personId: number, year: number): string {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  let best: number = MEASURES.length;
  for (const measure of register.measures) {
    if (Number(measure.person_id) !== personId) continue;
    if (measure.start_date > end || (measure.end_date !== null && measure.end_date < start)) continue;
    const rank = (MEASURES as readonly string[]).indexOf(measure.measure);
    if (rank < 0) throw new Error(`invalid measure ${measure.measure_id}: ${measure.measure}`);
    best = Math.min(best, rank);
  }
  return MEASURES[best] ?? NO_MEASURE;
}

export const TRANSITION_FROM = ['new', ...ZONES] as const;
export const TRANSITION_TO = [...ZONES, 'closed'] as const;

export interface Transition {
  readonly quarter: string;
  /** The register's person id (never published; counts the persons behind a sum of moves). */
  readonly person: number;
  readonly from: (typeof TRANSITION_FROM)[number];
  readonly to: (typeof TRANSITION_TO)[number];
}

/**
 * Zone at the last meeting of each quarter, compared with the quarter before: 'new' when
 * the person had no meeting the quarter before, 'closed' when they have none this quarter.
 */
export function zoneTransitions(register: Register, quarters: readonly string[]): Transition[] {
  const lastZone = new Map<string, Zone>();
  const meetings = [...register.meetings].sort((a, b) => a.date.localeCompare(b.date) || a.meeting_id - b.meeting_id);
  const personIds = new Set<number>();
  for (const meeting of meetings) {
    const personId = Number(meeting.person_id);
    personIds.add(personId);
    lastZone.set(keyOf(personId, quarterOf(meeting.date)), checkZone(meeting.zone, `meeting ${meeting.meeting_id}`));
  }
  const transitions: Transition[] = [];
  for (let q = 0; q < quarters.length; q += 1) {
    const quarter = quarters[q]!;
    const previous = q > 0 ? quarters[q - 1]! : previousQuarter(quarter);
    for (const personId of [...personIds].sort((a, b) => a - b)) {
      const before = lastZone.get(keyOf(personId, previous));
      const now = lastZone.get(keyOf(personId, quarter));
      if (!before && !now) continue;
      transitions.push({ quarter, person: personId, from: before ?? 'new', to: now ?? 'closed' });
    }
  }
  return transitions;
}

export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  return q === 1 ? `${year - 1}K4` : `${year}K${q - 1}`;
}

export function quartersBetween(firstYear: number, lastYear: number): string[] {
  const quarters: string[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) for (let q = 1; q <= 4; q += 1) quarters.push(`${year}K${q}`);
  return quarters;
}
