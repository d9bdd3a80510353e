import { auditJointly, type JointFigure, type Term } from '@slt/disclosure/integer-audit';
import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../src/case-calendar.ts';
import { AGENCIES, CONCERN_TYPES } from '../src/case-model.ts';
import { releaseConcerns } from '../src/concern-release.ts';
import { CASE_FIRST_YEAR, CASE_LAST_YEAR } from '../src/config.ts';
import { generateRegister, type Register } from '../src/generate-register.ts';

/**
 * The 4-party group holds the internal tier beside the public files. The internal tier counts
 * the concerns about young people in follow-up (a 4-party meeting at some time) by month,
 * type and agency; a register also holds concerns about young people never followed up, and
 * a published concern figure less the internal tier's count is theirs. That rest must never
 * be learned as 1..k-1: not from one figure, and not by solving the figures together.
 */
const K = 5;
const months = monthsBetween(CASE_FIRST_YEAR, CASE_LAST_YEAR);
const base = generateRegister({ seed: 99, persons: 300 });

/** The register with concerns about young people who never had a 4-party meeting. */
function withUnfollowed(register: Register): Register {
  const first = Math.max(...register.persons.map((p) => p.person_id)) + 1;
  const template = register.persons[0]!;
  const extra = [
    { date: '2021-03-04', concern_type: 'theft', agency: 'police' },
    { date: '2021-09-20', concern_type: 'violence', agency: 'school' },
    { date: '2023-05-11', concern_type: 'drugs', agency: 'police' },
    { date: '2023-05-29', concern_type: 'drugs', agency: 'child_welfare' },
    { date: '2023-06-02', concern_type: 'drugs', agency: 'police' },
  ] as const;
  return {
    ...register,
    persons: [...register.persons, ...extra.map((_, i) => ({ ...template, person_id: first + i, national_id: '' }))],
    concerns: [
      ...register.concerns,
      ...extra.map((c, i) => ({ concern_id: 10_000_000 + i, person_id: first + i, date: c.date, concern_type: c.concern_type, agency: c.agency, note: '' })),
    ],
  };
}

type Row = Record<string, unknown>;
const key = (row: Row) => `${String(row.period)}|${String(row.concern_type)}|${String(row.agency)}`;

describe('concerns, audited for the 4-party group as well as the public', () => {
  it('publishes no figure whose concerns about young people never followed up are 1..k-1, alone or solved together', async () => {
    const register = withUnfollowed(base);
    const followed = new Set(register.meetings.map((m) => Number(m.person_id)));
    const rest = register.concerns.filter((c) => !followed.has(Number(c.person_id)));
    expect(rest.length).toBe(5);
    const release = await releaseConcerns(register, months, K);

    // The rest of a figure: the concerns about young people never followed up it counts.
    const restOf = (period: string, type: string, agency: string) =>
      rest.filter((c) => c.date.startsWith(period) && (type === 'all' || c.concern_type === type) && (agency === 'all' || c.agency === agency)).length;
    const shown = [...release.rows, ...release.yearly.rows].filter((row) => row.concerns !== null);
    const small = shown.filter((row) => {
      const r = restOf(String(row.period), String(row.concern_type), String(row.agency));
      return r >= 1 && r < K;
    });
    expect(small.map(key)).toEqual([]);

    // Solved together: unknown per month, each type's and each agency's rest (>= 0, the two
    // classifications adding up to one total); a shown figure fixes the sum of its parts, a
    // hidden or withheld one is a remainder that must not be pinned to 1..k-1.
    const atoms = new Map<string, number>();
    const atom = (month: string, type: string, agency: string) => {
      const k = `${month}|${type}|${agency}`;
      if (!atoms.has(k)) atoms.set(k, atoms.size);
      return atoms.get(k)!;
    };
    const termsOf = (period: string, type: string, agency: string): Term[] =>
      months
        .filter((m) => m.startsWith(period))
        .flatMap((m) => (type !== 'all' ? [atom(m, type, 'all')] : agency !== 'all' ? [atom(m, 'all', agency)] : CONCERN_TYPES.map((t) => atom(m, t, 'all'))))
        .map((a) => [a, 1] as const);
    const figures: JointFigure[] = [...release.rows, ...release.yearly.rows].map((row) => {
      const [period, type, agency] = [String(row.period), String(row.concern_type), String(row.agency)];
      const value = restOf(period, type, agency);
      return row.concerns === null ? { terms: termsOf(period, type, agency), value, hidden: true, unpublished: true } : { terms: termsOf(period, type, agency), value, hidden: false };
    });
    const balances = months.map((m): Term[] => [...CONCERN_TYPES.map((t): Term => [atom(m, t, 'all'), 1]), ...AGENCIES.map((a): Term => [atom(m, 'all', a), -1])]);
    const truth = [...atoms.keys()].map((k) => {
      const [month, type, agency] = k.split('|') as [string, string, string];
      return restOf(month, type, agency);
    });
    expect(await auditJointly({ atoms: atoms.size, truth, balances, figures }, { k: K })).toEqual([]);

    // It bites: without the unfollowed concerns the year 2021 and May 2023 are shown; with
    // them (2 and 2 concerns about young people never followed up) they are hidden.
    const plain = await releaseConcerns(base, months, K);
    const figureOf = (rows: Row[], period: string) => rows.find((row) => key(row) === `${period}|all|all`)?.concerns;
    expect(figureOf(plain.yearly.rows, '2021')).not.toBeNull();
    expect(figureOf(release.yearly.rows, '2021')).toBeNull();
    expect(figureOf(plain.rows, '2023-05')).not.toBeNull();
    expect(figureOf(release.rows, '2023-05')).toBeNull();
  }, 300_000);
});
