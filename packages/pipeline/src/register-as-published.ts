import type { DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Register, RegisterConcern, RegisterMeasure, RegisterMeeting, RegisterPerson } from './generate-register.ts';
import { writeParquet, type Column } from './parquet.ts';
import { readRegister, REGISTER_TABLES } from './register-io.ts';
import { REGISTER_FILES, type ReleaseFigures } from './release-check.ts';
import { figuresHash } from './release-history.ts';

/**
 * Closed years as first published.
 *
 * A case register is never finished: a concern is registered weeks after the fact, a
 * meeting's zone is corrected, a case is deleted. Published again from each new export,
 * every closed year would move by one such change at a time, and a reader who holds both
 * files would see it (the release check refuses a figure revised by 1..k-1, so the release
 * would be held back, month after month, until the change reached k).
 *
 * So a release keeps the register its files were computed from, through its last year, in
 * the operator's folder (`raw/as-published/`, never published). The next release computes
 * the years that release covered from that register, unchanged, and only the years after
 * them from the new export: every figure of a closed year comes out as published, and
 * figures that link a closed year with a new one (a move from December to January, a
 * 12-month window, a young person new this year) are computed from one consistent register.
 * What the export changed in the closed years is held back and counted for the operator; a
 * revision release (`--revise-closed-years`) publishes it, under the release check.
 */

/** Where a release folder keeps the register it was computed from (operator only). */
export const AS_PUBLISHED_DIR = join('raw', 'as-published');
const PERIOD_FILE = 'period.json';
const TABLES = ['persons', 'concerns', 'meetings', 'measures'] as const satisfies ReadonlyArray<keyof Register>;
/** What stands for the national id of a young person the export no longer has. */
const ERASED = 'erased:';

const idOf = (id: unknown): string => String(id);
const isErased = (nationalId: string) => nationalId.startsWith(ERASED);
/** A file's SHA-256: the register's files must be the ones written with period.json. */
const fileHash = async (path: string): Promise<string | null> => (existsSync(path) ? createHash('sha256').update(await readFile(path)).digest('hex') : null);
/** The first few of a list, for a message: "1003, 1017, ...". */
const firstFew = (items: readonly string[]): string => `${items.slice(0, 5).join(', ')}${items.length > 5 ? ', ...' : ''}`;

/** The register a release was computed from, and the years it covered. */
export interface PublishedRegister {
  readonly register: Register;
  readonly first: number;
  readonly through: number;
}

/** What the new export changed in the closed years, held back from this release. */
export interface HeldBack {
  /** Concerns registered late, changed or deleted. */
  readonly concerns: number;
  readonly meetings: number;
  readonly measures: number;
  /** Young people whose birth date or sex the export changed. */
  readonly persons: number;
}

export class AsPublishedError extends Error {
  override name = 'AsPublishedError';
}

/**
 * What names the release a register as published belongs to: a hash of the register's
 * files' figures (not of an indicator file a profile may keep in the same folder).
 */
export function registerFiguresHash(release: ReleaseFigures): string {
  const files: readonly string[] = REGISTER_FILES;
  return figuresHash(new Map([...release].filter(([file]) => files.includes(file))));
}

/** Whether a release folder keeps its register. */
export const hasRegisterAsPublished = (dir: string): boolean => existsSync(join(dir, AS_PUBLISHED_DIR, PERIOD_FILE));

/**
 * The register the release in `dir` was computed from, or null when it kept none. One that
 * was written beside other figures (a folder restored or copied by hand, a move cut short)
 * stops the run: read as published, it would make the closed years of another release.
 */
export async function readRegisterAsPublished(connection: DuckDBConnection, dir: string, release: ReleaseFigures): Promise<PublishedRegister | null> {
  if (!hasRegisterAsPublished(dir)) return null;
  const folder = join(dir, AS_PUBLISHED_DIR);
  const period = JSON.parse(await readFile(join(folder, PERIOD_FILE), 'utf8')) as { first?: unknown; through?: unknown; describes?: unknown; files?: unknown };
  if (!Number.isInteger(period.first) || !Number.isInteger(period.through)) {
    throw new AsPublishedError(`${join(folder, PERIOD_FILE)} does not say which years the release covered; nothing was written`);
  }
  const files = period.files as Record<string, unknown> | undefined;
  const mixed = await Promise.all(TABLES.map(async (table) => files?.[table] !== (await fileHash(join(folder, `${table}.parquet`)))));
  if (period.describes !== registerFiguresHash(release) || mixed.some(Boolean)) {
    throw new AsPublishedError(
      `${folder} was not written with the release in ${dir} (restored or copied by hand, or a move cut short): its closed years would not be the ones published. Put back the folder as the last release left it, or compute the closed years from the export (--revise-closed-years: the release check decides); nothing was written`,
    );
  }
  return { register: await readRegister(connection, folder), first: period.first as number, through: period.through as number };
}

