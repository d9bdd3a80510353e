// The page connector must give DuckDB's answer for every query it accepts, and refuse the rest.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLocally } from '../local-query.ts';
import { columnAssembler } from '../parquet/column-assembler.ts';
import type { PlainColumn, StorageType } from '../parquet/columns.ts';
import { compile } from '../model/compile.ts';
import type { Filter, Query } from '../model/query.ts';
import { validate } from '../model/validate.ts';
import type { ColumnInfo } from '../parquet/index.ts';
import { chooseConnector, featuresOf } from './connector.ts';
import { duckdbConnector } from './duckdb.ts';
import { pageConnector } from './page.ts';

const COLUMNS: ColumnInfo[] = [
  { name: 'area', type: 'string' },
  { name: 'year', type: 'integer' },
  { name: 'value', type: 'float' },
  { name: 'published', type: 'boolean' },
  { name: 'month', type: 'date' },
];
const NAMES = ['area', 'year', 'value', 'published'] as const;

interface Record {
  area: string | null;
  year: number | null;
  value: number | null;
  published: boolean | null;
}

/**
 * The records as the decoder gives them to the page (parquet/column-assembler.ts), in one
 * chunk as hyparquet hands them over. `dictionary`: the text column as the decoder gives a
 * dictionary-encoded Parquet column (codes into each distinct text once).
 */
function decodedColumns(records: readonly Record[], dictionary = false): Map<string, PlainColumn> {
  const column = (name: keyof Record, type: StorageType, encode: (value: never) => unknown = (value) => value, dictionaryEncoded = false) => {
    const assembler = columnAssembler(type, records.length, dictionaryEncoded);
    assembler.add(0, records.map((r) => (r[name] === null ? null : encode(r[name] as never))) as unknown[]);
    return assembler.finish();
  };
  const text = (value: string) => new TextEncoder().encode(value);
  return new Map([
    ['area', column('area', 'utf8', text, dictionary)],
    ['year', column('year', 'int32')],
    ['value', column('value', 'float64')],
    ['published', column('published', 'bool')],
  ]);
}

const duckdb = duckdbConnector(() => Promise.reject(new Error('not in this test')));
const accepted = (query: Omit<Query, 'from'>) => chooseConnector([pageConnector, duckdb], validate(COLUMNS, { from: 't', ...query }))?.name;

describe('the page connector', () => {
  it('accepts plain selections over comparable columns', () => {
    expect(accepted({ columns: ['area'], distinct: true, orderBy: ['area'] })).toBe('page');
    expect(accepted({ columns: ['month', 'value'], filters: [{ column: 'year', range: { min: 2020 } }], orderBy: [{ column: 'value', descending: true }], limit: 3 })).toBe('page');
  });

  it('refuses what it does not answer exactly, which then goes to DuckDB', () => {
    expect(accepted({ groupBy: ['area'], aggregates: [{ fn: 'sum', column: 'value', as: 's' }] })).toBe('duckdb');
    expect(accepted({ columns: ['area', 'year', 'value'], measures: [{ kind: 'change', as: 'c', of: 'value', time: 'year' }] })).toBe('duckdb');
    expect(accepted({ columns: ['value'], orderBy: ['month'] })).toBe('duckdb');
    expect(accepted({ columns: ['value'], filters: [{ column: 'month', values: ['2024-01-01'] }] })).toBe('duckdb');
    expect(accepted({ columns: ['month'], distinct: true })).toBe('duckdb');
  });

  it('declares its features as an allowlist', () => {
    const grouped = validate(COLUMNS, { from: 't', groupBy: ['area'], aggregates: [{ fn: 'countDistinct', column: 'year', as: 'n' }] });
    expect([...featuresOf(grouped)]).toEqual(['group', 'aggregate:countDistinct']);
    expect(pageConnector.accepts(grouped)).toBe(false);
    expect(duckdb.accepts(grouped)).toBe(true);
  });
});

// Random tables (NULLs, NaN, infinities, ties, non-ASCII text) and random queries the page accepts.
describe('the page connector agrees with DuckDB', () => {
  let connection: DuckDBConnection;

  beforeAll(async () => {
    connection = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(() => connection.closeSync());

  const areas = ['Asker', 'Borgen', 'Bærum', 'Øst', 'Åsen', 'asker', 'Z', ''];
  const values = [0, 1.5, -2, 11.4, 11.4, 100, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const record = fc.record({
    area: fc.option(fc.constantFrom(...areas), { nil: null }),
    year: fc.option(fc.integer({ min: 2015, max: 2025 }), { nil: null }),
    value: fc.option(fc.constantFrom(...values), { nil: null }),
    published: fc.option(fc.boolean(), { nil: null }),
  });
  const filter: fc.Arbitrary<Filter> = fc.oneof(
    fc.record({ column: fc.constant('area'), values: fc.array(fc.constantFrom(...areas), { minLength: 1, maxLength: 3 }) }),
    fc.record({ column: fc.constant('year'), values: fc.array(fc.integer({ min: 2014, max: 2026 }), { minLength: 1, maxLength: 3 }) }),
    fc.record({ column: fc.constant('value'), values: fc.array(fc.constantFrom(0, 11.4, -2), { minLength: 1, maxLength: 2 }) }),
    fc.record({ column: fc.constant('published'), values: fc.array(fc.boolean(), { minLength: 1, maxLength: 1 }) }),
    fc.record({ column: fc.constant('area'), range: fc.record({ min: fc.constantFrom(...areas), max: fc.constantFrom(...areas) }, { requiredKeys: [] }) }),
    fc.record({ column: fc.constant('year'), range: fc.record({ min: fc.integer({ min: 2014, max: 2026 }), max: fc.integer({ min: 2014, max: 2026 }) }, { requiredKeys: [] }) }),
    fc.record({ column: fc.constant('value'), range: fc.record({ min: fc.constantFrom(-2, 0, 11.4, 1e9), max: fc.constantFrom(-2, 0, 11.4, 1e9) }, { requiredKeys: [] }) }),
  );
  const query = fc.record({
    columns: fc.subarray([...NAMES], { minLength: 1 }),
    distinct: fc.boolean(),
    filters: fc.array(filter, { maxLength: 2 }),
    orderBy: fc.subarray([...NAMES]).chain((names) => fc.tuple(...names.map((column) => fc.record({ column: fc.constant(column), descending: fc.boolean() })))),
    limit: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  });

  it('for any table and query: the same rows in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 25 }), query, async (records, raw) => {
        const filters = raw.filters.filter((f) => !('range' in f) || f.range.min !== undefined || f.range.max !== undefined);
        // DISTINCT leaves the order of rows that tie on the ORDER BY to DuckDB: order by every column then.
        const orderBy = raw.distinct
          ? raw.columns.map((column) => raw.orderBy.find((key) => key.column === column) ?? { column, descending: false })
          : raw.orderBy;
        const valid = validate(COLUMNS, { from: 't', ...raw, filters, orderBy });
        expect(pageConnector.accepts(valid)).toBe(true);
        await connection.run('CREATE OR REPLACE TABLE t (area VARCHAR, year INTEGER, value DOUBLE, published BOOLEAN)');
        for (const r of records) {
          await connection.run('INSERT INTO t VALUES ($1, $2, $3, $4)', [r.area, r.year, r.value, r.published]);
        }
        const compiled = compile('t', valid);
        const expected = (await connection.runAndReadAll(compiled.sql, [...compiled.params])).getRowObjectsJS();
        expect(runLocally(decodedColumns(records), records.length, valid)).toEqual(expected);
        expect(runLocally(decodedColumns(records, true), records.length, valid)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
