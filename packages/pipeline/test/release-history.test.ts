import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareReleases, type ReleaseFigures } from '../src/release-check.ts';
import { compareWithEvery, earlierReleases, HISTORY_FILE, setHistoryAside, writeHistory } from '../src/release-history.ts';

const K = 5;
const release = (rows: Record<string, number | null>): ReleaseFigures =>
  new Map([['concerns_yearly.parquet', new Map(Object.entries(rows).map(([key, value]) => [key, { concerns: value }]))]]);
const compare = (previous: ReleaseFigures, next: ReleaseFigures) => compareReleases(previous, next, K);

describe('every release published before', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slt-history-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds 10, then 15, then 9: each step passes, but the last differs from the first by 1', () => {
    const [first, second, third] = [10, 15, 9].map((value) => release({ 'period=2023 type=all': value }));
    expect(compare(second!, third!)).toEqual([]);
    expect(compareWithEvery(compare, [second!, first!], third!)).toEqual([
      { file: 'concerns_yearly.parquet', row: 'period=2023 type=all', column: 'concerns', kind: 'revised-by-few', before: 10, after: 9, releasesBack: 2 },
    ]);
  });

  it('names a problem once, against the last release it is found in first', () => {
    const [first, second, third] = [10, 10, 12].map((value) => release({ 'period=2023 type=all': value }));
    expect(compareWithEvery(compare, [second!, first!], third!)).toEqual([expect.objectContaining({ before: 10, after: 12 })]);
    expect(compareWithEvery(compare, [second!, first!], third!)[0]).not.toHaveProperty('releasesBack');
  });

  it('keeps each earlier release as what differs from the one after it, and gives every one back', async () => {
    // A year's figure revised, a period added each release, a row hidden in the first.
    const releases = [
      release({ 'period=2022 type=all': 30, 'period=2022 type=weapon': null }),
      release({ 'period=2022 type=all': 36, 'period=2022 type=weapon': null, 'period=2023 type=all': 12 }),
      release({ 'period=2022 type=all': 36, 'period=2022 type=weapon': null, 'period=2023 type=all': 12 }), // the same again
      release({ 'period=2022 type=all': 36, 'period=2022 type=weapon': null, 'period=2023 type=all': 20, 'period=2024 type=all': 7 }),
    ];
    // Publish them in turn, as generate does: each new one with the last and its history.
    let before: ReleaseFigures[] = [];
    for (let i = 1; i < releases.length; i += 1) {
      await writeHistory(dir, releases[i]!, releases[i - 1]!, before);
      before = await earlierReleases(dir, releases[i]!);
    }
    // The release that repeated its predecessor is not kept twice.
    expect(before).toEqual([releases[1], releases[0]]);
    const stored = JSON.parse(readFileSync(join(dir, HISTORY_FILE), 'utf8')) as { note: string; earlier: Array<{ rows: object; absent: object }> };
    expect(stored.note).toContain('do not publish it');
    expect(stored.earlier[0]).toEqual({ rows: { 'concerns_yearly.parquet': { 'period=2023 type=all': { concerns: 12 } } }, absent: { 'concerns_yearly.parquet': ['period=2024 type=all'] } });
    // Read beside other figures than its own (a file restored by hand), it is refused.
    await expect(earlierReleases(dir, releases[2]!)).rejects.toThrow(/release-history\.json was written beside another release than the one in .*: put the release it belongs to back, or start again with --first-release$/);
    // A first release over it: kept under a dated name, never deleted.
    await writeHistory(dir, releases[3]!, null, []);
    expect(await setHistoryAside(dir, HISTORY_FILE, new Date('2026-12-03T07:00:00Z'))).toBe('release-history.until-2026-12-03T07-00-00-000Z.json');
    expect(existsSync(join(dir, HISTORY_FILE))).toBe(false);
    expect(existsSync(join(dir, 'release-history.until-2026-12-03T07-00-00-000Z.json'))).toBe(true);
    expect(await earlierReleases(dir, releases[3]!)).toEqual([]);
    expect(await setHistoryAside(dir)).toBeNull();
  });
});
