import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { quoteLiteral, readMetadata } from './parquet.ts';
import { jointRevisions } from './release-revisions.ts';
import { keyColumns, rowKey } from './row-key.ts';

/**
 * A new release against the one before it.
 *
 * Each release is audited on its own, but a reader keeps the files of earlier releases. Two
 * releases of the same register give away what neither gives alone:
 *
 * - a figure shown in both and **revised by 1..k-1** (a concern registered late, a case
 *   corrected) tells that so many people or events were added or taken away;
 * - a figure shown before and **hidden now** is still known from the earlier file, so the
 *   cells the new release hid around it may be recomputable;
 * - a figure hidden before and **shown now** hands a reader of the earlier file one of its
 *   unknowns, and with it, through that file's margins, perhaps the others.
 *
 * The check is conservative: a figure of a period already published keeps whether it is
 * shown, and a shown figure keeps its value or moves by k or more. A period both publish has
 * the same rows in both (a row gone or new means a classification changed, and old and new
 * rows would not be compared); new periods and periods no longer published are free. The
 * hidden figures' revisions that the shown ones and the files' sums give away are refused
 * the same way (release-revisions.ts). It covers the register's files (people, concerns,
 * moves) and the indicators' rows this pipeline suppresses: every district row (synthetic,
 * or a municipality's own figures) and every synthetic row. A municipal or national count an
 * agency published (SSB's, DST's) is left out: its revisions are its publisher's.
 */

/** A release's figures: file, then the row's key, then each count column's value (null when hidden or withheld). */
export type ReleaseFigures = ReadonlyMap<string, ReadonlyMap<string, Readonly<Record<string, number | null>>>>;

export type ReleaseProblemKind =
  | 'file-gone'
  | 'column-gone'
  | 'revised-by-few'
  | 'hidden-now'
  | 'shown-now'
  | 'row-gone'
  | 'row-new'
  | 'revised-by-few-hidden'
  | 'revised-together-by-few';

export interface ReleaseProblem {
  readonly file: string;
  /** The row, as `column=value` pairs. */
  readonly row: string;
  readonly column: string;
  readonly kind: ReleaseProblemKind;
  readonly before: number | null;
  readonly after: number | null;
  /** For what the revisions give away together (release-revisions.ts): the revision worked out. */
  readonly revision?: number;
  /** Found against a release before the last one (2: the one before the last; release-history.ts). */
  readonly releasesBack?: number;
}

/** The register's public files: the ones two releases of the same register are compared on. */
export const REGISTER_FILES = [
  'case_counts.parquet',
  'case_zones.parquet',
  'case_measures.parquet',
  'case_demography.parquet',
  'case_monthly.parquet',
  'case_meetings.parquet',
  'zone_transitions.parquet',
  'case_moves.parquet',
  'concerns_monthly.parquet',
  'concerns_yearly.parquet',
  'concerns_rolling.parquet',
] as const;

/**
 * The indicator file: compared on its rows this pipeline suppresses (districts, synthetic
 * figures), each keyed by what it is about (not by its display name, unit or credit, which
 * may be reworded).
 */
export const INDICATOR_FILE = {
  file: 'indicators.parquet',
  keys: ['indicator', 'area_code', 'sex', 'age_group', 'period'],
  where: "area_level = 'district' OR published IS NOT TRUE",
} as const;

/** Where a release was published: its public files beside its disclosure report. */
export const isRelease = (dir: string): boolean => existsSync(join(dir, 'disclosure-report.json'));

/**
 * The figures of the register's files in `dir` (those present). A row's key is its text and
 * whole-number columns other than the counts, the status and display names (`*_name`: a
 * renamed district group is the same row), i.e. period, zone, age band, ...
 */
