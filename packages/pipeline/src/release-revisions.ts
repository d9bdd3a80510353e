import { monthsBetween } from './case-calendar.ts';
import { FROM_ZONE_HIERARCHY, TO_ZONE_HIERARCHY, ZONE_HIERARCHY } from './case-model.ts';
import { yearOf } from './dates.ts';
import type { ReleaseFigures, ReleaseProblem } from './release-check.ts';
import { keyOfFields, rowFields } from './row-key.ts';

/**
 * What the revisions between two releases give away together.
 *
 * Figure by figure (release-check.ts), every shown figure may move by 0 or by k or more, and
 * still the hidden ones can be pinned down: the published files add up (a margin is the sum
 * of its categories, a year of its months), so their revisions add up too. Six concerns of
 * 2023 registered late, the year and violence each up by 5 or 6 and every other type shown
 * and unchanged but weapon and drugs, hidden in both releases, say that weapon and drugs
 * together moved by exactly 1: one late concern, and its type narrowed to two.
 *
 * A reader of both releases knows each revision of a figure shown in both. This file writes
 * down what they know of the rest, from the definitions our READMEs publish:
 * - every margin: a file's row with `all` (or a parent zone: orange_or_red = orange + red)
 *   in one column is the sum of the rows with that column's categories, the others alike;
 * - every concern figure of a year is the sum of its twelve months, and every 12-month
 *   window the sum of its months (concerns are events: each counted once, in one month).
 *   Counts of persons are not summed over time (one person is in many months).
 *
 * It then works out what follows, as that reader would: a sum with one revision unknown
 * gives it, and that may give the next (to a fixed point). Refused, when its absolute value
 * is 1..k-1:
 * - a hidden figure's revision so worked out ('revised-by-few-hidden');
 * - the revision of the hidden categories of a margin taken together, once the margin and
 *   the rest are known ('revised-together-by-few').
 *
 * It does not solve the whole system (a combination of three sums that pins two cells down
 * together is not found), and it reads only these files' sums: the indicators (rates a
 * publisher revises) are left out.
 */

type Hierarchy = Readonly<Record<string, readonly string[]>>;
/** A column whose `all` row is the sum of every other value's row. */
const EVERY_VALUE = 'every value' as const;

interface FileSums {
  readonly column: string;
  readonly margins: Readonly<Record<string, Hierarchy | typeof EVERY_VALUE>>;
}

const CONCERN_SUMS: FileSums = { column: 'concerns', margins: { concern_type: EVERY_VALUE, agency: EVERY_VALUE } };

/** The sums a reader of the register's files knows, file by file (data/README.md). */
export const FILE_SUMS: Readonly<Record<string, FileSums>> = {
  // A person-year has one main measure (`none` included: case-periods.ts), so measures add up.
  'case_counts.parquet': { column: 'persons', margins: { zone: ZONE_HIERARCHY, district_group: EVERY_VALUE, age_band: EVERY_VALUE, sex: EVERY_VALUE, measure: EVERY_VALUE } },
  'case_measures.parquet': { column: 'persons', margins: { measure: EVERY_VALUE } },
  'case_zones.parquet': { column: 'persons', margins: { zone: ZONE_HIERARCHY, district_group: EVERY_VALUE } },
  'case_demography.parquet': { column: 'persons', margins: { age_band: EVERY_VALUE, sex: EVERY_VALUE } },
  'case_monthly.parquet': { column: 'persons', margins: { zone: ZONE_HIERARCHY } },
  'zone_transitions.parquet': { column: 'persons', margins: { from_zone: FROM_ZONE_HIERARCHY, to_zone: TO_ZONE_HIERARCHY } },
  'case_moves.parquet': { column: 'moves', margins: { direction: EVERY_VALUE } },
  'concerns_monthly.parquet': CONCERN_SUMS,
  'concerns_yearly.parquet': CONCERN_SUMS,
  'concerns_rolling.parquet': CONCERN_SUMS,
};

const MONTHLY = 'concerns_monthly.parquet';

/** A figure: file, row key and count column, as one string. */
type Figure = string;
/** total = sum of parts. */
export interface Sum {
  readonly total: Figure;
  readonly parts: readonly Figure[];
}

const figure = (file: string, row: string, column: string): Figure => `${file}\u0000${row}\u0000${column}`;
const partsOf = (id: Figure) => id.split('\u0000') as [string, string, string];

