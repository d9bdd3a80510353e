import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { anonymiseRegister } from '../src/generate.ts';
import { generateRegister, type Register } from '../src/generate-register.ts';
import { openDuckDB } from '../src/parquet.ts';
import type { Progress } from '../src/progress.ts';
import { checkLastYearComplete, checkNotAfter, checkYearsOver, describePeriod, registerThrough, releasePeriod } from '../src/release-period.ts';
import { query, sqlString, TEST_KEY } from './helpers.ts';

/** A register as exported on 4 March 2026: this year's first two months are in it. */
function exportedInMarch2026(): Register {
  const register = generateRegister({ seed: 99, persons: 200 });
  const into2026 = (date: string) => (date >= '2025-01-01' && date < '2025-03-05' ? `2026${date.slice(4)}` : date);
  return {
    ...register,
    meetings: register.meetings.map((m) => ({ ...m, date: into2026(m.date) })),
    concerns: register.concerns.map((c) => ({ ...c, date: into2026(c.date) })),
    measures: [
      ...register.measures,
      // Begun in 2026, and one that ended in 2026: not yet known at the end of 2025.
      { measure_id: 900_001, person_id: register.persons[0]!.person_id, measure: 'police_talk', start_date: '2026-02-01', end_date: null, note: '' },
      { measure_id: 900_002, person_id: register.persons[1]!.person_id, measure: 'leisure_mentor', start_date: '2025-06-01', end_date: '2026-02-20', note: '' },
    ],
  };
}

/** The export of a municipality that registered nothing after 15 September 2025 until January. */
function quietAutumn(register: Register): Register {
  const quiet = (date: string) => date < '2025-09-15' || date >= '2026-01-01';
  const person_id = register.meetings.find((m) => m.date.startsWith('2025-09-0'))!.person_id;
  return {
    ...register,
    meetings: [...register.meetings.filter((m) => quiet(m.date)), { meeting_id: 800_100, person_id, date: '2025-09-15', zone: 'yellow', note: '' }],
    concerns: register.concerns.filter((c) => quiet(c.date)),
  };
}

