import { DISTRICTS, SCHOOLS } from './areas.ts';
import {
  AGENCIES,
  CONCERN_TYPES,
  type Agency,
  type ConcernType,
  type Measure,
  type PersonSex,
  type Zone,
} from './case-model.ts';
import { CASE_FIRST_YEAR, CASE_LAST_YEAR } from './config.ts';
import { ageOn, dayOf, isoOf } from './dates.ts';
import { FIRST_NAMES, LAST_NAMES } from './names.ts';
import { Random } from './prng.ts';

/**
 * A synthetic raw case register, as a municipality would export it from its case system:
 * direct identifiers, exact dates and free-text notes. It only ever goes to data/raw/
 * (gitignored, never served) and is the input of the anonymisation step.
 */
export interface RegisterPerson {
  person_id: number;
  national_id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  sex: PersonSex;
  district_code: string;
  school: string;
}

export interface RegisterConcern {
  concern_id: number;
  person_id: number;
  date: string;
  concern_type: ConcernType;
  agency: Agency;
  note: string;
}

/** The zone the 4-party group (police, SLT, AUT, child welfare) decided at a 14-day meeting. */
export interface RegisterMeeting {
  meeting_id: number;
  person_id: number;
  date: string;
  zone: Zone;
  note: string;
  /**
   * Where the young person lived at the meeting, when the export has it (an optional
   * column). A year is then counted in the district of its last meeting; without it,
   * `persons.district_code` (where they live now) stands for every year.
   */
  district_code?: string | null;
}

export interface RegisterMeasure {
  measure_id: number;
  person_id: number;
  measure: Measure;
  start_date: string;
  /** Null while the measure is still running at the end of the register. */
  end_date: string | null;
  note: string;
}

export interface Register {
  persons: RegisterPerson[];
  concerns: RegisterConcern[];
  meetings: RegisterMeeting[];
  measures: RegisterMeasure[];
}

export interface RegisterOptions {
  readonly seed: number;
  /** Young people followed over the whole register. */
  readonly persons?: number;
}

const FIRST_MEETING = dayOf(`${CASE_FIRST_YEAR}-01-09`);
const LAST_DAY = dayOf(`${CASE_LAST_YEAR}-12-31`);

/** Every 14 days from the first meeting to the end of the register. */
export function meetingDays(): number[] {
  const days: number[] = [];
  for (let day = FIRST_MEETING; day <= LAST_DAY; day += 14) days.push(day);
  return days;
}

/** Per meeting: chance of moving up or down the ladder, and of the case being closed. */
const STEP: Record<Zone, { up: number; down: number; close: number }> = {
  green: { up: 0.02, down: 0, close: 0.07 },
  yellow: { up: 0.025, down: 0.07, close: 0.02 },
  orange: { up: 0.02, down: 0.07, close: 0.005 },
  red: { up: 0, down: 0.05, close: 0.002 },
};
const CONCERN_RATE: Record<Zone, number> = { green: 0.02, yellow: 0.1, orange: 0.22, red: 0.4 };
const LADDER: readonly Zone[] = ['green', 'yellow', 'orange', 'red'];

export function generateRegister(options: RegisterOptions): Register {
  const random = new Random(options.seed).fork('register');
  const count = options.persons ?? 420;
  const register: Register = { persons: [], concerns: [], meetings: [], measures: [] };
  const days = meetingDays();
  const usedIds = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const person = makePerson(random, index + 1, days, usedIds);
    followPerson(random, person, days, register);
  }
  register.measures.forEach((measure, index) => (measure.measure_id = index + 1));
  return register;
}

interface NewPerson extends RegisterPerson {
  entryMeeting: number;
}

