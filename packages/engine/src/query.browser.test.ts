// engine.query() in real Chromium over the real public files: when DuckDB-WASM starts,
// which connector answers, and disclosure control of grouped results, attacked.
import { describe, expect, it } from 'vitest';
import { duckdbStartCount, isDuckDBStarted } from './duckdb/instance.ts';
import { Engine } from './engine.ts';
import { cellReader } from './cells.ts';
import type { Row } from './rows.ts';

const INDICATORS = '/data/indicators.parquet';
const CASES = '/data/case_counts.parquet';

const wasmFetches = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    // The module that only exports the files' URLs (Vite's `?url`) is not the files.
    .filter((name) => /duckdb[^/]*\.(wasm|worker\.js)$/.test(new URL(name).pathname) && !new URL(name).search.includes('url'));

/** The file's raw rows, decoded in the page (no disclosure control): what the attack checks against. */
async function rawRows(engine: Engine, src: string, columns: string[]): Promise<Row[]> {
  const decoded = await engine.dataset(src).columns(columns);
  const readers = columns.map((name) => [name, cellReader(decoded.columns.get(name)!)] as const);
  return Array.from({ length: decoded.rowCount }, (_, index) => Object.fromEntries(readers.map(([name, read]) => [name, read(index)])));
}

describe('when DuckDB-WASM starts', () => {
  // First in this file (its own page): nothing before it has started DuckDB. The wasm is
  // fetched by the worker, so no worker script means no wasm either.
  it('never for queries the page answers: no worker script (and so no wasm) is fetched', async () => {
    const engine = new Engine();
    const areas = await engine.query({ from: INDICATORS, columns: ['area'], distinct: true, orderBy: ['area'] });
    const trend = await engine.query({
      from: INDICATORS,
      columns: ['year', 'value'],
      filters: [{ column: 'indicator', values: ['neet'] }, { column: 'area', values: ['Asker'] }, { column: 'year', range: { min: 2018 } }],
      orderBy: ['year'],
    });
    expect(areas.ranIn).toBe('page');
    expect(areas.rows.map((row) => row.area)).toContain('Norge');
    expect(trend.ranIn).toBe('page');
    expect(trend.rows.length).toBeGreaterThan(0);
    expect(isDuckDBStarted()).toBe(false);
    expect(duckdbStartCount()).toBe(0);
    expect(wasmFetches()).toEqual([]);
  });

  it('the first time a query needs SQL, and the answer is DuckDB\'s', async () => {
    const engine = new Engine();
    const result = await engine.query({
      from: INDICATORS,
      groupBy: ['area_level'],
      aggregates: [{ fn: 'count', as: 'rows' }, { fn: 'countDistinct', column: 'area', as: 'areas' }],
      filters: [{ column: 'indicator', values: ['neet'] }],
      orderBy: ['area_level'],
    });
    expect(result.ranIn).toBe('duckdb');
    expect(isDuckDBStarted()).toBe(true);
    expect(duckdbStartCount()).toBe(1);
    // The worker script is fetched by the page (the wasm then by the worker, out of this page's view).
    expect(wasmFetches().some((name) => name.endsWith('.worker.js'))).toBe(true);
    // The same figures counted here from the decoded file.
    const raw = (await rawRows(engine, INDICATORS, ['indicator', 'area_level', 'area'])).filter((row) => row.indicator === 'neet');
    const levels = [...new Set(raw.map((row) => row.area_level as string))].sort();
    expect(result.rows).toEqual(
      levels.map((level) => {
        const rows = raw.filter((row) => row.area_level === level);
        const count = rows.length;
        const areas = new Set(rows.map((row) => row.area)).size;
        // Counts 1..k-1 come back hidden, as any count would.
        return { area_level: level, rows: count < 5 ? null : count, areas: areas < 5 ? null : areas };
      }),
    );
  });

  it('on warmUp(), and a later page query still runs in the page', async () => {
    const engine = new Engine();
    await engine.warmUp();
    const result = await engine.query({ from: INDICATORS, columns: ['year'], limit: 1 });
    expect(result.ranIn).toBe('page');
  });
});

/**
 * A district figure by sex that the committed file hides (status ':'), found in the file
 * itself so that the attack follows the data when a release changes what is hidden.
 */
