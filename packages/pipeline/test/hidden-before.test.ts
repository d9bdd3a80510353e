import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { anonymiseRegister } from '../src/generate.ts';
import { generateRegister } from '../src/generate-register.ts';
import { keepHiddenAsBefore } from '../src/hidden-before.ts';
import { openDuckDB, readMetadata } from '../src/parquet.ts';
import type { Progress } from '../src/progress.ts';
import type { ReleaseFigures } from '../src/release-check.ts';
import { query, sqlString, TEST_KEY } from './helpers.ts';

const columns = [
  { name: 'period', type: 'VARCHAR' },
  { name: 'year', type: 'INTEGER' },
  { name: 'zone', type: 'VARCHAR' },
  { name: 'district_group_name', type: 'VARCHAR' },
  { name: 'persons', type: 'BIGINT' },
  { name: 'status', type: 'VARCHAR' },
] as const;

describe('a cell hidden before stays hidden', () => {
  const before: ReleaseFigures = new Map([['case_zones.parquet', new Map([['period=2024 year=2024 zone=red', { persons: null }], ['period=2024 year=2024 zone=green', { persons: 30 }]])]]);
  const rows = [
    { period: '2024', year: 2024, zone: 'red', district_group_name: 'Asker', persons: 6, status: null },
    { period: '2024', year: 2024, zone: 'green', district_group_name: 'Asker', persons: 30, status: null },
    { period: '2025', year: 2025, zone: 'red', district_group_name: 'Asker', persons: 7, status: null },
  ];

  it('hides what a release before hid, keeps what it showed and every new period as suppressed now', () => {
    const { rows: published, kept } = keepHiddenAsBefore('case_zones.parquet', columns, ['persons'], rows, [before]);
    expect(kept).toBe(1);
    expect(published.map((row) => [(row as { zone: string }).zone, (row as { persons: number | null }).persons, (row as { status: string | null }).status])).toEqual([
      ['red', null, ':'],
      ['green', 30, null],
      ['red', 7, null],
    ]);
    expect(keepHiddenAsBefore('case_counts.parquet', columns, ['persons'], rows, [before]).kept).toBe(0);
  });
});

describe('the turn of the year (native DuckDB)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slt-hidden-before-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const key = TEST_KEY;

  it('a release whose suppression would now show a cell the release before hid keeps it hidden, and passes the check', async () => {
    const connection = await openDuckDB();
    const register = generateRegister({ seed: 3, persons: 250 });
    const published = join(dir, 'published');
    const said: string[] = [];
    const progress: Progress = { step() {}, update() {}, done: (label, detail) => void said.push(`${label}: ${detail ?? ''}`) };
    await anonymiseRegister(connection, register, { config: DEFAULT_CONFIG, dataDir: published, progress, key, synthetic: false, previous: null });
    // The release before, as if its suppression had also hidden 2024's yellow total (a
    // different secondary pattern, as adding a year can give).
    const previous = join(dir, 'previous');
    cpSync(published, previous, { recursive: true });
    const file = join(previous, 'case_zones.parquet');
    const counts = (await readMetadata(connection, file))['slt.count_columns'];
    const hide = "year = 2024 AND zone = 'yellow' AND district_group = 'all'";
    await connection.run(
      `COPY (SELECT * REPLACE (CASE WHEN ${hide} THEN NULL ELSE persons END AS persons, CASE WHEN ${hide} THEN ':' ELSE status END AS status)
       FROM read_parquet(${sqlString(join(published, 'case_zones.parquet'))})) TO ${sqlString(file)} (FORMAT parquet, KV_METADATA {'slt.count_columns': ${sqlString(counts!)}})`,
    );
    const shown = await query<{ persons: bigint | null }>(connection, `SELECT persons FROM read_parquet(${sqlString(join(published, 'case_zones.parquet'))}) WHERE ${hide}`);
    expect(shown[0]!.persons).not.toBeNull();

    // Without the rule this release would be refused: hidden before, shown now. (Its files
    // changed by hand, the release before no longer matches the register it kept: every
    // year is computed from the export, as a revision release does.)
    await anonymiseRegister(connection, register, { config: DEFAULT_CONFIG, dataDir: previous, progress, key, synthetic: false, reviseClosedYears: true });
    expect(said).toContainEqual('hidden as before: 1 cells the suppression would show now kept hidden, as in a release published before');
    const now = await query<{ persons: bigint | null; status: string }>(connection, `SELECT persons, status FROM read_parquet(${sqlString(file)}) WHERE ${hide}`);
    expect(now).toEqual([{ persons: null, status: ':' }]);
  }, 240_000);
});
