import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReleaseFigures, ReleaseProblem } from './release-check.ts';

/**
 * Every release published before, not only the last one.
 *
 * A reader keeps every file they ever downloaded. Checked against the last release only, a
 * figure published as 10, then 15, then 9 passes twice (+5, -6) and differs from the first
 * by 1. So the folder of a release keeps the figures of every earlier release that differs
 * from it, in `release-history.json`, and a new release is checked against each of them as
 * against the last.
 *
 * The file holds figures that were published, nothing else. It is still the operator's
 * record, not a public file: it can hold a release that was withdrawn (the demo server does
 * not serve it; data/README.md). It stores each earlier release as the rows that differ from
 * the release after it (or are not in it), newest first, so a register published month after
 * month, whose past rarely changes, keeps a small file. It names (by a hash) the figures of
 * the release it was written beside, and is refused beside any other. A first release sets
 * it aside under a dated name rather than deleting it.
 */
export const HISTORY_FILE = 'release-history.json';
/**
 * A profile's indicator file keeps its own (generate --profile): a folder that also holds a
 * register's release keeps both, each beside the figures it describes.
 */
export const INDICATOR_HISTORY_FILE = 'indicators.release-history.json';

type Rows = Record<string, Record<string, number | null>>;
/** An earlier release as what differs from the one after it. */
interface EarlierRelease {
  /** Rows of this release that are not in the one after it, or not the same there. */
  readonly rows: Record<string, Rows>;
  /** Rows of the release after it that this one did not have. */
  readonly absent: Record<string, string[]>;
}
interface HistoryFile {
  readonly note: string;
  /** The figures of the release it was written beside (a hash): a history read beside other figures is refused. */
  readonly describes: string;
  /** Newest first. */
  readonly earlier: readonly EarlierRelease[];
}

const NOTE =
  'The figures of every earlier release of this folder, for the release check (packages/pipeline/src/release-history.ts). The operator\u2019s record: do not publish it.';

const sameRow = (a: Readonly<Record<string, number | null>> | undefined, b: Readonly<Record<string, number | null>>) =>
  a !== undefined && Object.keys(b).length === Object.keys(a).length && Object.entries(b).every(([column, value]) => a[column] === value);

/** `older` as what differs from `newer`. */
function difference(older: ReleaseFigures, newer: ReleaseFigures): EarlierRelease {
  const rows: Record<string, Rows> = {};
  const absent: Record<string, string[]> = {};
  for (const [file, olderRows] of older) {
    const newerRows = newer.get(file);
    for (const [row, values] of olderRows) if (!sameRow(newerRows?.get(row), values)) (rows[file] ??= {})[row] = { ...values };
  }
  for (const [file, newerRows] of newer) {
    const olderRows = older.get(file);
    for (const row of newerRows.keys()) if (!olderRows?.has(row)) (absent[file] ??= []).push(row);
  }
  return { rows, absent };
}

/** The release `earlier` describes, from the one after it. */
function apply(newer: ReleaseFigures, earlier: EarlierRelease): ReleaseFigures {
  const files = new Set([...newer.keys(), ...Object.keys(earlier.rows)]);
  return new Map(
    [...files].map((file) => {
      const rows = new Map(newer.get(file) ?? []);
      for (const row of earlier.absent[file] ?? []) rows.delete(row);
      for (const [row, values] of Object.entries(earlier.rows[file] ?? {})) rows.set(row, values);
      return [file, rows];
    }),
  );
}

const isEmpty = (release: EarlierRelease) => Object.keys(release.rows).length === 0 && Object.keys(release.absent).length === 0;

/** A hash of a release's figures, files, rows and columns in a fixed order. */
export function figuresHash(figures: ReleaseFigures): string {
  const sorted = [...figures.keys()].sort().map((file) => {
    const rows = figures.get(file)!;
    return [file, [...rows.keys()].sort().map((row) => [row, Object.entries(rows.get(row)!).sort(([a], [b]) => a.localeCompare(b))])];
  });
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

export const hasHistory = (dir: string, file = HISTORY_FILE): boolean => existsSync(join(dir, file));

async function readHistory(dir: string, latest: ReleaseFigures, file: string): Promise<readonly EarlierRelease[]> {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<HistoryFile>;
  if (!Array.isArray(parsed.earlier)) throw new Error(`${path}: not a release history (no "earlier" list)`);
  // Rebuilt from other figures than its own, every earlier release would come out wrong.
  if (parsed.describes !== figuresHash(latest)) {
    throw new Error(`${path} was written beside another release than the one in ${dir} (a file restored or replaced by hand, or a move cut short): put the release it belongs to back, or start again with --first-release`);
  }
  return parsed.earlier;
}

/** The releases published before the one in `dir` (whose figures are `latest`), newest first. */
export async function earlierReleases(dir: string, latest: ReleaseFigures, file = HISTORY_FILE): Promise<ReleaseFigures[]> {
  const releases: ReleaseFigures[] = [];
  let newer = latest;
  for (const earlier of await readHistory(dir, latest, file)) {
    newer = apply(newer, earlier);
    releases.push(newer);
  }
  return releases;
}

/**
 * Every problem of `next` against the last release and each one before it (`compare` is the
 * release check), each named once, with how many releases back it was found first.
 */
export function compareWithEvery(
  compare: (previous: ReleaseFigures, next: ReleaseFigures) => ReleaseProblem[],
  releases: readonly ReleaseFigures[],
  next: ReleaseFigures,
): ReleaseProblem[] {
  const seen = new Set<string>();
  const problems: ReleaseProblem[] = [];
  releases.forEach((release, index) => {
    for (const problem of compare(release, next)) {
      const key = `${problem.file}\u0000${problem.row}\u0000${problem.column}\u0000${problem.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(index === 0 ? problem : { ...problem, releasesBack: index + 1 });
    }
  });
  return problems;
}

/**
 * Writes the history of the release now in `dir`: the one it replaced (`previous`, with its
 * own history `before`, newest first) when it differs, then those. A first release has none.
 */
export async function writeHistory(
  dir: string,
  next: ReleaseFigures,
  previous: ReleaseFigures | null,
  before: readonly ReleaseFigures[],
  file = HISTORY_FILE,
): Promise<void> {
  const chain = previous === null ? [] : [previous, ...before];
  const earlier: EarlierRelease[] = [];
  let newer = next;
  for (const release of chain) {
    const step = difference(release, newer);
    if (isEmpty(step)) continue; // the same figures as the release after it: nothing to keep
    earlier.push(step);
    newer = release;
  }
  if (earlier.length > 0) await writeFile(join(dir, file), `${JSON.stringify({ note: NOTE, describes: figuresHash(next), earlier } satisfies HistoryFile)}\n`);
}

/**
 * A history no longer in force (a first release over it) is kept beside it under a dated
 * name, never deleted: said to be a trial run, it may still be the record of what readers
 * hold. Returns the name it was kept under, or null when there was none.
 */
export async function setHistoryAside(dir: string, file = HISTORY_FILE, now = new Date()): Promise<string | null> {
  if (!hasHistory(dir, file)) return null;
  const name = file.replace(/\.json$/, `.until-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  await rename(join(dir, file), join(dir, name));
  return name;
}

/** Why a folder with a history and no release is refused. */
export const historyWithoutRelease = (dir: string, file = HISTORY_FILE) =>
  `${dir} keeps a release history (${file}) but not the release it belongs to: put the release back, name it with --previous <dir>, or say --first-release`;