describe('the years a release covers', () => {
  const register = exportedInMarch2026();

  it('runs through the year before the export\u2019s last date, or the year the operator names', () => {
    expect(releasePeriod(register)).toEqual({ first: 2018, last: 2025 });
    expect(releasePeriod(register, 2024)).toEqual({ first: 2018, last: 2024 });
    expect(describePeriod(register, releasePeriod(register))).toMatch(/^2018-2025: the export's last date, 2026-03-0\d, is in 2026, taken as not over$/);
    const december: Register = { ...register, concerns: [...register.concerns, { ...register.concerns[0]!, concern_id: 800_000, date: '2026-12-20' }] };
    expect(describePeriod(december, releasePeriod(december))).toBe("2018-2025: the export's last date, 2026-12-20, is in 2026, taken as not over; say --through 2026 if it is");
  });

  it('says why it cannot, in the operator\u2019s terms', () => {
    expect(() => releasePeriod(register, 2027)).toThrow(/^--through 2027: the export runs to 2026-03-0\d, so 2027 has not begun in it$/);
    // An operator's walkthrough: --through 2026 on a March export published April-December as 0.
    expect(() => releasePeriod(register, 2026)).toThrow(
      /^--through 2026: the export runs to 2026-03-0\d, so 2026 is not over in it \(its later months would read as zero\); say --through 2025, or leave --through out$/,
    );
    // Taken on 2 January, the export's last year reaches December: it may be named.
    const january: Register = { ...register, meetings: register.meetings.filter((m) => m.date < '2026-01-01'), concerns: register.concerns.filter((c) => c.date < '2026-01-01') };
    expect(releasePeriod(january, 2025)).toEqual({ first: 2018, last: 2025 });
    const oneYear: Register = { ...register, meetings: [{ ...register.meetings[0]!, date: '2026-01-10' }], concerns: [] };
    expect(() => releasePeriod(oneYear)).toThrow('no complete year to publish: the export runs from 2026-01-10 to 2026-01-10; if 2026 is over, say --through 2026');
    expect(() => releasePeriod({ ...register, meetings: [], concerns: [] })).toThrow('the export has no meetings and no concerns: nothing to publish');
  });

  it('refuses an export with a gap before its last date, or a date after today', () => {
    // An old copy with one record of January added: 2025's later months would be published as zero.
    const stale: Register = {
      ...register,
      meetings: [...register.meetings.filter((m) => m.date < '2025-07-01'), { ...register.meetings[0]!, meeting_id: 800_001, date: '2026-01-05' }],
      concerns: register.concerns.filter((c) => c.date < '2025-07-01'),
    };
    const outOfDate = /^the export has no meeting or concern in 2025 after 2025-06-\d\d, but one on 2026-01-05: 2025's later months would be published as zero\. Is the export complete, and is 2026-01-05 right\? Over half a year without one is taken as an export out of date: correct it and export again, or say --through 2024; nothing was written$/;
    expect(() => checkLastYearComplete(stale, releasePeriod(stale))).toThrow(outOfDate);
    // Half a year quiet is never closed by --quiet-since, whichever day it names.
    const lastOfStale = stale.meetings.filter((m) => m.date < '2026').map((m) => m.date).sort().at(-1)!;
    expect(() => checkLastYearComplete(stale, releasePeriod(stale), lastOfStale.slice(0, 10))).toThrow(outOfDate);
    // Nor is a last year with nothing in it at all (a 2024 copy with one record of 2026).
    const empty: Register = {
      ...register,
      meetings: [...register.meetings.filter((m) => m.date < '2025'), { ...register.meetings[0]!, meeting_id: 800_002, date: '2026-01-05' }],
      concerns: register.concerns.filter((c) => c.date < '2025'),
    };
    expect(() => checkLastYearComplete(empty, releasePeriod(empty), '2024-12-31')).toThrow(/^the export has no meeting or concern in 2025 after 2024-12-\d\d, .* Over half a year without one/);
    expect(checkLastYearComplete(register, releasePeriod(register))).toBeNull();
    expect(() => checkNotAfter(register, '2026-12-03')).not.toThrow();
    expect(() => checkYearsOver({ first: 2018, last: 2025 }, '2026-01-01')).not.toThrow();
    expect(() => checkYearsOver({ first: 2018, last: 2026 }, '2026-12-03')).toThrow('--through 2026: 2026 is not over (today is 2026-12-03)');
    expect(() => checkNotAfter(register, '2026-02-01')).toThrow(/^the export has \d+ meeting\(s\) or concern\(s\) dated after today, 2026-02-01 \((meeting|concern) \d+ on 2026-0[23]-\d\d/);
  });

  it('closes a quiet last year when the operator names the day of its last meeting or concern', () => {
    // A small municipality: nothing registered after 15 September 2025 until January.
    const quiet = quietAutumn(register);
    const period = releasePeriod(quiet);
    // The messages never print the day to paste: the operator finds it in the case system, and so looks.
    const refusal = (() => {
      try {
        checkLastYearComplete(quiet, period);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(refusal).toMatch(/; if nothing was registered in 2025 after its last meeting or concern, name that day with --quiet-since <date>; nothing was written$/);
    expect(refusal).not.toContain('--quiet-since 2025-09-15');
    expect(checkLastYearComplete(quiet, period, '2025-09-15')).toBe('nothing registered in 2025 after 2025-09-15, as --quiet-since says');
    // Another day is refused, saying only which way it is wrong.
    expect(() => checkLastYearComplete(quiet, period, '2025-09-30')).toThrow(
      '--quiet-since 2025-09-30: the export has none on 2025-09-30: its last one is earlier in 2025; name the day of its last meeting or concern in 2025; nothing was written',
    );
    expect(() => checkLastYearComplete(quiet, period, '2025-08-01')).toThrow('--quiet-since 2025-08-01: the export has a meeting or concern after 2025-08-01 in 2025;');
    expect(() => checkLastYearComplete(register, releasePeriod(register), '2025-09-15')).toThrow('--quiet-since 2025-09-15: the export has a meeting or concern after 2025-09-15 in 2025;');
  });

  it('leaves out what happened after it: meetings, concerns, measures begun, and the end of a measure still running then', () => {
    const cut = registerThrough(register, { first: 2018, last: 2025 });
    expect(cut.meetings.every((m) => m.date < '2026-01-01')).toBe(true);
    expect(cut.concerns.every((c) => c.date < '2026-01-01')).toBe(true);
    expect(cut.meetings.length).toBeLessThan(register.meetings.length);
    expect(cut.measures.find((m) => m.measure_id === 900_001)).toBeUndefined();
    expect(cut.measures.find((m) => m.measure_id === 900_002)).toMatchObject({ end_date: null });
  });
});

describe('an export taken in March (native DuckDB)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slt-period-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const key = TEST_KEY;

  it('is published through the year before, in every file, and the operator is told why', async () => {
    const connection = await openDuckDB();
    const said: string[] = [];
    const progress: Progress = { step() {}, update() {}, done: (label, detail) => void said.push(`${label}: ${detail ?? ''}`) };
    // Before, an export with this year's months in it stopped with "Cannot read properties of undefined".
    const { summary } = await anonymiseRegister(connection, exportedInMarch2026(), { config: DEFAULT_CONFIG, dataDir: dir, progress, key, synthetic: false, previous: null });
    expect(said).toContainEqual(expect.stringMatching(/^years covered: 2018-2025: the export's last date/));
    expect(summary).toMatch(/\n {2}left out of every file, being after 2025: \d+ concerns, \d+ meetings, 1 measures\n/);
    // And what goes to the web server, and what never does.
    expect(summary).toMatch(/\n {2}to publish: the \*\.parquet files at the top of .+ and disclosure-report\.json; never internal\/, raw\/ or release-history\*\.json .*\n$/);
    const lastPeriod = async (file: string, column = 'period') =>
      (await query<{ last: string }>(connection, `SELECT max(${column})::VARCHAR AS last FROM read_parquet(${sqlString(join(dir, file))})`))[0]!.last;
    for (const file of ['case_counts.parquet', 'case_zones.parquet', 'case_moves.parquet', 'concerns_yearly.parquet']) expect([file, await lastPeriod(file)]).toEqual([file, '2025']);
    for (const file of ['case_monthly.parquet', 'concerns_monthly.parquet', 'concerns_rolling.parquet']) expect([file, await lastPeriod(file)]).toEqual([file, '2025-12']);
    expect(await lastPeriod('zone_transitions.parquet')).toBe('2025K4');
    expect(await lastPeriod('internal/case_years.parquet', 'year')).toBe('2025');
    const [internal] = await query<{ n: bigint }>(connection, `SELECT count(*) AS n FROM read_parquet(${sqlString(join(dir, 'internal/case_events.parquet'))}) WHERE month >= '2026'`);
    expect(Number(internal!.n)).toBe(0);
  }, 240_000);

  it('closes a quiet autumn once the operator names its last day, and does not ask again the next month', async () => {
    const quietDir = mkdtempSync(join(dir, 'quiet-'));
    const connection = await openDuckDB();
    const said: string[] = [];
    const progress: Progress = { step() {}, update() {}, done: (label, detail) => void said.push(`${label}: ${detail ?? ''}`) };
    const publish = (data: Register, options: { previous?: null; quietSince?: string }) =>
      anonymiseRegister(connection, data, { config: DEFAULT_CONFIG, dataDir: quietDir, progress, key, synthetic: false, ...options });
    const quiet = quietAutumn(exportedInMarch2026());
    await expect(publish(quiet, { previous: null })).rejects.toThrow(/name that day with --quiet-since <date>; nothing was written$/);
    await publish(quiet, { previous: null, quietSince: '2025-09-15' });
    expect(said).toContain('2025 complete: nothing registered in 2025 after 2025-09-15, as --quiet-since says');
    const [months] = await query<{ last: string }>(connection, `SELECT max(period)::VARCHAR AS last FROM read_parquet(${sqlString(join(quietDir, 'concerns_monthly.parquet'))})`);
    expect(months!.last).toBe('2025-12');
    // Next month's export, as quiet in 2025: 2025 is kept as published, so nothing is asked.
    const april: Register = { ...quiet, meetings: [...quiet.meetings, { ...quiet.meetings[0]!, meeting_id: 800_200, date: '2026-04-02' }] };
    said.length = 0;
    await publish(april, {});
    expect(said).toContainEqual(expect.stringMatching(/^2018-2025 as published before: /));
    expect(said.filter((line) => line.startsWith('2025 complete'))).toEqual([]);
  }, 240_000);
});
