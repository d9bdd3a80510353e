import { describe, expect, it } from 'vitest';
import { caseYears } from '../src/case-periods.ts';
import { ZONES } from '../src/case-model.ts';
import { generateRegister, syntheticNationalId } from '../src/generate-register.ts';
import { Random } from '../src/prng.ts';
import { pseudonymOf, demoKey, type PseudonymKey } from '../src/pseudonym.ts';

function validCheckDigits(id: string): boolean {
  const digits = [...id].map(Number);
  const check = (weights: number[]) => {
    const sum = weights.reduce((s, w, i) => s + w * digits[i]!, 0);
    return (11 - (sum % 11)) % 11;
  };
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) === digits[9] && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === digits[10];
}

describe('Random', () => {
  it('repeats itself from the same seed and forks streams that do not depend on earlier draws', () => {
    const a = new Random(1);
    const b = new Random(1);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    const fresh = new Random(1).fork('x').next();
    const used = new Random(1);
    used.next();
    expect(used.fork('x').next()).toBe(fresh);
    expect(new Random(1).fork('y').next()).not.toBe(fresh);
  });

  it('stays in range', () => {
    const random = new Random('range');
    for (let i = 0; i < 1000; i += 1) {
      const n = random.int(3, 7);
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
    }
  });
});

describe('the synthetic register', () => {
  const register = generateRegister({ seed: 20170901 });

  it('is the same from the same seed', () => {
    expect(generateRegister({ seed: 20170901 })).toEqual(register);
    expect(generateRegister({ seed: 1 })).not.toEqual(register);
  });

  it('has national IDs of the right shape, synthetic (month + 80) and unique', () => {
    const ids = register.persons.map((p) => p.national_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const person of register.persons) {
      expect(person.national_id).toMatch(/^\d{11}$/);
      expect(validCheckDigits(person.national_id)).toBe(true);
      expect(Number(person.national_id.slice(2, 4))).toBeGreaterThan(80);
      expect(person.national_id.slice(0, 2)).toBe(person.birth_date.slice(8, 10));
      // The ninth digit is odd for men, even for women.
      expect(Number(person.national_id[8]) % 2).toBe(person.sex === 'male' ? 1 : 0);
    }
    expect(validCheckDigits(syntheticNationalId(new Random(3), '2007-02-28', 'female'))).toBe(true);
  });

  it('looks like the Borgen pilot: many green, fewer yellow and orange, a handful red; Borgen carries more', () => {
    const highest = new Map<number, number>();
    for (const meeting of register.meetings) {
      const rank = ZONES.indexOf(meeting.zone);
      highest.set(meeting.person_id, Math.max(rank, highest.get(meeting.person_id) ?? 0));
    }
    const byZone = ZONES.map((_, z) => [...highest.values()].filter((r) => r === z).length);
    expect(byZone[0]).toBeGreaterThan(byZone[1]!);
    expect(byZone[1]).toBeGreaterThan(byZone[2]!);
    expect(byZone[2]).toBeGreaterThan(byZone[3]!);
    expect(byZone[3]).toBeGreaterThanOrEqual(3);
    expect(byZone[3]).toBeLessThanOrEqual(25);
    const perDistrict = new Map<string, number>();
    for (const p of register.persons) perDistrict.set(p.district_code, (perDistrict.get(p.district_code) ?? 0) + 1);
    expect(perDistrict.size).toBe(10);
    expect(Math.max(...perDistrict.values())).toBe(perDistrict.get('3203-02'));
  });

  it('holds meetings every 14 days, concerns from 2018 to 2025 and measures that end after they start', () => {
    const days = [...new Set(register.meetings.map((m) => m.date))].sort();
    const gaps = new Set(days.slice(1).map((d, i) => (Date.parse(d) - Date.parse(days[i]!)) / 86_400_000));
    expect([...gaps].every((gap) => gap % 14 === 0)).toBe(true);
    expect(register.concerns.every((c) => c.date >= '2018-01-01' && c.date <= '2025-12-31')).toBe(true);
    expect(register.measures.every((m) => m.end_date === null || m.end_date >= m.start_date)).toBe(true);
    expect(caseYears(register).length).toBeGreaterThan(500);
  });
});

describe('pseudonyms', () => {
  it('are keyed: the same ID gives the same pseudonym under one key and another under a different key', () => {
    const other: PseudonymKey = { bytes: Buffer.from('another key that is long enough'), origin: 'environment' };
    const id = '12345678901';
    expect(pseudonymOf(demoKey(), id)).toBe(pseudonymOf(demoKey(), id));
    expect(pseudonymOf(other, id)).not.toBe(pseudonymOf(demoKey(), id));
    expect(pseudonymOf(demoKey(), id)).toMatch(/^[a-p]{16}$/);
  });
});
