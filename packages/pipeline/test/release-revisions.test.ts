import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { anonymiseRegister } from '../src/generate.ts';
import { generateRegister } from '../src/generate-register.ts';
import { openDuckDB } from '../src/parquet.ts';
import { silentProgress } from '../src/progress.ts';
import { compareReleases, describeProblems, readReleaseFigures, type ReleaseFigures } from '../src/release-check.ts';
import { FILE_SUMS, jointRevisions, knownSums } from '../src/release-revisions.ts';
import { TEST_KEY } from './helpers.ts';

const K = 5;
type Rows = Record<string, number | null>;
/** A release of a few files: file name (without .parquet), then row key, then the count. */
const release = (files: Record<string, Rows>): ReleaseFigures =>
  new Map(
    Object.entries(files).map(([file, rows]) => {
      const column = FILE_SUMS[`${file}.parquet`]!.column;
      return [`${file}.parquet`, new Map(Object.entries(rows).map(([key, value]) => [key, { [column]: value }]))];
    }),
  );
const types = ['violence', 'weapon', 'drugs', 'theft'];
/** A year of concerns by type (agency all), with the type total. */
const year = (all: number, byType: Record<string, number | null>): Rows => ({
  'period=2023 year=2023 concern_type=all agency=all': all,
  ...Object.fromEntries(types.map((type) => [`period=2023 year=2023 concern_type=${type} agency=all`, byType[type] ?? null])),
});

describe('what the revisions of two releases give away together', () => {
  it("finds the reviewer's case: six late concerns, every shown figure moved by 0 or 5+, weapon and drugs (hidden in both) by exactly 1", () => {
    const before = release({ concerns_yearly: year(40, { violence: 20, weapon: null, drugs: null, theft: 12 }) });
    const after = release({ concerns_yearly: year(46, { violence: 25, weapon: null, drugs: null, theft: 12 }) });
    expect(compareReleases(before, after, K)).toEqual([
      expect.objectContaining({
        kind: 'revised-together-by-few',
        row: 'period=2023 year=2023 concern_type=weapon agency=all + period=2023 year=2023 concern_type=drugs agency=all',
        revision: 1,
      }),
    ]);
    expect(describeProblems(compareReleases(before, after, K), K)).toContain('concern_type=drugs agency=all concerns: revised by 1, hidden, but the shown figures give their revision taken together, 1..4');
  });

  it("works out a hidden figure's revision through a chain of sums: orange = orange_or_red - red", () => {
    const zones = (oor: number, red: number, orange: number | null): Rows => ({
      'period=2024 year=2024 zone=orange_or_red district_group=all': oor,
      'period=2024 year=2024 zone=orange district_group=all': orange,
      'period=2024 year=2024 zone=red district_group=all': red,
    });
    // Red moved by 5, orange or red by 7: orange (hidden in both) by 2.
    const problems = jointRevisions(release({ case_zones: zones(20, 9, null) }), release({ case_zones: zones(27, 14, null) }), K);
    expect(problems).toEqual([expect.objectContaining({ kind: 'revised-by-few-hidden', row: 'period=2024 year=2024 zone=orange district_group=all', revision: 2 })]);
  });

  it('adds the months up: a year moved by 6 with January by 5 and March hidden says March moved by 1', () => {
    const months = (january: number, march: number | null): Rows =>
      Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => {
          const month = String(i + 1).padStart(2, '0');
          const value = i === 0 ? january : i === 2 ? march : 10;
          return [`period=2023-${month} year=2023 month=${i + 1} concern_type=all agency=all`, value];
        }),
      );
    const files = (yearTotal: number, january: number) => ({
      concerns_monthly: months(january, null),
      concerns_yearly: { 'period=2023 year=2023 concern_type=all agency=all': yearTotal },
    });
    const problems = jointRevisions(release(files(130, 10)), release(files(136, 15)), K);
    expect(problems).toEqual([expect.objectContaining({ kind: 'revised-by-few-hidden', row: expect.stringContaining('period=2023-03'), revision: 1 })]);
  });

  it("adds up the main measures (one per person-year, 'none' included): a privacy review's case from the committed 2025 figures", () => {
    const measures = (all: number, none: number): Rows => ({
      'period=2025 year=2025 measure=all': all,
      'period=2025 year=2025 measure=none': none,
      'period=2025 year=2025 measure=police_talk': 20,
      'period=2025 year=2025 measure=ambulant_youth_team': null,
      'period=2025 year=2025 measure=family_network_meeting': null,
    });
    // Six late person-years: all 46 -> 52, none 20 -> 25; the two hidden measures moved by 1.
    expect(jointRevisions(release({ case_measures: measures(46, 20) }), release({ case_measures: measures(52, 25) }), K)).toEqual([
      expect.objectContaining({ kind: 'revised-together-by-few', revision: 1, row: expect.stringContaining('measure=ambulant_youth_team') }),
    ]);
  });

  it('lets through revisions of 0 or k or more, also where worked out, and hidden figures nobody can work out', () => {
    const same = release({ concerns_yearly: year(40, { violence: 20, weapon: null, drugs: null, theft: 12 }) });
    expect(jointRevisions(same, same, K)).toEqual([]);
    // Weapon and drugs together by 6: five or more late concerns among two types.
    const bigger = release({ concerns_yearly: year(51, { violence: 25, weapon: null, drugs: null, theft: 12 }) });
    expect(jointRevisions(same, bigger, K)).toEqual([]);
    // The total hidden too: weapon + drugs is not known.
    const noTotal = (violence: number) => release({ concerns_yearly: { ...year(0, { violence, theft: 12 }), 'period=2023 year=2023 concern_type=all agency=all': null } });
    expect(jointRevisions(noTotal(20), noTotal(25), K)).toEqual([]);
  });
});

