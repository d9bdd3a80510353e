import { describe, expect, it } from 'vitest';
import { anonymise, GENERALISATION_LEVELS } from '../src/anonymise.ts';
import { caseYears } from '../src/case-periods.ts';
import { generateRegister } from '../src/generate-register.ts';
import { failingGroups, generalise, KAnonymityError, type QuasiRecord } from '../src/k-anonymity.ts';
import { demoKey } from '../src/pseudonym.ts';

const record = (pseudonym: string, area: string, age_band = '15-17', sex = 'male', period = '2023'): QuasiRecord => ({
  pseudonym,
  area,
  age_band,
  sex,
  period,
});

describe('k-anonymity', () => {
  it('counts distinct people per combination, not rows', () => {
    const records = [record('a', 'x'), record('a', 'x'), record('b', 'x'), record('c', 'y')];
    expect(failingGroups(records, 2)).toEqual([
      { age_band: '15-17', sex: 'male', area: 'y', period: '2023', persons: 1 },
    ]);
    expect(failingGroups(records, 3).map((g) => g.persons)).toEqual([2, 1]);
  });

  it('generalises to the first level that passes and keeps every attempt', () => {
    const levels = [
      { name: 'fine', describe: 'as is', apply: (r: QuasiRecord) => r },
      { name: 'merged', describe: 'areas merged', apply: (r: QuasiRecord) => ({ ...r, area: 'all' }) },
    ];
    const records = ['a', 'b', 'c'].map((p, i) => record(p, i < 2 ? 'x' : 'y'));
    const result = generalise(records, 3, levels);
    expect(result.level.name).toBe('merged');
    expect(result.attempts.map((a) => a.failing.length)).toEqual([2, 0]);
  });

  it('refuses, naming the failing groups, when even the coarsest level fails', () => {
    const levels = [{ name: 'only', describe: 'as is', apply: (r: QuasiRecord) => r }];
    const records = [record('a', 'Tofte', '21-24', 'female', '2019'), record('b', 'x'), record('c', 'x')];
    expect(() => generalise(records, 2, levels)).toThrow(KAnonymityError);
    expect(() => generalise(records, 2, levels)).toThrow(/2019 Tofte female 21-24 \(1 person\)/);
  });

  it('makes the internal tier k-anonymous for the synthetic register, at some level of generalisation', () => {
    const register = generateRegister({ seed: 42 });
    const years = caseYears(register);
    const result = anonymise(register, years, demoKey(), 5);
    expect(GENERALISATION_LEVELS.map((l) => l.name)).toContain(result.level);
    const quasi = (rows: Array<Record<string, unknown>>) =>
      rows.map((r) => ({ pseudonym: String(r.pseudonym), age_band: String(r.age_band), sex: String(r.sex), area: String(r.area_code), period: String(r.period) }));
    expect(failingGroups(quasi(result.cases), 5)).toEqual([]);
    expect(failingGroups(quasi(result.events), 5)).toEqual([]);
    expect(result.cases.every((c) => /^[a-p]{16}$/.test(c.pseudonym))).toBe(true);
  });

  it('refuses a register too small to be k-anonymous at any level', () => {
    const register = generateRegister({ seed: 7, persons: 6 });
    expect(() => anonymise(register, caseYears(register), demoKey(), 5)).toThrow(/refusing to write record-level data/);
  });
});