/**
 * Writes the register a release was computed from. Names, schools and notes are left out
 * (no figure reads them); ids, national ids (the internal tier's pseudonyms, and the check
 * that the next export's ids are the same people), dates and categories are kept. The
 * national id of a young person the export no longer has is not (mergeAsPublished).
 */
export async function writeRegisterAsPublished(
  connection: DuckDBConnection,
  dir: string,
  published: PublishedRegister,
  meta: { readonly updated: string; /** registerFiguresHash of the release written beside it. */ readonly describes: string },
): Promise<void> {
  const folder = join(dir, AS_PUBLISHED_DIR);
  await mkdir(folder, { recursive: true });
  const { register } = published;
  // Only young people the years covered count: one whose first record comes later is taken,
  // with their details, from the export that first publishes them.
  const counted = new Set([...register.concerns, ...register.meetings, ...register.measures].map((row) => idOf(row.person_id)));
  const tables: { [T in keyof Register]: Register[T] } = {
    persons: register.persons.filter((p) => counted.has(idOf(p.person_id))).map((p) => ({ ...p, first_name: '', last_name: '', school: '' })),
    concerns: register.concerns.map((c) => ({ ...c, note: '' })),
    meetings: register.meetings.map((m) => ({ ...m, note: '' })),
    measures: register.measures.map((m) => ({ ...m, note: '' })),
  };
  for (const table of Object.keys(tables) as Array<keyof Register>) {
    const columns: Column[] = REGISTER_TABLES[table].map(([name, type]) => ({ name, type }));
    if (table === 'meetings' && register.meetings.some((m) => m.district_code != null)) columns.push({ name: 'district_code', type: 'VARCHAR' });
    await writeParquet(connection, join(folder, `${table}.parquet`), columns, tables[table], {
      synthetic: false,
      title: `SLT case register as published: ${table}`,
      source: 'The register export the release was computed from, through its last year',
      updated: meta.updated,
      description:
        'PERSONAL DATA: the register a release was computed from, without names, schools or notes. The operator\'s record, read by the next release; never publish, never serve.',
      tier: 'raw',
    });
  }
  const files = Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await fileHash(join(folder, `${table}.parquet`))] as const)));
  await writeFile(join(folder, PERIOD_FILE), `${JSON.stringify({ first: published.first, through: published.through, describes: meta.describes, files }, null, 2)}\n`);
}

const sameConcern = (a: RegisterConcern, b: RegisterConcern) =>
  idOf(a.person_id) === idOf(b.person_id) && a.date === b.date && a.concern_type === b.concern_type && a.agency === b.agency;
// A district only one side has (an export that has begun to give the column) is no change.
const sameMeeting = (a: RegisterMeeting, b: RegisterMeeting) =>
  idOf(a.person_id) === idOf(b.person_id) && a.date === b.date && a.zone === b.zone && (a.district_code == null || b.district_code == null || a.district_code === b.district_code);
// The district is no detail held back: the closed years keep theirs on their meetings.
const samePerson = (a: RegisterPerson, b: RegisterPerson) => a.birth_date === b.birth_date && a.sex === b.sex;

/**
 * Dated records (concerns, meetings): the closed years' as published; the new export's
 * after them, except one already counted in a closed year (an id whose date was moved).
 */
function mergeDated<T extends { date: string; person_id: number }>(
  table: string,
  published: readonly T[],
  exported: readonly T[],
  id: (row: T) => string,
  same: (a: T, b: T) => boolean,
  after: string,
) {
  const publishedById = new Map(published.map((row) => [id(row), row]));
  refuseReusedIds(table, exported.filter((row) => row.date >= after), publishedById, id);
  const exportedById = new Map(exported.map((row) => [id(row), row]));
  let heldBack = 0;
  for (const row of exported) {
    const before = publishedById.get(id(row));
    if (row.date < after ? before === undefined || !same(before, row) : before !== undefined) heldBack += 1; // late, changed, or moved out of a closed year
  }
  for (const row of published) if (!exportedById.has(id(row))) heldBack += 1; // deleted
  const rows = [...published, ...exported.filter((row) => row.date >= after && !publishedById.has(id(row)))];
  return { rows, heldBack };
}