export async function readReleaseFigures(connection: DuckDBConnection, dir: string): Promise<ReleaseFigures> {
  const figures = new Map<string, Map<string, Record<string, number | null>>>();
  const specs: Array<{ file: string; keys?: readonly string[]; where?: string }> = [...REGISTER_FILES.map((file) => ({ file })), INDICATOR_FILE];
  // A public file the check does not read would be published unchecked.
  const known = new Set(specs.map((spec) => spec.file));
  const unknown = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.parquet') && !known.has(name)) : [];
  if (unknown.length > 0) throw new Error(`${dir}: ${unknown.join(', ')} not read by the release check; add it to REGISTER_FILES (release-check.ts) before publishing it`);
  for (const spec of specs) {
    const { file } = spec;
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const counts = ((await readMetadata(connection, path))['slt.count_columns'] ?? '').split(',').filter(Boolean);
    if (counts.length === 0) throw new Error(`${path}: no slt.count_columns; is it a public file of this pipeline?`);
    const schema = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quoteLiteral(path)})`)).getRowObjectsJS();
    const keys = spec.keys ?? keyColumns(schema.map((column) => ({ name: String(column.column_name), type: String(column.column_type) })), counts);
    const rows = new Map<string, Record<string, number | null>>();
    const where = spec.where ? ` WHERE ${spec.where}` : '';
    for (const row of (await connection.runAndReadAll(`SELECT * FROM read_parquet(${quoteLiteral(path)})${where}`)).getRowObjectsJS()) {
      const key = rowKey(keys, row, path);
      rows.set(key, Object.fromEntries(counts.map((name) => [name, row[name] === null || row[name] === undefined ? null : Number(row[name])])));
    }
    figures.set(file, rows);
  }
  return figures;
}

/** A row key's period (`period=2024`), or undefined. */
const periodOf = (row: string): string | undefined => /(?:^| )period=(\S*)/.exec(row)?.[1];

/**
 * Rows of a register file that are in one release and not the other, for a period both
 * publish. A register file has the same rows in every period (zeros included), so such a row
 * means a classification changed (district groups regrouped): the old row and the new ones
 * are not compared, and their difference may be a small group (23 people in old group G3,
 * 20 in the new G3' without one district: that district had 3).
 */
function changedRows(file: string, before: ReadonlyMap<string, unknown>, after: ReadonlyMap<string, unknown>): ReleaseProblem[] {
  if (file === INDICATOR_FILE.file) return []; // an indicator or age group added has rows of its own
  const periodsBefore = new Set([...before.keys()].map(periodOf));
  const periodsAfter = new Set([...after.keys()].map(periodOf));
  const row = (kind: ReleaseProblemKind, key: string): ReleaseProblem => ({ file, row: key, column: '', kind, before: null, after: null });
  return [
    ...[...before.keys()].filter((key) => periodsAfter.has(periodOf(key)) && !after.has(key)).map((key) => row('row-gone', key)),
    ...[...after.keys()].filter((key) => periodsBefore.has(periodOf(key)) && !before.has(key)).map((key) => row('row-new', key)),
  ];
}

/** Every figure the two releases together give away, by the rules above. */
export function compareReleases(previous: ReleaseFigures, next: ReleaseFigures, k: number): ReleaseProblem[] {
  const problems: ReleaseProblem[] = [];
  // A register file or count column published before and gone now: its figures would be
  // compared with nothing (a file renamed, a column renamed).
  const gone = (file: string, column: string, kind: ReleaseProblemKind): ReleaseProblem => ({ file, row: '', column, kind, before: null, after: null });
  for (const file of previous.keys()) if ((REGISTER_FILES as readonly string[]).includes(file) && !next.has(file)) problems.push(gone(file, '', 'file-gone'));
  for (const [file, rows] of next) {
    const before = previous.get(file);
    if (!before) continue;
    const columns = (release: ReadonlyMap<string, Readonly<Record<string, unknown>>>) => new Set([...release.values()].flatMap((row) => Object.keys(row)));
    const now = columns(rows);
    for (const column of columns(before)) if (rows.size > 0 && !now.has(column)) problems.push(gone(file, column, 'column-gone'));
    problems.push(...changedRows(file, before, rows));
    for (const [row, values] of rows) {
      const old = before.get(row);
      if (!old) continue;
      for (const [column, after] of Object.entries(values)) {
        if (!(column in old)) continue;
        const was = old[column]!;
        const kind: ReleaseProblemKind | null =
          was !== null && after === null
            ? 'hidden-now'
            : was === null && after !== null
              ? 'shown-now'
              : was !== null && after !== null && Math.abs(after - was) >= 1 && Math.abs(after - was) < k
                ? 'revised-by-few'
                : null;
        if (kind) problems.push({ file, row, column, kind, before: was, after });
      }
    }
  }
  return [...problems, ...jointRevisions(previous, next, k)];
}

const WHAT: Record<ReleaseProblemKind, string> = {
  'file-gone': 'a register file published before is not in this release (renamed? its figures would be compared with nothing)',
  'column-gone': 'a count column published before is not in this release (renamed? its figures would be compared with nothing)',
  'revised-by-few': 'revised by 1..k-1 (the revision counts so many people or events)',
  'hidden-now': 'shown before, hidden now (the earlier file still shows it)',
  'shown-now': 'hidden before, shown now (a reader of the earlier file gets one of its unknowns)',
  'row-gone': 'a row of a period both releases publish is gone (a classification changed; old and new rows are not compared)',
  'row-new': 'a new row for a period the earlier release published (a classification changed; old and new rows are not compared)',
  'revised-by-few-hidden': 'hidden, but the shown figures and the sums they are in give its revision, 1..k-1',
  'revised-together-by-few': 'hidden, but the shown figures give their revision taken together, 1..k-1',
};

/** Each kind in a few words, for the tally. */
const SHORT: Record<ReleaseProblemKind, string> = {
  'file-gone': 'file gone',
  'column-gone': 'column gone',
  'revised-by-few': 'revised by a few',
  'hidden-now': 'hidden now, shown before',
  'shown-now': 'shown now, hidden before',
  'row-gone': 'row gone',
  'row-new': 'row new',
  'revised-by-few-hidden': 'hidden, revised by a few (worked out)',
  'revised-together-by-few': 'hidden together, revised by a few (worked out)',
};

/**
 * What the operator reads when the check fails. It names figures and their values: it goes to
 * the operator's terminal only, as the other operator counts do, never into a published file.
 */
export function describeProblems(problems: readonly ReleaseProblem[], k: number, limit = 20): string {
  const lines = problems
    .slice(0, limit)
    .map((p) => {
      const back = p.releasesBack ? ` (against the release ${p.releasesBack} back)` : '';
      const what = WHAT[p.kind].replace('k-1', String(k - 1)) + back;
      if (p.kind === 'file-gone') return `  ${p.file}: ${what}`;
      if (p.kind === 'column-gone') return `  ${p.file} ${p.column}: ${what}`;
      if (p.kind === 'row-gone' || p.kind === 'row-new') return `  ${p.file} ${p.row}: ${what}`;
      if (p.revision !== undefined) return `  ${p.file} ${p.row} ${p.column}: revised by ${p.revision}, ${what}`;
      return `  ${p.file} ${p.row} ${p.column}: ${p.before ?? 'hidden'} -> ${p.after ?? 'hidden'}, ${what}`;
    });
  const more = problems.length > limit ? [`  ... and ${problems.length - limit} more`] : [];
  const tally = new Map<string, number>();
  for (const p of problems) tally.set(`${p.file}: ${SHORT[p.kind]}`, (tally.get(`${p.file}: ${SHORT[p.kind]}`) ?? 0) + 1);
  return [
    `this release and the one published before it would give away ${problems.length} figure(s) together`,
    ...[...tally].map(([what, n]) => `  ${what} ${n}`),
    'First of them:',
    ...lines,
    ...more,
    'The previous release is left as it was. If it was never published (a trial run, another k), move it out of the folder and run again with --first-release.',
    'Otherwise keep it, or hold the new release back until the revisions are 0 or at least k (why, and what to do: packages/pipeline/README.md, "When a release is refused").',
    ...(problems.some((p) => p.kind === 'row-gone' || p.kind === 'row-new')
      ? ['Rows gone or new mean a classification changed: keep the old one for periods already published, or check by hand that no old and new group differ by 1..k-1 before --first-release.']
      : []),
  ].join('\n');
}

export class ReleaseCheckError extends Error {
  constructor(readonly problems: readonly ReleaseProblem[], k: number) {
    super(describeProblems(problems, k));
    this.name = 'ReleaseCheckError';
  }
}
