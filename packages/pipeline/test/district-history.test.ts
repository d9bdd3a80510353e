import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DISTRICTS, districtGroupOf } from '../src/areas.ts';
import { caseYears } from '../src/case-periods.ts';
import { yearCells } from '../src/case-tables.ts';
import type { Register } from '../src/generate-register.ts';
import { openDuckDB } from '../src/parquet.ts';
import { registerProblems } from '../src/register-check.ts';
import { readRegister } from '../src/register-io.ts';

// Two districts in different district groups: a young person moves from one to the other.
const from = DISTRICTS.find((d) => districtGroupOf(d.code).code !== districtGroupOf(DISTRICTS[0]!.code).code)!;
const to = DISTRICTS[0]!;
const person = { person_id: 1, national_id: '01010912345', first_name: 'Å', last_name: 'Ø', birth_date: '2009-01-01', sex: 'female' as const, district_code: to.code, school: '' };
const meeting = (id: number, date: string, district?: string) => ({ meeting_id: id, person_id: 1, date, zone: 'yellow' as const, note: '', ...(district ? { district_code: district } : {}) });
const register = (withDistricts: boolean): Register => ({
  persons: [person],
  concerns: [],
  measures: [],
  meetings: [meeting(1, '2024-03-01', withDistricts ? from.code : undefined), meeting(2, '2024-11-20', withDistricts ? from.code : undefined), meeting(3, '2025-02-10', withDistricts ? to.code : undefined)],
});

describe('where a young person lived, year by year', () => {
  it("counts a year in the district of its last meeting when the export says it, so a move does not revise the years before", () => {
    expect(caseYears(register(true)).map((y) => [y.year, y.person.district_code])).toEqual([[2024, from.code], [2025, to.code]]);
    const group2024 = yearCells(caseYears(register(true)).filter((y) => y.year === 2024)).find((c) => c.district_group === districtGroupOf(from.code).code && c.zone === 'all');
    expect(group2024?.value).toBe(1);
  });

  it('without it, counts every year where the young person lives now (what persons.district_code says)', () => {
    expect(caseYears(register(false)).map((y) => [y.year, y.person.district_code])).toEqual([[2024, to.code], [2025, to.code]]);
  });

  it('names a meeting district that is not one of the municipality', () => {
    const wrong = register(true);
    wrong.meetings[0]!.district_code = '0301-01';
    expect(registerProblems(wrong)).toEqual(["meetings.district_code not a district of Asker: '0301-01' (row 1)"]);
  });
});

describe('the optional column in an export (native DuckDB)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slt-district-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read when the meetings file has it, and left out when it does not', async () => {
    const connection = await openDuckDB();
    const write = (folder: string, meetings: string) => {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'persons.csv'), `person_id,national_id,first_name,last_name,birth_date,sex,district_code,school\n1,01010912345,A,B,2009-01-01,female,${to.code},\n`);
      writeFileSync(join(folder, 'concerns.csv'), 'concern_id,person_id,date,concern_type,agency,note\n');
      writeFileSync(join(folder, 'measures.csv'), 'measure_id,person_id,measure,start_date,end_date,note\n');
      writeFileSync(join(folder, 'meetings.csv'), meetings);
    };
    write(join(dir, 'with'), `meeting_id,person_id,date,zone,note,district_code\n1,1,2024-03-01,yellow,,${from.code}\n2,1,2025-02-10,yellow,,\n`);
    write(join(dir, 'without'), 'meeting_id,person_id,date,zone,note\n1,1,2024-03-01,yellow,\n');
    expect((await readRegister(connection, join(dir, 'with'))).meetings.map((m) => m.district_code)).toEqual([from.code, null]);
    expect((await readRegister(connection, join(dir, 'without'))).meetings[0]).not.toHaveProperty('district_code');
  });
});