describe('the sums a reader knows are the files\u2019 own (native DuckDB)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slt-sums-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const key = TEST_KEY;

  it('every sum holds, to the person, in a release with k = 2 (the fewest hidden), and every file that shows figures has some', async () => {
    const connection = await openDuckDB();
    await anonymiseRegister(connection, generateRegister({ seed: 7, persons: 400 }), {
      config: { ...DEFAULT_CONFIG, k: 2 },
      dataDir: dir,
      progress: silentProgress,
      key,
      synthetic: false,
      previous: null,
    });
    const figures = await readReleaseFigures(connection, dir);
    const sums = knownSums(figures);
    const value = (id: string) => {
      const [file, row, column] = id.split('\u0000') as [string, string, string];
      return figures.get(file)!.get(row)![column];
    };
    const checked = new Map<string, number>();
    for (const sum of sums) {
      const [total, ...parts] = [sum.total, ...sum.parts].map(value);
      if (total === null || parts.some((part) => part === null)) continue; // withheld by design (months by type)
      expect(total, sum.total).toBe(parts.reduce((a, b) => a! + b!, 0));
      for (const file of new Set([sum.total, ...sum.parts].map((id) => id.split('\u0000')[0]!))) checked.set(file, (checked.get(file) ?? 0) + 1);
    }
    // Every column with an `all` row is a margin the reader adds up: none may be forgotten.
    const REGISTER_SUM_FILES = ['case_counts', 'case_zones', 'case_measures', 'case_demography', 'case_monthly', 'zone_transitions', 'case_moves', 'concerns_monthly', 'concerns_yearly', 'concerns_rolling'];
    expect(Object.keys(FILE_SUMS).sort()).toEqual(REGISTER_SUM_FILES.map((file) => `${file}.parquet`).sort());
    for (const file of Object.keys(FILE_SUMS)) {
      const withAll = new Set([...figures.get(file)!.keys()].flatMap((row) => row.split(' ').filter((pair) => pair.endsWith('=all')).map((pair) => pair.slice(0, -4))));
      expect([file, [...withAll].filter((column) => !(column in FILE_SUMS[file]!.margins))]).toEqual([file, []]);
    }
    // Every file that shows anything has sums checked (quarters and months are withheld whole).
    const showing = Object.keys(FILE_SUMS).filter((file) => [...figures.get(file)!.values()].some((row) => Object.values(row).some((v) => v !== null)));
    expect(showing.length).toBeGreaterThanOrEqual(6);
    for (const file of showing) expect(checked.get(file) ?? 0, file).toBeGreaterThan(0);
  }, 240_000);
});
