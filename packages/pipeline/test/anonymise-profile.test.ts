import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { anonymiseRegister } from '../src/generate.ts';
import { generateRegister, type Register } from '../src/generate-register.ts';
import { loadProfile } from '../src/load-profile.ts';
import { openDuckDB } from '../src/parquet.ts';
import { silentProgress } from '../src/progress.ts';
import { RegisterCheckError } from '../src/register-check.ts';
import { query, sqlString, TEST_KEY } from './helpers.ts';

const BAERUM = resolve(import.meta.dirname, '../../../profiles/baerum.json');
const key = TEST_KEY;

describe("anonymise with another municipality's profile (native DuckDB)", () => {
  const dir = mkdtempSync(join(tmpdir(), 'slt-baerum-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("publishes Bærum's register in Bærum's district groups and areas, with Bærum's name, and no Asker area anywhere", async () => {
    const profile = await loadProfile(BAERUM);
    const districts = profile.profile.districts.map((d) => d.code);
    const synthetic = generateRegister({ seed: 5, persons: 300 });
    // The same young people, living in Bærum's nine districts.
    const register: Register = { ...synthetic, persons: synthetic.persons.map((p, i) => ({ ...p, district_code: districts[i % districts.length]! })) };
    const connection = await openDuckDB();
    const options = { config: DEFAULT_CONFIG, dataDir: dir, progress: silentProgress, key, synthetic: false, previous: null, profile } as const;

    // Asker's district codes are not Bærum's: named before anything is computed.
    const wrong = await anonymiseRegister(connection, synthetic, options).then(() => null, (error: unknown) => error);
    expect(wrong).toBeInstanceOf(RegisterCheckError);
    expect((wrong as Error).message).toMatch(/persons\.district_code not a district of Bærum \(3201-01, 3201-02, .*3201-09; another municipality's register needs its profile: --profile profiles\/<id>\.json\): '3203-/);

    const { summary } = await anonymiseRegister(connection, register, options);
    // The operator is told in plain words what the 4-party group's files show.
    expect(summary).toMatch(
      /internal files written at: .*\n {4}the 4-party group's files show (no district or district group|district groups, not districts|districts and 3-year age bands) \(every combination of area, age band, sex and year must hold 5 young people or more/,
    );
    const groups = await query<{ district_group: string; district_group_name: string }>(
      connection,
      `SELECT DISTINCT district_group, district_group_name FROM read_parquet(${sqlString(join(dir, 'case_zones.parquet'))}) ORDER BY 1`,
    );
    expect(groups).toEqual([
      { district_group: '3201-G1', district_group_name: 'Bærum øst' },
      { district_group: '3201-G2', district_group_name: 'Bærum sentrum' },
      { district_group: '3201-G3', district_group_name: 'Bærum vest' },
      { district_group: 'all', district_group_name: 'Bærum' },
    ]);
    const internalAreas = await query<{ area_code: string }>(connection, `SELECT DISTINCT area_code FROM read_parquet(${sqlString(join(dir, 'internal/case_years.parquet'))})`);
    expect(internalAreas.length).toBeGreaterThan(0);
    expect(internalAreas.every((row) => row.area_code.startsWith('3201'))).toBe(true);
  }, 240_000);
});
