import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENCIES, CONCERN_TYPES, MEASURES } from '../src/case-model.ts';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { anonymiseRegister } from '../src/generate.ts';
import { generateRegister, type Register } from '../src/generate-register.ts';
import { openDuckDB } from '../src/parquet.ts';
import { silentProgress } from '../src/progress.ts';
import { isIsoDate } from '../src/dates.ts';
import { RegisterCheckError, registerProblems } from '../src/register-check.ts';
import { TEST_KEY } from './helpers.ts';

describe('a register export, checked value by value', () => {
  const register = generateRegister({ seed: 3, persons: 60 });

  it('finds nothing in a well-formed export', () => {
    expect(registerProblems(register)).toEqual([]);
  });

  it('names each kind of problem with its table, column, an example and the first rows', () => {
    const broken: Register = {
      persons: [...register.persons.map((p, i) => (i === 1 ? { ...p, sex: 'K' as never } : p)), { ...register.persons[0]! }],
      // A date as a Norwegian case system might write it, in the first five rows and one more.
      concerns: register.concerns.map((c, i) => (i < 6 ? { ...c, date: '04.03.2026' } : i === 9 ? { ...c, concern_type: 'vold' as never } : c)),
      meetings: [...register.meetings, { ...register.meetings[0]!, meeting_id: 999_999, person_id: 424_242 }, { ...register.meetings[1]! }],
      measures: register.measures.map((m, i) => (i === 0 ? { ...m, start_date: '2025-02-30' } : i === 1 ? { ...m, start_date: '2024-05-01', end_date: '2024-04-01' } : m)),
    };
    expect(registerProblems(broken)).toEqual([
      "persons.sex not one of female, male: 'K' (row 2)",
      `persons.person_id given twice: '${register.persons[0]!.person_id}' (row ${register.persons.length + 1})`,
      `meetings.meeting_id given twice: '${register.meetings[1]!.meeting_id}' (row ${register.meetings.length + 2})`,
      "concerns.date not a date as YYYY-MM-DD: '04.03.2026' (rows 1, 2, 3, 4, 5, ... 6 in all)",
      "concerns.concern_type not one of violence, threats, harassment, theft, vandalism, drugs, school_absence, weapon: 'vold' (row 10)",
      `meetings.person_id not in persons: '424242' (row ${register.meetings.length + 1})`,
      `meetings: the same person_id and date twice: '${register.meetings[1]!.person_id}' on '${register.meetings[1]!.date}' (row ${register.meetings.length + 2})`,
      "measures.start_date not a date as YYYY-MM-DD: '2025-02-30' (row 1)",
      'measures.end_date before start_date: 2024-05-01 to 2024-04-01 (row 2)',
    ]);
  });

  it("names an id that is not a number, and a district of another municipality with the option that fixes it", () => {
    const other: Register = {
      ...register,
      persons: register.persons.map((p, i) => (i === 0 ? { ...p, person_id: 'P-1001' as never } : i === 1 ? { ...p, district_code: '3201-04' } : p)),
    };
    const problems = registerProblems(other);
    expect(problems).toContainEqual("persons.person_id not a whole number: 'P-1001' (row 1)");
    expect(problems).toContainEqual(expect.stringMatching(/^persons\.district_code not a district of Asker \(3203-01, .*; another municipality's register needs its profile: --profile profiles\/<id>\.json\): '3201-04' \(row 2\)$/));
  });

  it('stops anonymise before anything is written, with the problems in the message', async () => {
    const broken: Register = { ...register, meetings: register.meetings.map((m, i) => (i === 0 ? { ...m, zone: 'gul' as never } : m)) };
    const failure = await anonymiseRegister(await openDuckDB(), broken, {
      config: DEFAULT_CONFIG,
      dataDir: '/nonexistent/never-written',
      progress: silentProgress,
      key: TEST_KEY,
      synthetic: false,
      previous: null,
    }).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(RegisterCheckError);
    expect((failure as Error).message).toBe("the register export has 1 problem(s); nothing was written:\n  meetings.zone not one of green, yellow, orange, red: 'gul' (row 1)");
  });

  it("lists in the pipeline README the categories it accepts, so an operator's export can match them", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    for (const [name, values] of [['concern_type', CONCERN_TYPES], ['agency', AGENCIES], ['measure', MEASURES]] as const) {
      const listed = new RegExp(`\`${name}\`: ([a-z_, ]+)`).exec(readme)?.[1]?.split(',').map((v) => v.trim());
      expect([name, listed]).toEqual([name, [...values]]);
    }
  });

  it('knows a calendar date', () => {
    expect(['2024-02-29', '2025-12-31'].map(isIsoDate)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-1-01', '04.03.2026', '2025-12-31 00:00:00', null].map(isIsoDate)).toEqual([false, false, false, false, false, false]);
  });
});
