import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { anonymiseRegister } from '../src/generate.ts';
import { generateRegister, type Register, type RegisterMeasure } from '../src/generate-register.ts';
import { openDuckDB } from '../src/parquet.ts';
import type { Progress } from '../src/progress.ts';
import { AS_PUBLISHED_DIR, AsPublishedError, describeHeldBack, mergeAsPublished, type PublishedRegister } from '../src/register-as-published.ts';
import { ReleaseCheckError } from '../src/release-check.ts';
import { query, sqlString, TEST_KEY } from './helpers.ts';

const person = (person_id: number, national_id = `0101080${person_id}`) => ({
  person_id,
  national_id,
  first_name: '',
  last_name: '',
  birth_date: '2008-01-01',
  sex: 'female' as const,
  district_code: '3203-01',
  school: '',
});
const concern = (concern_id: number, date: string, person_id = 1) => ({ concern_id, person_id, date, concern_type: 'theft' as const, agency: 'police' as const, note: '' });
const meeting = (meeting_id: number, date: string, zone: 'green' | 'yellow' = 'yellow', person_id = 1) => ({ meeting_id, person_id, date, zone, note: '' });
const measure = (measure_id: number, start_date: string, end_date: string | null): RegisterMeasure => ({
  measure_id,
  person_id: 1,
  measure: 'police_talk',
  start_date,
  end_date,
  note: '',
});

/** Published through 2025: the register as the release before had it. */
const published: PublishedRegister = {
  first: 2024,
  through: 2025,
  register: {
    persons: [person(1), person(2)],
    concerns: [concern(1, '2024-05-01'), concern(2, '2025-11-20'), concern(3, '2025-12-30')],
    meetings: [meeting(1, '2025-06-03'), meeting(2, '2025-12-16')],
    measures: [
      measure(1, '2024-02-01', '2024-09-30'),
      measure(2, '2025-03-01', null),
      measure(3, '2025-10-01', null),
      measure(4, '2025-11-01', null),
      measure(8, '2024-03-01', null),
    ],
  },
};