/**
 * An id of a closed year's record that comes back in a new year for another young person
 * is an id used again, not a record moved: counted as the closed year's, the new record
 * would be lost without a word.
 */
function refuseReusedIds<T extends { person_id: number }>(table: string, rows: readonly T[], published: ReadonlyMap<string, T>, id: (row: T) => string): void {
  const reused = rows.filter((row) => {
    const before = published.get(id(row));
    return before !== undefined && idOf(before.person_id) !== idOf(row.person_id);
  });
  if (reused.length === 0) return;
  throw new AsPublishedError(
    `${table}: ${reused.length} id(s) of a closed year's record now name another young person's record in a later year (${firstFew(reused.map(id))}): the case system's ids must never be used again. If they were, publish a revision release (--revise-closed-years); nothing was written`,
  );
}

/**
 * Measures run over time. One running when the closed years ended keeps its start and takes
 * its end from the new export (or ends with the closed years, if the export ended it inside
 * them or no longer has it); one the export adds inside the closed years counts from the
 * first new day, when it runs into them.
 */
function mergeMeasures(published: readonly RegisterMeasure[], exported: readonly RegisterMeasure[], through: number) {
  const after = `${through + 1}-01-01`;
  const lastClosedDay = `${through}-12-31`;
  const lastClosedYear = `${through}-01-01`;
  const exportedById = new Map(exported.map((m) => [idOf(m.measure_id), m]));
  const publishedById = new Map(published.map((m) => [idOf(m.measure_id), m]));
  let heldBack = 0;
  const rows: RegisterMeasure[] = [];
  for (const measure of published) {
    const now = exportedById.get(idOf(measure.measure_id));
    const unchanged =
      now !== undefined &&
      idOf(now.person_id) === idOf(measure.person_id) &&
      now.measure === measure.measure &&
      now.start_date === measure.start_date &&
      (measure.end_date === null ? now.end_date === null || now.end_date >= lastClosedYear : now.end_date === measure.end_date);
    if (!unchanged) heldBack += 1;
    if (measure.end_date !== null) rows.push(measure);
    else if (now !== undefined && (now.end_date === null || now.end_date >= lastClosedYear)) rows.push({ ...measure, end_date: now.end_date });
    // Ended earlier than the last closed year, or deleted: running through the closed years
    // as published, and over with them (the internal tier shows its end there).
    else rows.push({ ...measure, end_date: lastClosedDay });
  }
  refuseReusedIds('measures', exported.filter((m) => m.start_date >= after), publishedById, (m) => idOf(m.measure_id));
  for (const measure of exported) {
    if (publishedById.has(idOf(measure.measure_id))) continue;
    if (measure.start_date >= after) {
      rows.push(measure);
      continue;
    }
    heldBack += 1; // registered late
    if (measure.end_date === null || measure.end_date >= after) rows.push({ ...measure, start_date: after });
  }
  return { rows, heldBack };
}

/**
 * The register to publish from: the closed years as the register published before had
 * them, and the new export after them. Persons keep the birth date and sex they were
 * published with, and each closed year's meetings the district it was counted in (the
 * export's district counts from the first new year); a young person the export adds is
 * taken from it, and one it no
 * longer has keeps their figures but loses their national id (the internal tier then
 * names them by a new pseudonym). A person id that names someone else in the export than
 * before (another national id, birth date or sex; a national id corrected alone is taken)
 * stops the run: the ids must be the case system's own, the same from export to export.
 */
