import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { Bool, Float64, Int32, tableFromArrays, Utf8, vectorFromArray, Table } from 'apache-arrow';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunLocally, runLocally } from './local-query.ts';
import type { ColumnInfo } from './parquet/index.ts';
import type { SelectQuery } from './query.ts';
import { buildSelectSql } from './sql.ts';

const COLUMNS: ColumnInfo[] = [
  { name: 'area', type: 'string' },
  { name: 'year', type: 'integer' },
  { name: 'value', type: 'float' },
  { name: 'published', type: 'boolean' },
];

interface Record {
  area: string | null;
  year: number | null;
  value: number | null;
  published: boolean | null;
}

function arrowTable(records: readonly Record[]): Table {
  return new Table({
    area: vectorFromArray(records.map((r) => r.area), new Utf8()),
    year: vectorFromArray(records.map((r) => r.year), new Int32()),
    value: vectorFromArray(records.map((r) => r.value), new Float64()),
    published: vectorFromArray(records.map((r) => r.published), new Bool()),
  });
}

describe('runLocally', () => {
  const table = tableFromArrays({
    area: ['Asker', 'Norge', 'Asker', 'Borgen'],
    year: Int32Array.from([2021, 2020, 2020, 2020]),
  });

  it('filters, orders and selects like the SQL would', () => {
    const query: SelectQuery = {
      columns: ['year', 'area'],
      filters: [{ column: 'area', values: ['Asker', 'Norge'] }],
      orderBy: ['area', 'year'],
    };
    expect(runLocally(table, query)).toEqual([
      { year: 2020, area: 'Asker' },
      { year: 2021, area: 'Asker' },
      { year: 2020, area: 'Norge' },
    ]);
  });

  it('applies LIMIT after ordering', () => {
    expect(runLocally(table, { columns: ['area'], orderBy: ['year'], limit: 2 })).toEqual([
      { area: 'Norge' },
      { area: 'Asker' },
    ]);
  });
});

describe('canRunLocally', () => {
  it('declines filters and ordering on dates, which DuckDB compares by its own rules', () => {
    const columns: ColumnInfo[] = [...COLUMNS, { name: 'month', type: 'date' }];
    expect(canRunLocally({ columns: ['month', 'value'], orderBy: ['year'] }, columns)).toBe(true);
    expect(canRunLocally({ columns: ['value'], orderBy: ['month'] }, columns)).toBe(false);
    expect(canRunLocally({ columns: ['value'], filters: [{ column: 'month', values: ['2024-01-01'] }] }, columns)).toBe(false);
  });
});

// The in-page answer must be DuckDB's answer: random tables, random queries, both ways.
describe('runLocally agrees with DuckDB', () => {
  let connection: DuckDBConnection;

  beforeAll(async () => {
    connection = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(() => connection.closeSync());

  const areas = ['Asker', 'Borgen', 'Bærum', 'Øst', 'Åsen', 'asker', 'Z', ''];
  const record = fc.record({
    area: fc.option(fc.constantFrom(...areas), { nil: null }),
    year: fc.option(fc.integer({ min: 2015, max: 2025 }), { nil: null }),
    value: fc.option(fc.constantFrom(0, 1.5, -2, 11.4, 11.4, 100), { nil: null }),
    published: fc.option(fc.boolean(), { nil: null }),
  });
  const query = fc.record({
    columns: fc.subarray(['area', 'year', 'value', 'published'], { minLength: 1 }),
    filters: fc.array(
      fc.oneof(
        fc.record({ column: fc.constant('area'), values: fc.array(fc.constantFrom(...areas), { minLength: 1, maxLength: 3 }) }),
        fc.record({ column: fc.constant('year'), values: fc.array(fc.integer({ min: 2014, max: 2026 }), { minLength: 1, maxLength: 3 }) }),
        fc.record({ column: fc.constant('published'), values: fc.array(fc.boolean(), { minLength: 1, maxLength: 1 }) }),
      ),
      { maxLength: 2 },
    ),
    orderBy: fc.subarray(['area', 'year', 'value', 'published']),
    limit: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  });

  it('for any table and query: the same rows in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 25 }), query, async (records, rawQuery) => {
        // SQL leaves the order of ties unspecified (and so which rows LIMIT keeps):
        // complete the ordering with the remaining columns so there are no ties to argue over.
        const orderBy = [...rawQuery.orderBy, ...COLUMNS.map((c) => c.name).filter((n) => !rawQuery.orderBy.includes(n))];
        const selectQuery: SelectQuery = { ...rawQuery, orderBy };
        await connection.run('CREATE OR REPLACE TABLE t (area VARCHAR, year INTEGER, value DOUBLE, published BOOLEAN)');
        for (const r of records) {
          await connection.run('INSERT INTO t VALUES ($1, $2, $3, $4)', [r.area, r.year, r.value, r.published]);
        }
        const bound = buildSelectSql('t', selectQuery);
        const expected = (await connection.runAndReadAll(bound.sql, [...bound.params])).getRowObjectsJS();
        expect(runLocally(arrowTable(records), selectQuery)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