describe('the register to publish from: closed years as published, the years after from the export', () => {
  const exported: Register = {
    // Person 2's district corrected; person 3 new.
    persons: [person(1), { ...person(2), district_code: '3203-02' }, person(3)],
    concerns: [
      concern(1, '2024-05-01'),
      // concern 2 deleted; concern 3 moved into January; a late one of 2025; one of 2026
      concern(3, '2026-01-02'),
      concern(4, '2025-08-01'),
      concern(5, '2026-02-01', 3),
    ],
    meetings: [meeting(1, '2025-06-03', 'green'), meeting(2, '2025-12-16'), meeting(3, '2026-01-13')],
    measures: [
      measure(1, '2024-02-01', '2024-09-30'),
      measure(2, '2025-03-01', '2026-04-30'), // ended in the new year
      measure(3, '2025-10-01', '2025-11-15'), // its end given, inside the last closed year
      measure(8, '2024-03-01', '2024-08-01'), // its end corrected into an earlier closed year
      // measure 4 deleted
      measure(5, '2025-12-01', null), // registered late, still running
      measure(6, '2025-05-01', '2025-06-01'), // registered late, over inside the closed years
      measure(7, '2026-01-10', null),
    ],
  };
  const { register, heldBack } = mergeAsPublished(published, exported);

  it('keeps every record of the closed years as published', () => {
    expect(register.concerns.filter((c) => c.date < '2026-01-01')).toEqual(published.register.concerns);
    // With the district each was counted in (their person's, as published).
    expect(register.meetings.filter((m) => m.date < '2026-01-01')).toEqual(published.register.meetings.map((m) => ({ ...m, district_code: '3203-01' })));
    expect(register.persons.map(({ district_code: _, ...details }) => details).slice(0, 2)).toEqual(published.register.persons.map(({ district_code: _, ...details }) => details));
  });

  it('counts a closed year in the district it was counted in, and a new year where the young person lives now', () => {
    expect(register.meetings.filter((m) => m.date < '2026-01-01').map((m) => m.district_code)).toEqual(['3203-01', '3203-01']);
    expect(register.persons.find((p) => p.person_id === 2)!.district_code).toBe('3203-02');
    expect(register.meetings.find((m) => m.meeting_id === 3)!.district_code).toBeUndefined();
  });

  it('takes the years after from the export, but never counts a record of a closed year twice', () => {
    expect(register.concerns.map((c) => c.concern_id)).toEqual([1, 2, 3, 5]); // 3, moved into January, stays in December
    expect(register.meetings.map((m) => m.meeting_id)).toEqual([1, 2, 3]);
    expect(register.persons.map((p) => p.person_id)).toEqual([1, 2, 3]);
  });

  it('runs a measure on from the closed years as the export says, and a late one from the first new day', () => {
    const byId = Object.fromEntries(register.measures.map((m) => [m.measure_id, [m.start_date, m.end_date]]));
    expect(byId).toEqual({
      1: ['2024-02-01', '2024-09-30'],
      2: ['2025-03-01', '2026-04-30'],
      3: ['2025-10-01', '2025-11-15'], // in 2025 either way: its real end
      4: ['2025-11-01', '2025-12-31'], // deleted since: as published, and over with the closed years
      8: ['2024-03-01', '2025-12-31'], // running through 2025 as published; not in 2026
      5: ['2026-01-01', null],
      7: ['2026-01-10', null],
    });
  });

  it('counts what it held back for the operator', () => {
    // Concerns: 2 deleted, 3 moved, 4 late; meetings: 1 changed; measures: 8 changed, 4
    // deleted, 5 and 6 late (person 2's district is taken, for the years to come).
    expect(heldBack).toEqual({ concerns: 3, meetings: 1, measures: 4, persons: 0 });
    // A district the stored meetings lack and the export now gives is no change.
    const withDistricts = { ...published.register, meetings: published.register.meetings.map((m) => ({ ...m, district_code: '3203-01' })) };
    expect(mergeAsPublished(published, withDistricts).heldBack.meetings).toBe(0);
    expect(describeHeldBack(heldBack)).toBe('held back from them, registered late, changed or deleted since: 3 concerns, 1 meeting, 4 measures');
    const older = { ...exported, persons: [{ ...person(1), birth_date: '2008-01-02', national_id: person(1).national_id }, person(2), person(3)] };
    expect(() => mergeAsPublished(published, older)).not.toThrow(); // the same national id: a birth date corrected, held back
    expect(mergeAsPublished(published, older).heldBack.persons).toBe(1);
    expect(describeHeldBack({ ...heldBack, persons: 1 }, 2)).toBe(
      "held back from them, registered late, changed or deleted since: 3 concerns, 1 meeting, 4 measures, 1 young person's birth date or sex; 2 national id(s) corrected, taken (birth date and sex unchanged)",
    );
    expect(describeHeldBack(mergeAsPublished(published, published.register).heldBack)).toBe('the export changed nothing in them');
  });

  it("keeps the figures of a young person the export no longer has, but not their national id", () => {
    const gone = mergeAsPublished(published, { ...exported, persons: [person(1), person(3)] });
    expect(gone.register.persons.map((p) => [p.person_id, p.national_id])).toEqual([
      [1, person(1).national_id],
      [2, 'erased:2'],
      [3, person(3).national_id],
    ]);
    // Written so and read back, then back in a later export: accepted, with its national id.
    const back = mergeAsPublished({ ...published, register: gone.register }, exported);
    expect(back.register.persons[1]).toEqual({ ...person(2), district_code: '3203-02' });
    // Their id for someone else (born another year): the details kept still tell.
    const someoneElse = { ...exported, persons: [person(1), { ...person(2, '02021199999'), birth_date: '2011-02-02' }, person(3)] };
    expect(() => mergeAsPublished({ ...published, register: gone.register }, someoneElse)).toThrow(/1 person id\(s\) now have another national id, birth date or sex \(2\)/);
  });

  it('stops when a person id names someone else than before, or a young person has another id', () => {
    const renumbered = { ...exported, persons: [{ ...person(1, '31129912345'), birth_date: '2007-06-30' }, person(2), person(3)] };
    expect(() => mergeAsPublished(published, renumbered)).toThrow(AsPublishedError);
    expect(() => mergeAsPublished(published, renumbered)).toThrow(/1 person id\(s\) now have another national id, birth date or sex \(1\)/);
    // A national id corrected alone (a D number replaced): taken, for the internal tier's pseudonym.
    const corrected = mergeAsPublished(published, { ...exported, persons: [person(1, '01410812345'), person(2), person(3)] });
    expect(corrected.register.persons[0]!.national_id).toBe('01410812345');
    expect(corrected.nationalIds).toBe(1);
    // Person 2 under id 20: counted as two young people, without a word, if let through.
    const rekeyed = { ...exported, persons: [person(1), { ...person(2), person_id: 20 }, person(3)] };
    expect(() => mergeAsPublished(published, rekeyed)).toThrow(/1 young person\(s\) now have another person id \(20\)/);
  });

  it("stops when a closed year's id comes back as another young person's record in a later year", () => {
    const reused = { ...exported, meetings: [meeting(1, '2026-03-10', 'yellow', 3), meeting(2, '2025-12-16')] };
    expect(() => mergeAsPublished(published, reused)).toThrow(/^meetings: 1 id\(s\) of a closed year's record now name another young person's record in a later year \(1\)/);
    const measureReused = { ...exported, measures: [...exported.measures.filter((m) => m.measure_id !== 1), { ...measure(1, '2026-02-01', null), person_id: 3 }] };
    expect(() => mergeAsPublished(published, measureReused)).toThrow(/^measures: 1 id\(s\)/);
  });
});

