import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { anonymiseRegister } from '../src/generate.ts';
import { generateRegister } from '../src/generate-register.ts';
import { openDuckDB, readMetadata } from '../src/parquet.ts';
import { silentProgress } from '../src/progress.ts';
import { registerProblems } from '../src/register-check.ts';
import { readRegister, writeRegister } from '../src/register-io.ts';
import { query, sqlString, TEST_KEY } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'slt-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a register exported as CSV', () => {
  it('reads back the same register, and anonymises it as non-synthetic data', async () => {
    const connection = await openDuckDB();
    const register = generateRegister({ seed: 99, persons: 300 });
    // Write Parquet, then turn it into CSV files the way a case system might export them.
    const parquetDir = join(dir, 'parquet');
    const csvDir = join(dir, 'csv');
    await writeRegister(connection, parquetDir, register, DEFAULT_CONFIG);
    mkdirSync(csvDir, { recursive: true });
    for (const table of ['persons', 'concerns', 'meetings', 'measures']) {
      await connection.run(
        `COPY (SELECT * FROM read_parquet(${sqlString(join(parquetDir, `${table}.parquet`))})) TO ${sqlString(join(csvDir, `${table}.csv`))} (HEADER, DELIMITER ',')`,
      );
    }
    const fromCsv = await readRegister(connection, csvDir);
    expect(fromCsv.measures.filter((m) => m.end_date === null).length).toBe(register.measures.filter((m) => m.end_date === null).length);
    expect(fromCsv.persons.map((p) => p.national_id)).toEqual(register.persons.map((p) => p.national_id));

    const key = TEST_KEY;
    const out = join(dir, 'out');
    const { report } = await anonymiseRegister(connection, fromCsv, {
      config: DEFAULT_CONFIG,
      dataDir: out,
      progress: silentProgress,
      key,
      synthetic: false,
    });
    expect(report).toMatchObject({ synthetic: false, seed: null, internal: { pseudonymKey: 'environment' } });
    const meta = await readMetadata(connection, join(out, 'case_counts.parquet'));
    expect(meta['slt.synthetic']).toBe('false');
    const [row] = await query<{ n: bigint }>(connection, `SELECT count(*) AS n FROM read_parquet(${sqlString(join(out, 'internal/case_years.parquet'))})`);
    expect(Number(row!.n)).toBeGreaterThan(100);
  }, 240_000); // anonymises a whole register: 20-30 s alone, much more beside the other node files on two cores

  it('says what to do with a file that is not UTF-8, and keeps an id that is not a number for the check to name', async () => {
    const connection = await openDuckDB();
    const odd = join(dir, 'odd');
    mkdirSync(odd, { recursive: true });
    const header = { persons: 'person_id,national_id,first_name,last_name,birth_date,sex,district_code,school', concerns: 'concern_id,person_id,date,concern_type,agency,note', meetings: 'meeting_id,person_id,date,zone,note', measures: 'measure_id,person_id,measure,start_date,end_date,note' };
    writeFileSync(join(odd, 'persons.csv'), `${header.persons}\nP-1001,01010012345,Åse,Ødegård,2010-01-01,female,3203-01,Borgen skole\n`);
    writeFileSync(join(odd, 'concerns.csv'), `${header.concerns}\n1,P-1001,2024-03-04,theft,police,\n`);
    writeFileSync(join(odd, 'meetings.csv'), `${header.meetings}\n1,P-1001,2024-03-10,green,\n`);
    writeFileSync(join(odd, 'measures.csv'), `${header.measures}\n`);
    const read = await readRegister(connection, odd);
    expect(read.persons[0]!.person_id).toBe('P-1001');
    expect(read.concerns[0]!.concern_id).toBe(1);
    expect(registerProblems(read)).toContainEqual("persons.person_id not a whole number: 'P-1001' (row 1)");
    // Excel's 'CSV' on a Norwegian Windows: Windows-1252, where 'Å' is one byte.
    writeFileSync(join(odd, 'persons.csv'), Buffer.from(`${header.persons}\n1001,01010012345,\u00c5se,\u00d8deg\u00e5rd,2010-01-01,female,3203-01,Borgen skole\n`, 'latin1'));
    await expect(readRegister(connection, odd)).rejects.toThrow(/^register table persons \(.*persons\.csv\) is not UTF-8 text: save it as UTF-8 \(in Excel: "CSV UTF-8"\); nothing was written$/);
  });

  it('names the missing column of a broken export', async () => {
    const connection = await openDuckDB();
    const broken = join(dir, 'broken');
    mkdirSync(broken, { recursive: true });
    for (const table of ['persons', 'concerns', 'meetings', 'measures']) {
      await connection.run(`COPY (SELECT 1 AS person_id) TO ${sqlString(join(broken, `${table}.csv`))} (HEADER)`);
    }
    await expect(readRegister(connection, broken)).rejects.toThrow(/register table persons lacks column\(s\): national_id/);
    await expect(readRegister(connection, join(dir, 'nowhere'))).rejects.toThrow(/register table missing/);
  });
});
