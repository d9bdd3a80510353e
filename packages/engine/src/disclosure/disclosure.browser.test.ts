// Disclosure control over the real public files, through the real DuckDB-WASM and in the page.
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { describe, expect, it } from 'vitest';
import { Engine, type QueryResult } from '../engine.ts';
import type { SelectQuery } from '../query.ts';
import type { Row } from '../rows.ts';
import { publishedMargin } from './margin.ts';
import type { SelectOptions } from './options.ts';

const CASES = '/data/case_counts.parquet';
const TRANSITIONS = '/data/zone_transitions.parquet';
const INDICATORS = '/test/fixtures/indicators-demo.parquet';
const GROUPS = ['3203-G1', '3203-G2', '3203-G3', '3203-G4', 'all'];

const neverStarts = () => new Promise<AsyncDuckDB>(() => undefined);
const inPage = new Engine({ duckdb: neverStarts });
const inDuckDB = new Engine({ answerBeforeDuckDB: false });

const eq = (column: string, value: string | number) => ({ column, values: [value] });

/** The queries the SLT widgets make: one table per year (or quarter) with its totals. */
const WIDGET_QUERIES: Array<{ name: string; src: string; query: SelectQuery; dims: string[]; by: string[] }> = [
  ...GROUPS.map((group) => ({
    name: `zones per year, district group ${group}`,
    src: CASES,
    query: {
      columns: ['year', 'zone', 'persons'],
      filters: [eq('district_group', group), eq('age_band', 'all'), eq('sex', 'all'), eq('measure', 'all')],
      orderBy: ['year', 'zone'],
    },
    dims: ['zone'],
    by: ['year'],
  })),
  {
    name: 'zone transitions per quarter',
    src: TRANSITIONS,
    query: { columns: ['period', 'from_zone', 'to_zone', 'persons'], orderBy: ['period', 'from_zone', 'to_zone'] },
    dims: ['from_zone', 'to_zone'],
    by: ['period'],
  },
  {
    name: 'measures per year',
    src: CASES,
    query: {
      columns: ['year', 'measure', 'persons'],
      filters: [eq('district_group', 'all'), eq('zone', 'all'), eq('age_band', 'all'), eq('sex', 'all')],
      orderBy: ['year', 'measure'],
    },
    dims: ['measure'],
    by: ['year'],
  },
  {
    name: 'sex by age band in 2024',
    src: CASES,
    query: {
      columns: ['age_band', 'sex', 'persons'],
      filters: [eq('year', 2024), eq('district_group', 'all'), eq('zone', 'all'), eq('measure', 'all')],
    },
    dims: ['age_band', 'sex'],
    by: [],
  },
];

function smallVisible(result: QueryResult, k: number): Row[] {
  return result.rows.filter((row) => typeof row.persons === 'number' && row.persons >= 1 && row.persons < k);
}

/** Margin groups in which exactly one member is hidden: that one is the margin minus the rest. */
function loneHidden(result: QueryResult, dims: string[], by: string[]): string[] {
  const key = (row: Row, skip: string) => JSON.stringify([...by, ...dims.filter((d) => d !== skip)].map((c) => row[c]));
  const problems: string[] = [];
  for (const dim of dims) {
    const groups = new Map<string, number[]>();
    result.rows.forEach((row, index) => groups.set(key(row, dim), [...(groups.get(key(row, dim)) ?? []), index]));
    for (const [group, members] of groups) {
      const hidden = members.filter((index) => result.suppressed[index]!.has('persons'));
      if (members.length > 1 && hidden.length === 1) problems.push(`${dim} ${group}`);
    }
  }
  return problems;
}

const hiddenCount = (result: QueryResult) => result.suppressed.filter((set) => set.has('persons')).length;