/** Every sum a reader knows among the figures of one release (rows missing from it make no sum). */
export function knownSums(release: ReleaseFigures): Sum[] {
  const sums: Sum[] = [];
  for (const [file, rows] of release) {
    const spec = FILE_SUMS[file];
    if (!spec) continue;
    const values = new Map<string, Set<string>>();
    for (const row of rows.keys()) for (const [name, value] of rowFields(row)) values.set(name, (values.get(name) ?? new Set()).add(value));
    for (const row of rows.keys()) {
      const fields = rowFields(row);
      fields.forEach(([name, value], at) => {
        const margin = spec.margins[name];
        if (!margin) return;
        const parts = margin === EVERY_VALUE ? (value === 'all' ? [...values.get(name)!].filter((v) => v !== 'all') : undefined) : margin[value];
        if (!parts || parts.length === 0) return; // a column with only its total is no sum
        const partRows = parts.map((part) => keyOfFields(fields.map(([n, v], i) => [n, i === at ? part : v])));
        if (partRows.every((part) => rows.has(part))) {
          sums.push({ total: figure(file, row, spec.column), parts: partRows.map((part) => figure(file, part, spec.column)) });
        }
      });
    }
  }
  sums.push(...concernTimeSums(release));
  return sums;
}

/** A concern year is the sum of its twelve months; a rolling window the sum of its months. */
function concernTimeSums(release: ReleaseFigures): Sum[] {
  const monthly = release.get(MONTHLY);
  if (!monthly) return [];
  // Monthly rows by what they are about: period, type and agency.
  const about = (fields: ReadonlyArray<readonly [string, string]>, period: string) =>
    [period, ...fields.filter(([name]) => name === 'concern_type' || name === 'agency').map(([n, v]) => `${n}=${v}`)].join(' ');
  const monthRow = new Map<string, string>();
  for (const row of monthly.keys()) {
    const fields = rowFields(row);
    monthRow.set(about(fields, fields.find(([name]) => name === 'period')![1]), row);
  }
  const sums: Sum[] = [];
  const sumOver = (file: string, row: string, months: readonly string[]) => {
    const fields = rowFields(row);
    const parts = months.map((month) => monthRow.get(about(fields, month)));
    if (parts.every((part) => part !== undefined)) {
      sums.push({ total: figure(file, row, 'concerns'), parts: parts.map((part) => figure(MONTHLY, part!, 'concerns')) });
    }
  };
  for (const row of release.get('concerns_yearly.parquet')?.keys() ?? []) {
    const year = rowFields(row).find(([name]) => name === 'period')![1];
    sumOver('concerns_yearly.parquet', row, monthsBetween(Number(year), Number(year)));
  }
  for (const row of release.get('concerns_rolling.parquet')?.keys() ?? []) {
    const fields = new Map(rowFields(row));
    const [first, last] = [fields.get('first_period')!, fields.get('period')!];
    sumOver('concerns_rolling.parquet', row, monthsBetween(yearOf(first), yearOf(last)).filter((month) => month >= first && month <= last));
  }
  return sums;
}

/** The value of a figure in a release: a number, null when hidden, undefined when the row is not there. */
function valueIn(release: ReleaseFigures, id: Figure): number | null | undefined {
  const [file, row, column] = partsOf(id);
  return release.get(file)?.get(row)?.[column];
}

/** What the revisions between two releases give away together (see above). */
export function jointRevisions(previous: ReleaseFigures, next: ReleaseFigures, k: number): ReleaseProblem[] {
  const small = (revision: number) => Math.abs(revision) >= 1 && Math.abs(revision) < k;
  // Only the sums both releases have, over rows both publish.
  const sums = knownSums(next).filter((sum) => [sum.total, ...sum.parts].every((id) => valueIn(previous, id) !== undefined));
  const known = new Map<Figure, number>();
  for (const sum of sums) {
    for (const id of [sum.total, ...sum.parts]) {
      const [before, after] = [valueIn(previous, id), valueIn(next, id)];
      if (typeof before === 'number' && typeof after === 'number') known.set(id, after - before);
    }
  }
  const problems: ReleaseProblem[] = [];
  const report = (ids: readonly Figure[], revision: number, kind: ReleaseProblem['kind']) => {
    const [file, , column] = partsOf(ids[0]!);
    problems.push({ file, row: ids.map((id) => partsOf(id)[1]).join(' + '), column, kind, before: null, after: null, revision });
  };
  // A sum with one unknown revision gives it; that may complete another sum.
  for (let changed = true; changed; ) {
    changed = false;
    for (const sum of sums) {
      const unknown = [sum.total, ...sum.parts].filter((id) => !known.has(id));
      if (unknown.length !== 1) continue;
      const id = unknown[0]!;
      const partsKnown = sum.parts.reduce((total, part) => total + (known.get(part) ?? 0), 0);
      const revision = id === sum.total ? partsKnown : known.get(sum.total)! - partsKnown;
      known.set(id, revision);
      if (small(revision)) report([id], revision, 'revised-by-few-hidden');
      changed = true;
    }
  }
  // A margin known with several of its categories unknown: they moved together by the rest.
  for (const sum of sums) {
    if (!known.has(sum.total)) continue;
    const unknown = sum.parts.filter((part) => !known.has(part));
    if (unknown.length < 2) continue;
    const revision = known.get(sum.total)! - sum.parts.reduce((total, part) => total + (known.get(part) ?? 0), 0);
    if (small(revision)) report(unknown, revision, 'revised-together-by-few');
  }
  return problems;
}