export function mergeAsPublished(published: PublishedRegister, exported: Register): { register: Register; heldBack: HeldBack; /** National ids corrected, and taken. */ nationalIds: number } {
  const after = `${published.through + 1}-01-01`;
  const exportedPersons = new Map(exported.persons.map((p) => [idOf(p.person_id), p]));
  // A national id corrected (a D number replaced by a national identity number) keeps the
  // birth date and sex; a person id that now names someone else seldom does.
  const otherPeople = published.register.persons.filter((p) => {
    const now = exportedPersons.get(idOf(p.person_id));
    // One erased before comes back with a national id we no longer hold: birth date and sex still tell.
    return now !== undefined && (isErased(p.national_id) || now.national_id !== p.national_id) && (now.birth_date !== p.birth_date || now.sex !== p.sex);
  });
  if (otherPeople.length > 0) {
    throw new AsPublishedError(
      `the export's person ids do not name the same young people as the register published before: ${otherPeople.length} person id(s) now have another national id, birth date or sex (${firstFew(otherPeople.map((p) => idOf(p.person_id)))}). Export the case system's own person ids, unchanged from export to export; nothing was written`,
    );
  }
  // The same young person under a new id would be counted as two.
  const publishedByNationalId = new Map(published.register.persons.filter((p) => !isErased(p.national_id)).map((p) => [p.national_id, p]));
  const rekeyed = exported.persons.filter((p) => {
    const before = publishedByNationalId.get(p.national_id);
    return before !== undefined && idOf(before.person_id) !== idOf(p.person_id);
  });
  if (rekeyed.length > 0) {
    throw new AsPublishedError(
      `the export's person ids do not name the same young people as the register published before: ${rekeyed.length} young person(s) now have another person id (${firstFew(rekeyed.map((p) => idOf(p.person_id)))}). Export the case system's own person ids, unchanged from export to export; nothing was written`,
    );
  }
  const publishedIds = new Set(published.register.persons.map((p) => idOf(p.person_id)));
  const persons = [
    ...published.register.persons.map((p) => {
      const now = exportedPersons.get(idOf(p.person_id));
      // Gone from the case system (deleted, or past its retention): their published figures
      // stay, but their national id is not kept beyond the case system's own record.
      if (now === undefined) return isErased(p.national_id) ? p : { ...p, national_id: `${ERASED}${idOf(p.person_id)}` };
      // Where they live now counts from the first new year (a closed year's meetings carry
      // the district it was counted in, below).
      return { ...p, national_id: now.national_id, district_code: now.district_code };
    }),
    ...exported.persons.filter((p) => !publishedIds.has(idOf(p.person_id))),
  ];
  const changedPersons = published.register.persons.filter((p) => {
    const now = exportedPersons.get(idOf(p.person_id));
    return now !== undefined && !samePerson(p, now);
  }).length;
  const nationalIds = published.register.persons.filter((p) => {
    const now = exportedPersons.get(idOf(p.person_id));
    return now !== undefined && now.national_id !== p.national_id;
  }).length;
  // Each closed year's meeting says where the young person was counted that year.
  const publishedDistrict = new Map(published.register.persons.map((p) => [idOf(p.person_id), p.district_code]));
  const closedMeetings = published.register.meetings.map((m) => (m.district_code != null ? m : { ...m, district_code: publishedDistrict.get(idOf(m.person_id)) ?? null }));
  const concerns = mergeDated('concerns', published.register.concerns, exported.concerns, (c) => idOf(c.concern_id), sameConcern, after);
  const meetings = mergeDated('meetings', closedMeetings, exported.meetings, (m) => idOf(m.meeting_id), sameMeeting, after);
  const measures = mergeMeasures(published.register.measures, exported.measures, published.through);
  return {
    register: { persons, concerns: concerns.rows, meetings: meetings.rows, measures: measures.rows },
    heldBack: { concerns: concerns.heldBack, meetings: meetings.heldBack, measures: measures.heldBack, persons: changedPersons },
    nationalIds,
  };
}

/** The operator's line on what was held back, e.g. "3 concerns, 1 measure". */
export function describeHeldBack(heldBack: HeldBack, nationalIds = 0): string {
  const parts = [
    [heldBack.concerns, 'concern', 'concerns'],
    [heldBack.meetings, 'meeting', 'meetings'],
    [heldBack.measures, 'measure', 'measures'],
    [heldBack.persons, "young person's birth date or sex", "young people's birth dates or sexes"],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const taken = nationalIds > 0 ? `; ${nationalIds} national id(s) corrected, taken (birth date and sex unchanged)` : '';
  return (said.length === 0 ? 'the export changed nothing in them' : `held back from them, registered late, changed or deleted since: ${said.join(', ')}`) + taken;
}
