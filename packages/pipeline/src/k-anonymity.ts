/**
 * k-anonymity of record-level outputs: every combination of the quasi-identifiers
 * (age band, sex, area, period) must cover at least k different people. When it does not,
 * the records are generalised step by step (districts merged into district groups, then
 * the municipality; age bands widened); when even the coarsest step fails, nothing is
 * written and the failing groups are named.
 */
export const QUASI_IDENTIFIERS = ['age_band', 'sex', 'area', 'period'] as const;
export type QuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number];

export type QuasiRecord = Readonly<Record<QuasiIdentifier, string>> & { readonly pseudonym: string };

export interface FailingGroup {
  readonly age_band: string;
  readonly sex: string;
  readonly area: string;
  readonly period: string;
  readonly persons: number;
}

/** Combinations of quasi-identifiers covering fewer than k distinct people. */
export function failingGroups(records: readonly QuasiRecord[], k: number): FailingGroup[] {
  const people = new Map<string, Set<string>>();
  for (const record of records) {
    const key = QUASI_IDENTIFIERS.map((q) => record[q]).join('\u001f');
    const set = people.get(key) ?? new Set<string>();
    set.add(record.pseudonym);
    people.set(key, set);
  }
  const failing: FailingGroup[] = [];
  for (const [key, set] of people) {
    if (set.size >= k) continue;
    const [age_band, sex, area, period] = key.split('\u001f') as [string, string, string, string];
    failing.push({ age_band, sex, area, period, persons: set.size });
  }
  return failing.sort(
    (a, b) => a.period.localeCompare(b.period) || a.area.localeCompare(b.area) || a.age_band.localeCompare(b.age_band) || a.sex.localeCompare(b.sex),
  );
}

export interface GeneralisationLevel<T> {
  readonly name: string;
  readonly describe: string;
  readonly apply: (record: T) => QuasiRecord;
}

export interface GeneralisationAttempt {
  readonly level: string;
  readonly describe: string;
  readonly failing: readonly FailingGroup[];
}

export class KAnonymityError extends Error {
  override readonly name = 'KAnonymityError';
  constructor(
    readonly k: number,
    readonly attempts: readonly GeneralisationAttempt[],
  ) {
    const last = attempts[attempts.length - 1];
    const shown = (last?.failing ?? []).slice(0, 10).map(formatGroup).join('; ');
    super(
      `refusing to write record-level data: not ${k}-anonymous even at the coarsest level (${last?.level}). ` +
        `${last?.failing.length} failing group(s): ${shown}${(last?.failing.length ?? 0) > 10 ? '; ...' : ''}`,
    );
  }
}

export function formatGroup(group: FailingGroup): string {
  return `${group.period} ${group.area} ${group.sex} ${group.age_band} (${group.persons} person${group.persons === 1 ? '' : 's'})`;
}

/** The finest level at which the records are k-anonymous, with every attempt on the way. */
export function generalise<T>(records: readonly T[], k: number, levels: readonly GeneralisationLevel<T>[]) {
  const attempts: GeneralisationAttempt[] = [];
  for (const level of levels) {
    const generalised = records.map(level.apply);
    const failing = failingGroups(generalised, k);
    attempts.push({ level: level.name, describe: level.describe, failing });
    if (failing.length === 0) return { level, generalised, attempts };
  }
  throw new KAnonymityError(k, attempts);
}
