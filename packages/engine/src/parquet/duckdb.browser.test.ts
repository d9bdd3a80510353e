import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as duckdb from '@duckdb/duckdb-wasm';
import wasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import worker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { readColumnsAsArrow } from '../arrow/table.ts';
import { openParquet } from './index.ts';

// The end of the road for the decoder: a real DuckDB-WASM must see the types and values
// the pipeline wrote, with no Parquet extension (it cannot be downloaded here, nor in use).
let db: duckdb.AsyncDuckDB;
let conn: duckdb.AsyncDuckDBConnection;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.query(sql)).toArray().map((row) => row.toJSON() as Record<string, unknown>);
}

async function load(table: string, fixture: string, columns?: readonly string[]): Promise<void> {
  const file = await openParquet(`/test/fixtures/${fixture}`);
  const arrow = await readColumnsAsArrow(file, columns ?? file.info.columns.map((c) => c.name));
  await conn.insertArrowTable(arrow, { name: table });
}

beforeAll(async () => {
  const w = new Worker(worker);
  db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), w);
  await db.instantiate(wasm);
  await db.open({ query: { castBigIntToDouble: false } });
  conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false');
  await conn.query('SET autoload_known_extensions = false');
});

afterAll(async () => {
  await conn?.close();
  await db?.terminate();
});

describe('Arrow tables from the decoder in DuckDB-WASM', () => {
  it('runs with extension autoloading off', async () => {
    expect(await rows(`SELECT current_setting('autoinstall_known_extensions') AS install,
                              current_setting('autoload_known_extensions') AS load`)).toEqual([{ install: false, load: false }]);
  });

  it('gives DuckDB the types the pipeline wrote, and the values', async () => {
    await load('all_types', 'all-types.parquet');
    const types = await rows(`SELECT column_name, data_type FROM information_schema.columns
                              WHERE table_name = 'all_types' ORDER BY ordinal_position`);
    expect(Object.fromEntries(types.map((r) => [r.column_name, r.data_type]))).toEqual({
      i32: 'INTEGER', i64: 'BIGINT', f64: 'DOUBLE', f32: 'FLOAT', dec: 'DOUBLE', str: 'VARCHAR',
      bool: 'BOOLEAN', day: 'DATE', ts: 'TIMESTAMP', i16: 'INTEGER',
    });
    const values = await rows(`SELECT i32, i64::VARCHAR AS i64, f64, dec, str, bool, day::VARCHAR AS day, ts::VARCHAR AS ts
                               FROM all_types`);
    expect(values).toEqual([
      { i32: 1, i64: '10000000000', f64: 1.5, dec: 12.34, str: 'alpha', bool: true, day: '2020-01-31', ts: '2020-01-31 12:34:56.789' },
      { i32: -2, i64: '-9007199254740993', f64: -0, dec: -0.01, str: 'Bærum ø', bool: false, day: '1969-12-31', ts: '1969-12-31 23:59:59' },
      { i32: null, i64: null, f64: null, dec: null, str: null, bool: null, day: null, ts: null },
      { i32: 2147483647, i64: '9223372036854775807', f64: 1e300, dec: 99999999.99, str: '', bool: true, day: '2038-01-19', ts: '2038-01-19 03:14:07.123456' },
    ]);
    expect(await rows('SELECT sum(i64) > 9e18 AS big, count(*) FILTER (WHERE str IS NULL) AS nulls FROM all_types'))
      .toEqual([{ big: true, nulls: 1n }]);
  });

  it('answers the trend queries a widget asks', async () => {
    await load('trend', 'trend.parquet');
    expect(await rows(`SELECT area, count(*)::INTEGER AS years, count(value)::INTEGER AS known,
                              min(year) AS first, max(year) AS last, round(avg(value), 4) AS mean
                       FROM trend GROUP BY area ORDER BY area`)).toEqual([
      { area: 'Bergen', years: 11, known: 11, first: 2012, last: 2022, mean: 12.5 },
      { area: 'Oslo', years: 11, known: 10, first: 2012, last: 2022, mean: 13.85 },
    ]);
  });

  it('loads only the columns asked for', async () => {
    await load('trend_slim', 'trend.parquet', ['year', 'value']);
    const columns = await rows(`SELECT column_name FROM information_schema.columns WHERE table_name = 'trend_slim'`);
    expect(columns.map((r) => r.column_name)).toEqual(['year', 'value']);
  });

  it('loads a file of zero rows as an empty, typed table', async () => {
    await load('empty', 'empty.parquet');
    expect(await rows('SELECT count(*)::INTEGER AS n FROM empty')).toEqual([{ n: 0 }]);
    const types = await rows(`SELECT data_type FROM information_schema.columns WHERE table_name = 'empty' ORDER BY ordinal_position`);
    expect(types.map((r) => r.data_type)).toEqual(['INTEGER', 'VARCHAR', 'DOUBLE', 'VARCHAR']);
  });
});