async function hiddenDistrictCell(engine: Engine): Promise<{ indicator: string; age_group: string; year: number; area: string; sex: string }> {
  const raw = await rawRows(engine, INDICATORS, ['indicator', 'age_group', 'year', 'area', 'area_level', 'sex', 'status']);
  const cell = raw.find((row) => row.status === ':' && row.area_level === 'district' && row.sex !== 'all');
  expect(cell, 'the committed indicator file hides at least one district figure by sex').toBeDefined();
  return cell as { indicator: string; age_group: string; year: number; area: string; sex: string };
}

describe('disclosure control of grouped results', () => {
  it('hides a sum that includes a cell the file hides (status ":"), so the published margin cannot give it back', async () => {
    const engine = new Engine();
    const hidden = await hiddenDistrictCell(engine);
    const where = [
      { column: 'indicator', values: [hidden.indicator] },
      { column: 'age_group', values: [hidden.age_group] },
      { column: 'year', values: [hidden.year] },
      { column: 'sex', values: ['female', 'male'] },
    ];
    const result = await engine.query({
      from: INDICATORS,
      groupBy: ['area'],
      aggregates: [{ fn: 'sum', column: 'numerator', as: 'count' }, { fn: 'sum', column: 'denominator', as: 'population' }],
      filters: where,
      orderBy: ['area'],
    });
    const index = result.rows.findIndex((row) => row.area === hidden.area);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(result.rows[index]!.count).toBeNull();
    expect(result.suppressed[index]!.has('count')).toBe(true);
    // The other districts' sums are shown where none of their cells is hidden.
    expect(result.rows.some((row) => row.count !== null)).toBe(true);
    expect(result.k).toBe(5);
  });

  it('with k=10, no visible sum of persons is 1..9 or includes a hidden or small cell, whatever the grouping', async () => {
    const engine = new Engine();
    const raw = await rawRows(engine, CASES, ['year', 'zone', 'district_group', 'age_band', 'sex', 'measure', 'persons', 'status']);
    for (const groupBy of [['year'], ['zone'], ['year', 'zone'], ['district_group', 'sex'], ['measure', 'age_band']]) {
      const result = await engine.query(
        { from: CASES, groupBy, aggregates: [{ fn: 'sum', column: 'persons', as: 'persons' }, { fn: 'count', as: 'cells' }], filters: [{ column: 'year', range: { min: 2019 } }] },
        { disclosure: { k: 10 } },
      );
      expect(result.k).toBe(10);
      result.rows.forEach((row, index) => {
        for (const figure of ['persons', 'cells']) {
          const value = row[figure];
          if (value === null) {
            expect(result.suppressed[index]!.has(figure)).toBe(true);
            continue;
          }
          expect(value === 0 || (value as number) >= 10, `${groupBy.join(',')} ${figure}=${value}`).toBe(true);
        }
        if (row.persons === null) return;
        const parts = raw.filter((cell) => (cell.year as number) >= 2019 && groupBy.every((name) => cell[name] === row[name]));
        for (const cell of parts) {
          expect(cell.status === ':' || cell.persons === null || ((cell.persons as number) > 0 && (cell.persons as number) < 10)).toBe(false);
        }
        expect(row.persons).toBe(parts.reduce((sum, cell) => sum + (cell.persons as number), 0));
      });
    }
  });

  it('a count per group of a record-level file cannot be worked out from the other groups and a total asked for separately', async () => {
    // The internal events file has no dimension metadata: the totals over each group-by
    // column (what the same query without that column returns) are treated as published.
    const EVENTS = '/data/internal/case_events.parquet';
    const engine = new Engine();
    const k = 10;
    const concerns = [{ column: 'event', values: ['concern'] }];
    let hiddenSeen = 0;
    for (const [groupBy, period] of [[['category'], '2025'], [['category', 'agency'], '2024'], [['agency', 'sex'], '2023'], [['month'], '2025']] as const) {
      const filters = [...concerns, { column: 'period', values: [period] }];
      const grouped = await engine.query({ from: EVENTS, groupBy: [...groupBy], aggregates: [{ fn: 'count', as: 'n' }], filters }, { disclosure: { k } });
      const raw = await rawRows(engine, EVENTS, ['event', 'period', ...groupBy]);
      const inFilter = raw.filter((row) => row.event === 'concern' && row.period === period);
      // Each line along each group-by column: the other columns fixed, its total as the attacker gets it.
      for (const axis of groupBy.keys()) {
        const others = groupBy.filter((_, index) => index !== axis);
        const lines = new Map<string, number[]>();
        grouped.rows.forEach((row, index) => {
          const key = JSON.stringify(others.map((other) => row[other]));
          lines.set(key, [...(lines.get(key) ?? []), index]);
        });
        for (const [key, members] of lines) {
          const hidden = members.filter((index) => grouped.rows[index]!.n === null);
          if (hidden.length === 0) continue;
          hiddenSeen += hidden.length;
          const fixed = JSON.parse(key) as (string | null)[];
          // The line's total as the engine publishes it: the same query without this column.
          const asked = await engine.query(
            { from: EVENTS, ...(others.length > 0 ? { groupBy: others } : {}), aggregates: [{ fn: 'count', as: 'n' }], filters },
            { disclosure: { k } },
          );
          const totalRow = asked.rows.find((row) => others.every((other, index) => row[other] === fixed[index]));
          if (totalRow?.n === null || totalRow === undefined) continue; // not published: the LP audit covers sums of lines
          const total = totalRow.n as number;
          expect(total).toBe(inFilter.filter((row) => others.every((other, index) => row[other] === fixed[index])).length);
          const shownSum = members.reduce((sum, index) => sum + ((grouped.rows[index]!.n as number | null) ?? 0), 0);
          // What the attacker learns: the hidden cells add up to total - shown, each at least 1.
          const secret = total - shownSum;
          expect(hidden.length, `${groupBy.join('×')} ${period} line ${key}: one hidden cell is given back by the total`).toBeGreaterThanOrEqual(2);
          // With shown cells left in the line, hiding more could always lift what the hidden ones
          // may hold to k (the engine's rule). A line hidden whole under a published total only
          // says its counts are small, which hiding says anyway; no count may be pinned exactly.
          const someShown = hidden.length < members.length;
          expect(secret - (hidden.length - 1), `${groupBy.join('×')} ${period} line ${key}: the hidden cells are pinned`).toBeGreaterThanOrEqual(someShown ? k : 2);
        }
      }
      // Every visible count is exact and at least k.
      grouped.rows.forEach((row) => {
        if (row.n === null) return;
        expect(row.n as number).toBeGreaterThanOrEqual(k);
        expect(row.n).toBe(inFilter.filter((cell) => groupBy.every((name) => cell[name] === row[name])).length);
      });
    }
    expect(hiddenSeen).toBeGreaterThan(0); // the attack had something to attack
  });

  it('hides a measure computed from a hidden value, and ranks only what is shown', async () => {
    const engine = new Engine();
    const hidden = await hiddenDistrictCell(engine);
    const result = await engine.query({
      from: INDICATORS,
      groupBy: ['area', 'year'],
      filters: [
        { column: 'indicator', values: [hidden.indicator] },
        { column: 'age_group', values: [hidden.age_group] },
        { column: 'sex', values: [hidden.sex] },
        { column: 'area_level', values: ['district'] },
        { column: 'year', range: { min: hidden.year - 1, max: hidden.year + 1 } },
      ],
      measures: [
        { kind: 'rate', as: 'share', numerator: 'numerator', denominator: 'denominator' },
        { kind: 'change', as: 'change', of: 'share', time: 'year' },
        { kind: 'rank', as: 'rank', of: 'share', within: 'year' },
      ],
      orderBy: ['area', 'year'],
    });
    expect(result.columns).toEqual(['area', 'year', 'share', 'share_low', 'share_high', 'change', 'rank']);
    const index = result.rows.findIndex((row) => row.area === hidden.area && row.year === hidden.year);
    expect(index).toBeGreaterThanOrEqual(0);
    for (const name of ['share', 'share_low', 'share_high', 'change', 'rank']) expect(result.suppressed[index]!.has(name)).toBe(true);
    // The next year's change would give the hidden share back.
    const next = result.rows.findIndex((row) => row.area === hidden.area && row.year === hidden.year + 1);
    if (next >= 0) expect(result.rows[next]!.change).toBeNull();
    // Ranks among the shown values of that year are 1..n with no gap left for the hidden one.
    const ranks = result.rows.filter((row) => row.year === hidden.year && row.rank !== null).map((row) => row.rank as number).sort((a, b) => a - b);
    expect(ranks[0]).toBe(1);
    expect(Math.max(...ranks)).toBeLessThanOrEqual(ranks.length);
    expect(Object.keys(result.rows[0]!)).toEqual(result.columns);
  });
});
