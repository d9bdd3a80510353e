// The engine in real Chromium over real Parquet, through the real DuckDB-WASM.
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { describe, expect, it } from 'vitest';
import { Engine } from './engine.ts';
import { getDuckDB } from './duckdb/instance.ts';
import type { EngineError } from './errors.ts';
import type { SelectQuery } from './query.ts';

const TREND = '/test/fixtures/trend.parquet';
const INDICATORS = '/test/fixtures/indicators-demo.parquet';
/** Every type the decoder reads (BIGINT beyond 2^53, DATE, TIMESTAMP with microseconds, FLOAT, DECIMAL), with NULLs. */
const ALL_TYPES = '/test/fixtures/all-types.parquet';

const neverStarts = () => new Promise<AsyncDuckDB>(() => undefined);

describe('Engine', () => {
  it('reads a registered dataset\'s schema and metadata from the file', async () => {
    const engine = new Engine();
    engine.register('trend', TREND);
    const info = await engine.schema('trend');
    expect(info.columns.map((column) => `${column.name}:${column.type}`)).toEqual([
      'year:integer',
      'area:string',
      'value:float',
      'indicator:string',
    ]);
    expect(info.rowCount).toBe(22);
  });

  it('answers the first query in the page, without waiting for DuckDB', async () => {
    const engine = new Engine({ duckdb: neverStarts });
    const result = await engine.select(TREND, {
      columns: ['year', 'value'],
      filters: [{ column: 'area', values: ['Bergen'] }, { column: 'year', values: ['2012', '2022'] }],
      orderBy: ['year'],
    });
    expect(result.ranIn).toBe('page');
    expect(result.rows).toEqual([
      { year: 2012, value: 10 },
      { year: 2022, value: 15 },
    ]);
  });

  it('gives the same rows in the page as in DuckDB-WASM, over the real datasets', async () => {
    const inPage = new Engine({ duckdb: neverStarts });
    const inDuckDB = new Engine({ answerBeforeDuckDB: false });
    const queries: [string, SelectQuery][] = [
      [ALL_TYPES, { columns: ['i32', 'i64', 'f64', 'f32', 'dec', 'str', 'bool', 'day', 'ts', 'i16'] }],
      [ALL_TYPES, { columns: ['str', 'ts', 'i64'], orderBy: ['str'], limit: 3 }],
      [TREND, { columns: ['year', 'area', 'value'], orderBy: ['area', 'year'] }],
      [TREND, { columns: ['value', 'year'], filters: [{ column: 'area', values: ['Oslo'] }], orderBy: ['value', 'year'] }],
      [
        INDICATORS,
        {
          columns: ['year', 'area', 'value', 'numerator', 'status', 'published'],
          filters: [
            { column: 'indicator', values: ['neet'] },
            { column: 'sex', values: ['all'] },
            { column: 'age_group', values: ['16-25'] },
          ],
          orderBy: ['area', 'year', 'area_level'],
        },
      ],
    ];
    for (const [src, query] of queries) {
      const page = await inPage.select(src, query);
      const duck = await inDuckDB.select(src, query);
      expect(page.ranIn).toBe('page');
      expect(duck.ranIn).toBe('duckdb');
      expect(page.rows.length).toBeGreaterThan(0);
      expect(page.rows).toEqual(duck.rows);
    }
  });

  it('answers a plain selection in the page even once DuckDB has started (same answer, always)', async () => {
    const engine = new Engine();
    await engine.warmUp();
    const first = await engine.select(TREND, { columns: ['year'], filters: [{ column: 'area', values: ['Oslo'] }], limit: 1 });
    expect(first.ranIn).toBe('page');
  });

  it('loads further columns into DuckDB on demand', async () => {
    const engine = new Engine({ inPage: false });
    const first = await engine.select(TREND, { columns: ['year'], filters: [{ column: 'area', values: ['Oslo'] }], limit: 1 });
    expect(first.ranIn).toBe('duckdb');
    const second = await engine.select(TREND, { columns: ['indicator', 'value'], orderBy: ['value'], limit: 1 });
    expect(second.rows).toEqual([{ indicator: 'neet', value: 10 }]);
  });

  it('keeps BIGINT counts as numbers and reports the SQL it runs', async () => {
    const engine = new Engine({ answerBeforeDuckDB: false });
    const result = await engine.select(INDICATORS, { columns: ['numerator'], filters: [{ column: 'area_level', values: ['country'] }], limit: 1 });
    expect(typeof result.rows[0]!.numerator === 'number' || result.rows[0]!.numerator === null).toBe(true);
    // "status" is read for disclosure control (the file has slt.k) and dropped from the rows.
    // The classifying columns (slt.dimensions) are read too, for the secondary audit.
    expect(result.sql).toMatch(/^SELECT "numerator", "status"(, "[a-z_]+")* FROM "dataset_\d+" WHERE "area_level" = \? ORDER BY rowid LIMIT \?$/);
    expect(result.params).toEqual(['country', 1]);
    expect(Object.keys(result.rows[0]!)).toEqual(['numerator']);
  });

  it('has one DuckDB-WASM for the whole page', async () => {
    expect(await getDuckDB()).toBe(await getDuckDB());
  });

  it('rejects an unknown column with the valid ones, before anything runs', async () => {
    const engine = new Engine({ duckdb: neverStarts });
    const error = (await engine.select(TREND, { columns: ['verdi'] }).catch((e: unknown) => e)) as EngineError;
    expect(error.code).toBe('unknown-column');
    expect(error.validColumns).toEqual(['year', 'area', 'value', 'indicator']);
  });

  it('reports a missing file as file-not-found', async () => {
    const engine = new Engine({ duckdb: neverStarts });
    const error = (await engine.select('/data/no-such-file.parquet', { columns: ['x'] }).catch((e: unknown) => e)) as EngineError;
    expect(error.code).toBe('file-not-found');
  });
});