describe('a concern registered late, and the next year (the pipeline, native DuckDB)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slt-as-published-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const register = generateRegister({ seed: 99, persons: 300 });
  const said: string[] = [];
  const progress: Progress = { step() {}, update() {}, done: (label, detail) => void said.push(`${label}: ${detail ?? ''}`) };
  const publish = async (data: Register, options: { through: number; previous?: null; reviseClosedYears?: boolean }) =>
    anonymiseRegister(await openDuckDB(), data, { config: DEFAULT_CONFIG, dataDir: dir, progress, key: TEST_KEY, synthetic: false, ...options });
  const figures = async (file: string, year: number) => {
    const rows = await query<Record<string, unknown>>(await openDuckDB(), `SELECT * EXCLUDE (status) FROM read_parquet(${sqlString(join(dir, file))}) WHERE year = ${year}`);
    return new Map(rows.map((row) => [JSON.stringify(Object.entries(row).filter(([name]) => !['persons', 'concerns', 'moves'].includes(name))), row]));
  };
  const FILES = ['case_counts.parquet', 'case_zones.parquet', 'case_demography.parquet', 'concerns_yearly.parquet', 'concerns_monthly.parquet'];

  it('publishes the next year beside the closed years as published, holds the late concern back, and refuses it in a revision', async () => {
    await publish(register, { through: 2024, previous: null });
    const before = Object.fromEntries(await Promise.all(FILES.map(async (file) => [file, await figures(file, 2024)] as const)));
    expect(existsSync(join(dir, AS_PUBLISHED_DIR, 'persons.parquet'))).toBe(true);
    const stored = (table: string) => sqlString(join(dir, AS_PUBLISHED_DIR, `${table}.parquet`));
    const [names] = await query<{ named: bigint }>(await openDuckDB(), `SELECT count(*) FILTER (WHERE first_name <> '' OR last_name <> '' OR school <> '') AS named FROM read_parquet(${stored('persons')})`);
    expect(Number(names!.named)).toBe(0);
    // Only the young people the years covered count, with none left out.
    const [people] = await query<{ stored: bigint; counted: bigint }>(
      await openDuckDB(),
      `SELECT (SELECT count(*) FROM read_parquet(${stored('persons')})) AS stored,
              (SELECT count(DISTINCT person_id) FROM (SELECT person_id FROM read_parquet(${stored('concerns')}) UNION ALL SELECT person_id FROM read_parquet(${stored('meetings')}) UNION ALL SELECT person_id FROM read_parquet(${stored('measures')}))) AS counted`,
    );
    expect(Number(people!.stored)).toBe(Number(people!.counted));
    expect(Number(people!.stored)).toBeLessThan(register.persons.length);

    // A concern of 2024 registered after that release; then 2025 is over.
    const late = register.concerns.find((c) => c.date.startsWith('2024-'))!;
    // And one dated before the first year published: the years before it were published as nothing.
    const revised: Register = {
      ...register,
      concerns: [...register.concerns, { ...late, concern_id: 999_999, date: '2024-06-15' }, { ...late, concern_id: 999_998, date: '2017-05-02' }],
    };
    await publish(revised, { through: 2025 });
    expect(said).toContain("2018-2024 as published before: held back from them, registered late, changed or deleted since: 2 concerns");
    const [years] = await query<{ first: number }>(await openDuckDB(), `SELECT min(year) AS first FROM read_parquet(${sqlString(join(dir, 'concerns_yearly.parquet'))})`);
    expect(Number(years!.first)).toBe(2018);
    for (const file of FILES) {
      const now = await figures(file, 2024);
      for (const [key, row] of before[file]!) {
        const count = ['persons', 'concerns', 'moves'].find((name) => name in row)!;
        // As published: the same figure, or one the new year's suppression hides as well.
        const shown = now.get(key)?.[count];
        if (shown !== null) expect([file, key, shown]).toEqual([file, key, row[count]]);
      }
    }
    const year2025 = await figures('concerns_yearly.parquet', 2025);
    expect(year2025.size).toBeGreaterThan(0);

    // The same export as a revision release: the late concern moves 2024's total by 1.
    const failure = await publish(revised, { through: 2025, reviseClosedYears: true }).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(ReleaseCheckError);
    expect((failure as ReleaseCheckError).problems).toContainEqual(
      expect.objectContaining({ file: 'concerns_yearly.parquet', kind: 'revised-by-few', row: expect.stringContaining('year=2024 concern_type=all agency=all') }),
    );

    // A release never covers fewer years than the one before.
    await expect(publish(revised, { through: 2024 })).rejects.toThrow(/the release before covered the years through 2025, and this one would end with 2024/);

    // The register as published belongs to the release beside it (as if another release's
    // files had been put back by hand).
    const period = join(dir, AS_PUBLISHED_DIR, 'period.json');
    const kept = JSON.parse(readFileSync(period, 'utf8')) as { describes: string };
    expect(kept.describes).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(period, JSON.stringify({ ...kept, describes: '0'.repeat(64) }));
    await expect(publish(revised, { through: 2025 })).rejects.toThrow(/was not written with the release in .* \(restored or copied by hand, or a move cut short\)/);
    // Its own files, too: one of another release's register beside the right period.json.
    writeFileSync(period, JSON.stringify(kept));
    writeFileSync(join(dir, AS_PUBLISHED_DIR, 'measures.parquet'), readFileSync(join(dir, AS_PUBLISHED_DIR, 'meetings.parquet')));
    await expect(publish(revised, { through: 2025 })).rejects.toThrow(/was not written with the release in/);
  }, 360_000);
});
