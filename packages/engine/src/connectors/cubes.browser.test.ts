// Pre-aggregated cubes through the whole engine, in Chromium with the real DuckDB-WASM over
// real Parquet files: a chart's grouped query asked again and again with another filter value
// is answered from a cube after the first ask, with the same rows and the same hidden cells
// (disclosure control applied to the final answer) as an engine without cubes.
import { describe, expect, it } from 'vitest';
import { Engine, type QueryResult } from '../engine.ts';
import type { Query } from '../model/query.ts';

const EVENTS = '/packages/engine/test/fixtures/events.parquet'; // make-events.mjs: 30 000 rows
const CASES = '/data/case_counts.parquet'; // 408 rows

const cubeTables = async (engine: Engine) => {
  const conn = await (await engine.duckdb()).connect();
  try {
    const result = await conn.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '%\\_cube\\_%' ESCAPE '\\'`);
    return result.toArray().map((row) => String(row.table_name));
  } finally {
    await conn.close();
  }
};

const answer = (result: QueryResult) => ({
  rows: result.rows,
  suppressed: result.suppressed.map((set) => [...set].sort()),
  k: result.k,
});

describe('cubes: a filter changed over and over', () => {
  it('gives what the file gives for every filter value, hidden cells included, at the file\'s k and at k=20', async () => {
    const engine = new Engine({ inPage: false });
    const plain = new Engine({ inPage: false, cubes: false });
    const areas = (await engine.query({ from: EVENTS, columns: ['area'], distinct: true, orderBy: ['area'] })).rows.map((row) => row.area as string);
    const categories = (await engine.query({ from: EVENTS, columns: ['category'], distinct: true })).rows.map((row) => row.category as string);
    expect(areas).toHaveLength(6);
    const before = await cubeTables(engine);
    // The benchmark's bars (events per category beside an area filter), and a second chart
    // (persons by year and sex beside a category filter and a year range).
    const bars = (area: string): Query => ({
      from: EVENTS,
      groupBy: ['category'],
      aggregates: [{ fn: 'count', as: 'events' }, { fn: 'sum', column: 'persons', as: 'persons' }],
      filters: [{ column: 'area', values: [area] }],
      orderBy: ['category'],
    });
    const years = (category: string, from: number): Query => ({
      from: EVENTS,
      groupBy: ['year', 'sex'],
      aggregates: [{ fn: 'sum', column: 'persons', as: 'persons' }, { fn: 'max', column: 'persons', as: 'most' }],
      filters: [{ column: 'category', values: [category] }, { column: 'year', range: { min: from } }],
      orderBy: ['year', 'sex'],
    });
    const queries = [...areas, 'Nowhere'].map(bars).concat(categories.flatMap((category) => [years(category, 2019), years(category, 2022)]));
    let hidden = 0;
    for (const k of [undefined, 20]) {
      const options = k === undefined ? {} : { disclosure: { k } };
      for (const query of queries) {
        const fromCube = await engine.query(query, options);
        const fromFile = await plain.query(query, options);
        expect(answer(fromCube), JSON.stringify(query.filters)).toEqual(answer(fromFile));
        hidden += fromCube.suppressed.filter((set) => set.size > 0).length;
      }
    }
    expect(hidden, 'the comparison covers hidden cells').toBeGreaterThan(0);
    // One cube per chart and disclosure setting (the cells' flags depend on k), built on the second ask.
    const built = (await cubeTables(engine)).filter((name) => !before.includes(name) && name.startsWith(`${engine.dataset(EVENTS).table}_`));
    expect(built).toHaveLength(4);
  });

  it('one cube serves the chart whichever of the low-cardinality columns it is filtered on, with the same rows', async () => {
    const engine = new Engine({ inPage: false });
    const plain = new Engine({ inPage: false, cubes: false });
    // The columns are decoded (and in DuckDB) as a filter's pickers would have them.
    await engine.dataset(EVENTS).columns(['area', 'sex', 'category', 'status']);
    const before = await cubeTables(engine);
    const bars = (filters: Query['filters']): Query => ({
      from: EVENTS,
      groupBy: ['category'],
      aggregates: [{ fn: 'count', as: 'events' }, { fn: 'sum', column: 'persons', as: 'persons' }],
      filters,
      orderBy: ['category'],
    });
    const walk: Query['filters'][] = [
      [{ column: 'area', values: ['Borgen'] }],
      [{ column: 'area', values: ['Tofte'] }], // the second ask: the cube is built here
      [{ column: 'sex', values: ['female'] }],
      [{ column: 'sex', values: ['male'] }],
      [{ column: 'sex', values: ['male'] }, { column: 'area', values: ['Borgen', 'Tofte'] }],
      [{ column: 'status', values: [':'] }, { column: 'sex', values: ['female'] }, { column: 'area', values: ['Tofte'] }],
    ];
    for (const filters of walk) {
      expect(answer(await engine.query(bars(filters), { disclosure: { k: 10 } })), JSON.stringify(filters)).toEqual(
        answer(await plain.query(bars(filters), { disclosure: { k: 10 } })),
      );
    }
    const built = (await cubeTables(engine)).filter((name) => !before.includes(name) && name.startsWith(`${engine.dataset(EVENTS).table}_`));
    expect(built).toHaveLength(1);
  });

  it('are not built over a small file (the public files), where a GROUP BY takes milliseconds', async () => {
    const engine = new Engine({ inPage: false });
    const before = await cubeTables(engine);
    for (const zone of ['1', '2', '3', 'all']) {
      await engine.query({ from: CASES, groupBy: ['year'], aggregates: [{ fn: 'sum', column: 'persons', as: 'persons' }], filters: [{ column: 'zone', values: [zone] }] });
    }
    expect((await cubeTables(engine)).filter((name) => !before.includes(name))).toEqual([]);
  });
});