function makePerson(random: Random, id: number, days: number[], usedIds: Set<string>): NewPerson {
  const sex: PersonSex = random.chance(0.66) ? 'male' : 'female';
  const district = random.weighted(DISTRICTS.map((d) => [d, d.share * d.caseLoad] as const));
  const entryMeeting = random.int(0, days.length - 8);
  const ageAtEntry = random.weighted([[12, 1], [13, 2], [14, 3], [15, 4], [16, 4], [17, 3], [18, 2], [19, 1]] as const);
  const birthDay = days[entryMeeting]! - ageAtEntry * 365.25 - random.int(0, 364);
  const birthDate = isoOf(Math.floor(birthDay));
  let nationalId = syntheticNationalId(random, birthDate, sex);
  while (usedIds.has(nationalId)) nationalId = syntheticNationalId(random, birthDate, sex);
  usedIds.add(nationalId);
  return {
    person_id: id,
    national_id: nationalId,
    first_name: random.pick(FIRST_NAMES[sex]),
    last_name: random.pick(LAST_NAMES),
    birth_date: birthDate,
    sex,
    district_code: district.code,
    school: random.pick(SCHOOLS[district.code]?.length ? SCHOOLS[district.code]! : [`${district.name} skole`]),
    entryMeeting,
  };
}

/**
 * An 11-digit Norwegian national identity number with valid check digits, in the
 * synthetic series (month + 80, as in Skatteetaten's test data), so it has the right
 * shape for the tests but can never be a real person's number.
 */
