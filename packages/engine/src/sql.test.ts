import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSelectSql, quoteIdentifier } from './sql.ts';

describe('quoteIdentifier', () => {
  it('double-quotes and doubles embedded quotes', () => {
    expect(quoteIdentifier('area')).toBe('"area"');
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});

describe('buildSelectSql', () => {
  it('puts every filter value in a parameter, never in the text', () => {
    const bound = buildSelectSql('dataset_1', {
      columns: ['year', 'value', 'area'],
      filters: [
        { column: 'indicator', values: ["neet'; DROP TABLE dataset_1; --"] },
        { column: 'area', values: ['Asker', 'Norge'] },
      ],
      orderBy: ['year'],
    });
    expect(bound.sql).toBe(
      'SELECT "year", "value", "area" FROM "dataset_1" WHERE "indicator" = ? AND "area" IN (?, ?) ORDER BY "year" ASC NULLS LAST',
    );
    expect(bound.params).toEqual(["neet'; DROP TABLE dataset_1; --", 'Asker', 'Norge']);
  });

  it('adds LIMIT only when asked', () => {
    expect(buildSelectSql('t', { columns: ['a'], limit: 5 }).sql).toBe('SELECT "a" FROM "t" LIMIT 5');
  });
});

// The generated SQL is proved by running it, with its parameters, through a real DuckDB.
describe('buildSelectSql against DuckDB', () => {
  let connection: DuckDBConnection;

  beforeAll(async () => {
    connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(`
      CREATE TABLE dataset_1 AS SELECT * FROM (VALUES
        (2019, 'Asker', 'neet', 10.1, 'x'),
        (2020, 'Asker', 'neet', 11.0, 'x'),
        (2020, 'Norge', 'neet', 11.0, 'y'),
        (2020, 'Borgen', 'neet', 14.2, 'z'),
        (2020, 'Asker', 'low_income', 7.5, 'x')
      ) AS t(year, area, indicator, value, "we""ird col")`);
  });

  afterAll(() => connection.closeSync());

  async function run(bound: ReturnType<typeof buildSelectSql>) {
    const reader = await connection.runAndReadAll(bound.sql, [...bound.params]);
    return reader.getRowObjectsJS();
  }

  it('filters with = and IN, orders, and returns the selected columns', async () => {
    const rows = await run(
      buildSelectSql('dataset_1', {
        columns: ['year', 'area', 'value'],
        filters: [
          { column: 'indicator', values: ['neet'] },
          { column: 'area', values: ['Asker', 'Norge'] },
        ],
        orderBy: ['year', 'area'],
      }),
    );
    expect(rows).toEqual([
      { year: 2019, area: 'Asker', value: 10.1 },
      { year: 2020, area: 'Asker', value: 11 },
      { year: 2020, area: 'Norge', value: 11 },
    ]);
  });

  it('treats an injection attempt as a value that matches nothing', async () => {
    const rows = await run(
      buildSelectSql('dataset_1', { columns: ['area'], filters: [{ column: 'area', values: ["x' OR '1'='1"] }] }),
    );
    expect(rows).toEqual([]);
    const all = await run(buildSelectSql('dataset_1', { columns: ['area'] }));
    expect(all).toHaveLength(5);
  });

  it('reads a column whose name holds a quote', async () => {
    const rows = await run(buildSelectSql('dataset_1', { columns: ['we"ird col'], limit: 1 }));
    expect(rows).toEqual([{ 'we"ird col': 'x' }]);
  });
});