describe('disclosure control over the real public datasets', () => {
  for (const { name, src, query, dims, by } of WIDGET_QUERIES) {
    it(`${name}: nothing 1..k-1 shown, nothing recomputable, k raised to 10 hides more, k 2 changes nothing`, async () => {
      const standard = await inDuckDB.select(src, query);
      expect(standard.k).toBe(5);
      expect(standard.rows.length).toBeGreaterThan(0);
      expect(smallVisible(standard, 5)).toEqual([]);
      expect(loneHidden(standard, dims, by)).toEqual([]);
      // Hidden is null and marked, never 0.
      standard.rows.forEach((row, index) => expect(row.persons === null).toBe(standard.suppressed[index]!.has('persons')));

      const raised = await inDuckDB.select(src, query, { disclosure: { k: 10 } });
      expect(raised.k).toBe(10);
      expect(smallVisible(raised, 10)).toEqual([]);
      expect(loneHidden(raised, dims, by)).toEqual([]);
      // More is hidden wherever k = 5 showed a count of 5..9, and where the parts hidden beside
      // a shown total could only be under 10 together (e.g. orange + red = 7: yellow goes too).
      const mid = standard.rows.filter((row) => typeof row.persons === 'number' && row.persons >= 5 && row.persons < 10);
      if (mid.length > 0) expect(hiddenCount(raised)).toBeGreaterThan(hiddenCount(standard));
      else expect(hiddenCount(raised)).toBeGreaterThanOrEqual(hiddenCount(standard));
      if (src === TRANSITIONS) {
        // The current release withholds every transition count (status ':', data/README.md):
        // nothing is shown, so there is no 5..9 for k = 10 to hide. Checked, not assumed.
        expect(hiddenCount(standard)).toBe(standard.rows.length);
        expect(standard.rows.every((row) => row.persons === null)).toBe(true);
        expect(mid).toEqual([]);
      }
      standard.suppressed.forEach((set, index) => set.has('persons') && expect(raised.suppressed[index]!.has('persons')).toBe(true));

      const lowered = await inDuckDB.select(src, query, { disclosure: { k: 2 } });
      expect(lowered.k).toBe(5);
      expect(lowered.rows).toEqual(standard.rows);
      expect(lowered.suppressed).toEqual(standard.suppressed);
    });
  }

  it('answers the same, hidden cells included, in the page as in DuckDB-WASM', async () => {
    const options: SelectOptions[] = [{}, { disclosure: { k: 10 } }];
    for (const { src, query } of WIDGET_QUERIES) {
      for (const option of options) {
        const page = await inPage.select(src, query, option);
        const duck = await inDuckDB.select(src, query, option);
        expect(page.ranIn).toBe('page');
        expect(duck.ranIn).toBe('duckdb');
        expect(page.rows).toEqual(duck.rows);
        expect(page.suppressed).toEqual(duck.suppressed);
        expect(page.k).toBe(duck.k);
      }
    }
  });

  it('gives the published "all" total, not the sum of what is visible', async () => {
    const query = WIDGET_QUERIES[0]!.query; // zones per year in 3203-G1
    const result = await inPage.select(CASES, query, { disclosure: { k: 10 } });
    let seenHiddenPart = false;
    for (const year of new Set(result.rows.map((row) => row.year))) {
      const total = publishedMargin(result, { year: year ?? null, zone: 'all' }, 'persons');
      const alone = await inPage.select(CASES, {
        columns: ['persons'],
        filters: [...query.filters!, eq('year', year as number), eq('zone', 'all')],
      });
      expect(total).toEqual(alone.suppressed[0]!.has('persons') ? { hidden: true, value: null, symbol: ':' } : { hidden: false, value: alone.rows[0]!.persons });
      const parts = result.rows.flatMap((row, index) => (row.year === year && row.zone !== 'all' ? [index] : []));
      if (!total!.hidden && parts.some((index) => result.suppressed[index]!.has('persons'))) {
        seenHiddenPart = true;
        const visibleSum = parts.reduce((sum, index) => sum + ((result.rows[index]!.persons as number | null) ?? 0), 0);
        expect(total!.value).toBeGreaterThan(visibleSum);
      }
    }
    expect(seenHiddenPart).toBe(true);
  });

  it('marks hidden the counts and rates of a confidential indicator row, even when the query leaves out status', async () => {
    const result = await inDuckDB.select(INDICATORS, { columns: ['indicator', 'area', 'period', 'sex', 'value'] });
    const full = await inDuckDB.select(INDICATORS, { columns: ['indicator', 'area', 'period', 'sex', 'value', 'status'] });
    expect(result.rows[0]).not.toHaveProperty('status');
    const confidential = full.rows.flatMap((row, index) => (row.status === ':' ? [index] : []));
    expect(confidential.length).toBeGreaterThan(0);
    for (const index of confidential) {
      expect(result.rows[index]!.value).toBeNull();
      expect(result.suppressed[index]!.has('value')).toBe(true);
    }
  });
});