export function syntheticNationalId(random: Random, birthDate: string, sex: PersonSex): string {
  const [year, month, day] = birthDate.split('-') as [string, string, string];
  for (;;) {
    const base = Number(year) >= 2000 ? 500 : 0;
    let individual = base + random.int(0, 249) * 2;
    if (sex === 'male') individual += 1;
    const digits = `${day}${String(Number(month) + 80)}${year.slice(2)}${String(individual).padStart(3, '0')}`;
    const k1 = checkDigit(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === null) continue;
    const k2 = checkDigit(`${digits}${k1}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === null) continue;
    return `${digits}${k1}${k2}`;
  }
}

function checkDigit(digits: string, weights: readonly number[]): number | null {
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const digit = (11 - (sum % 11)) % 11;
  return digit === 10 ? null : digit;
}

function followPerson(random: Random, person: NewPerson, days: number[], register: Register): void {
  const { entryMeeting, ...row } = person;
  register.persons.push(row);
  let zone: Zone = random.weighted([['green', 0.78], ['yellow', 0.18], ['orange', 0.04]] as const);
  const district = DISTRICTS.find((d) => d.code === person.district_code)!;
  const open = new Map<Measure, RegisterMeasure>();
  addConcern(random, person, days[entryMeeting]! - random.int(1, 13), zone, register);
  for (let m = entryMeeting; m < days.length; m += 1) {
    const day = days[m]!;
    const step = STEP[zone];
    const roll = random.next();
    // Borgen's heavier load shows as more escalation, not only more cases.
    const up = step.up * (district.caseLoad > 2 ? 1.6 : 1);
    if (roll < up) zone = LADDER[LADDER.indexOf(zone) + 1]!;
    else if (roll < up + step.down) zone = LADDER[LADDER.indexOf(zone) - 1]!;
    register.meetings.push({
      meeting_id: register.meetings.length + 1,
      person_id: person.person_id,
      date: isoOf(day),
      zone,
      note: meetingNote(random, person, zone),
    });
    if (random.chance(CONCERN_RATE[zone])) addConcern(random, person, day - random.int(1, 13), zone, register);
    updateMeasures(random, person, isoOf(day), zone, open, register);
    if (random.chance(step.close)) break;
  }
  for (const measure of open.values()) register.measures.push(measure);
}

function addConcern(random: Random, person: RegisterPerson, day: number, zone: Zone, register: Register): void {
  const serious = zone === 'orange' || zone === 'red';
  const type = random.weighted(
    CONCERN_TYPES.map((t) => {
      const weight = t === 'school_absence' || t === 'harassment' ? 3 : t === 'weapon' ? (serious ? 1 : 0.1) : serious ? 2 : 1;
      return [t, weight] as const;
    }),
  );
  const agency = random.weighted(
    AGENCIES.map((a) => [a, a === 'police' ? (serious ? 4 : 2) : a === 'school' ? (type === 'school_absence' ? 6 : 2) : 1] as const),
  );
  register.concerns.push({
    concern_id: register.concerns.length + 1,
    person_id: person.person_id,
    date: isoOf(Math.max(day, dayOf(`${CASE_FIRST_YEAR}-01-01`))),
    concern_type: type,
    agency,
    note: concernNote(random, person, type),
  });
}

const MEASURES_BY_ZONE: Record<Zone, readonly Measure[]> = {
  green: ['police_talk', 'leisure_mentor', 'parent_programme'],
  yellow: ['ambulant_youth_team', 'family_network_meeting', 'leisure_mentor', 'parent_programme', 'police_talk'],
  orange: ['ambulant_youth_team', 'konfliktrad_ungdomsoppfolging', 'change_of_school', 'family_network_meeting'],
  red: ['konfliktrad_ungdomsstraff', 'child_welfare_placement', 'ambulant_youth_team', 'change_of_school'],
};
const DURATION_DAYS: Record<Measure, readonly [number, number]> = {
  police_talk: [1, 14],
  leisure_mentor: [90, 365],
  parent_programme: [60, 120],
  ambulant_youth_team: [60, 300],
  family_network_meeting: [14, 60],
  change_of_school: [120, 365],
  konfliktrad_ungdomsoppfolging: [120, 365],
  konfliktrad_ungdomsstraff: [180, 730],
  child_welfare_placement: [180, 900],
};

function updateMeasures(
  random: Random,
  person: RegisterPerson,
  date: string,
  zone: Zone,
  open: Map<Measure, RegisterMeasure>,
  register: Register,
): void {
  for (const [name, measure] of open) {
    if (measure.end_date !== null && measure.end_date <= date) {
      register.measures.push(measure);
      open.delete(name);
    }
  }
  const startChance = { green: 0.03, yellow: 0.12, orange: 0.2, red: 0.25 }[zone];
  if (!random.chance(startChance)) return;
  const age = ageOn(person.birth_date, date);
  const choices = MEASURES_BY_ZONE[zone].filter(
    (m) => !open.has(m) && (!m.startsWith('konfliktrad') || (age >= 15 && age <= 18)),
  );
  if (choices.length === 0) return;
  const measure = random.pick(choices);
  const [low, high] = DURATION_DAYS[measure];
  const end = dayOf(date) + random.int(low, high);
  open.set(measure, {
    measure_id: 0,
    person_id: person.person_id,
    measure,
    start_date: date,
    end_date: end > LAST_DAY ? null : isoOf(end),
    note: `${person.first_name} ${measureNoteText(random, measure)}`,
  });
}

function concernNote(random: Random, person: RegisterPerson, type: ConcernType): string {
  const what: Record<ConcernType, string> = {
    violence: 'slo en medelev i friminuttet',
    threats: 'truet en annen ungdom på bussen',
    harassment: 'har over tid plaget en yngre elev på nett',
    theft: 'ble tatt for butikktyveri på senteret',
    vandalism: 'knuste vinduer ved idrettshallen',
    drugs: 'ble observert med hasj i parken',
    school_absence: 'har hatt stort fravær de siste ukene',
    weapon: 'hadde med kniv på skolen',
  };
  return `${person.first_name} ${person.last_name} (${person.school}) ${what[type]}. Sak ${random.int(1000, 9999)}-${random.int(10, 99)}.`;
}

function meetingNote(random: Random, person: RegisterPerson, zone: Zone): string {
  const text: Record<Zone, string> = {
    green: 'Ingen nye hendelser. Fortsetter som før.',
    yellow: 'Bekymring fra skolen, AUT tar kontakt med familien.',
    orange: 'Flere hendelser siste periode, politiet gjennomfører samtale.',
    red: 'Gjentatt alvorlig grenseoverskridende atferd, vurderer tiltak med barnevernet.',
  };
  return random.chance(0.3) ? `${person.first_name}: ${text[zone]}` : text[zone];
}

function measureNoteText(random: Random, measure: Measure): string {
  return `startet ${measure.replaceAll('_', ' ')}; kontaktperson ${random.pick(LAST_NAMES)}.`;
}
