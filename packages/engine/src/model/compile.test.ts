// The compiler's SQL proved by running it, with its parameters, through native DuckDB.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../parquet/index.ts';
import { compile, type SensitiveColumns } from './compile.ts';
import type { Query } from './query.ts';
import { validate } from './validate.ts';

const COLUMNS: ColumnInfo[] = [
  { name: 'year', type: 'integer' },
  { name: 'area', type: 'string' },
  { name: 'sex', type: 'string' },
  { name: 'numerator', type: 'integer' },
  { name: 'denominator', type: 'integer' },
  { name: 'value', type: 'float' },
  { name: 'status', type: 'string' },
  { name: 'day', type: 'date' },
];

let connection: DuckDBConnection;

beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run(`
    CREATE TABLE t AS SELECT year, area, sex, numerator, denominator,
      CASE WHEN denominator > 0 THEN 100.0 * numerator / denominator END AS value, status,
      make_date(year, 6, 1) AS day
    FROM (VALUES
      (2020, 'Asker', 'f', 10, 100, ''), (2020, 'Asker', 'm', 20, 100, ''),
      (2021, 'Asker', 'f', 12, 100, ''), (2021, 'Asker', 'm', 18, 100, ''),
      (2022, 'Asker', 'f', 3, 100, ''), (2022, 'Asker', 'm', 27, 100, ''),
      (2023, 'Asker', 'f', NULL, 100, ':'), (2023, 'Asker', 'm', 40, 100, ''),
      (2020, 'Norge', 'f', 1000, 10000, ''), (2020, 'Norge', 'm', 1500, 10000, ''),
      (2021, 'Norge', 'f', 1100, 10000, ''), (2021, 'Norge', 'm', 1400, 10000, ''),
      (2022, 'Norge', 'f', 1200, 10000, ''), (2022, 'Norge', 'm', 1300, 10000, ''),
      (2023, 'Norge', 'f', 1250, 10000, ''), (2023, 'Norge', 'm', 1350, 10000, '')
    ) AS v(year, area, sex, numerator, denominator, status)`);
});

afterAll(() => connection.closeSync());

async function run(query: Omit<Query, 'from'>, sensitive: SensitiveColumns | null = null) {
  const compiled = compile('t', validate(COLUMNS, { from: 't', ...query }), sensitive);
  const reader = await connection.runAndReadAll(compiled.sql, [...compiled.params]);
  return { compiled, rows: reader.getRowObjectsJS() as Record<string, unknown>[] };
}

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

describe('compile: selections and filters', () => {
  it('binds every filter value and quotes every name', async () => {
    const { compiled, rows } = await run({
      columns: ['year', 'numerator'],
      filters: [
        { column: 'area', values: ["Asker'; DROP TABLE t; --"] },
        { column: 'sex', values: ['f', 'm'] },
      ],
    });
    expect(compiled.sql).not.toContain('Asker');
    expect(compiled.params).toEqual(["Asker'; DROP TABLE t; --", 'f', 'm']);
    expect(rows).toEqual([]);
  });

  it('filters with =, IN and ranges (numbers, text and dates), orders and limits', async () => {
    const { compiled, rows } = await run({
      columns: ['year', 'sex', 'numerator'],
      filters: [
        { column: 'area', values: ['Asker'] },
        { column: 'year', range: { min: 2021, max: 2022 } },
        { column: 'day', range: { min: '2021-01-01' } },
        { column: 'sex', range: { max: 'g' } },
      ],
      orderBy: [{ column: 'numerator', descending: true }],
      limit: 1,
    });
    expect(compiled.params).toContain(1);
    expect(rows.map((row) => [num(row.year), row.sex, num(row.numerator)])).toEqual([[2021, 'f', 12]]);
  });

  it('gives distinct values for a picker', async () => {
    const { rows } = await run({ columns: ['area'], distinct: true, orderBy: ['area'] });
    expect(rows).toEqual([{ area: 'Asker' }, { area: 'Norge' }]);
  });

  it('keeps the file order for ties, as the page does', async () => {
    const { rows } = await run({ columns: ['sex', 'year'], filters: [{ column: 'area', values: ['Asker'] }], orderBy: ['sex'] });
    expect(rows.map((row) => `${row.sex}${num(row.year)}`)).toEqual(['f2020', 'f2021', 'f2022', 'f2023', 'm2020', 'm2021', 'm2022', 'm2023']);
  });
});

describe('compile: group by and aggregates', () => {
  it('computes sum, count, count distinct, min, max and avg per group', async () => {
    const { rows } = await run({
      groupBy: ['area'],
      aggregates: [
        { fn: 'sum', column: 'numerator', as: 'persons' },
        { fn: 'count', as: 'rows' },
        { fn: 'count', column: 'numerator', as: 'known' },
        { fn: 'countDistinct', column: 'year', as: 'years' },
        { fn: 'min', column: 'year', as: 'first' },
        { fn: 'max', column: 'numerator', as: 'most' },
        { fn: 'avg', column: 'denominator', as: 'mean' },
      ],
      orderBy: ['area'],
    });
    expect(rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? v : num(v)])))).toEqual([
      { area: 'Asker', persons: 130, rows: 8, known: 7, years: 4, first: 2020, most: 40, mean: 100 },
      { area: 'Norge', persons: 10100, rows: 8, known: 8, years: 4, first: 2020, most: 1500, mean: 10000 },
    ]);
  });

  it('aggregates the whole table without groupBy', async () => {
    const { rows } = await run({ aggregates: [{ fn: 'count', as: 'n' }] });
    expect(num(rows[0]!.n)).toBe(16);
  });
});

describe('compile: measures', () => {
  it('rate: summed numerator over summed denominator with the Wilson interval', async () => {
    const { compiled, rows } = await run({
      groupBy: ['area', 'year'],
      measures: [{ kind: 'rate', as: 'neet', numerator: 'numerator', denominator: 'denominator' }],
      filters: [{ column: 'year', values: [2020] }],
      orderBy: ['area'],
    });
    const asker = rows[0]!;
    expect(num(asker.neet)).toBeCloseTo(15, 10); // 30 / 200
    // Wilson 95 % for 30 of 200, by hand: centre (p + z²/2n)/(1 + z²/n) = 0.15662,
    // half-width z·sqrt(p(1-p)/n + z²/4n²)/(1 + z²/n) = 0.04946.
    expect(num(asker.neet_low)).toBeCloseTo(10.716, 2);
    expect(num(asker.neet_high)).toBeCloseTo(20.608, 2);
    // The summed inputs travel as helper columns for disclosure control; the engine drops them.
    expect(compiled.internal).toEqual(['__numerator_neet', '__denominator_neet']);
  });

  it('movingAverage: 3-year mean per series, null until three years are there', async () => {
    const { rows } = await run({
      groupBy: ['area', 'year'],
      aggregates: [{ fn: 'sum', column: 'denominator', as: 'population' }, { fn: 'max', column: 'numerator', as: 'top' }],
      measures: [{ kind: 'movingAverage', as: 'avg3', of: 'top', time: 'year', window: 3 }],
      orderBy: ['area', 'year'],
    });
    expect(rows.map((row) => num(row.avg3))).toEqual([null, null, (20 + 18 + 27) / 3, (18 + 27 + 40) / 3, null, null, (1500 + 1400 + 1300) / 3, (1400 + 1300 + 1350) / 3]);
  });

  it('change since the previous period, per series', async () => {
    const { rows } = await run({
      groupBy: ['area', 'year'],
      aggregates: [{ fn: 'sum', column: 'numerator', as: 'n' }],
      measures: [{ kind: 'change', as: 'delta', of: 'n', time: 'year' }],
      filters: [{ column: 'area', values: ['Norge'] }],
      orderBy: ['year'],
    });
    expect(rows.map((row) => num(row.delta))).toEqual([null, 0, 0, 100]);
  });

  it('difference from a reference row (the country), with the reference bound', async () => {
    const { compiled, rows } = await run({
      groupBy: ['year', 'area'],
      measures: [
        { kind: 'rate', as: 'r', numerator: 'numerator', denominator: 'denominator', interval: false },
        { kind: 'difference', as: 'vs_norway', of: 'r', column: 'area', reference: 'Norge' },
      ],
      orderBy: ['year', 'area'],
    });
    expect(compiled.params).toContain('Norge');
    expect(num(rows[0]!.vs_norway)).toBeCloseTo(15 - 12.5, 10);
    expect(num(rows[1]!.vs_norway)).toBe(0);
  });

  it('rank within a period, ties sharing a rank, on a plain selection', async () => {
    const { rows } = await run({
      columns: ['year', 'area', 'sex', 'value'],
      filters: [{ column: 'year', values: [2021] }],
      measures: [{ kind: 'rank', as: 'place', of: 'value', within: 'year' }],
      orderBy: ['place', 'area', 'sex'],
    });
    expect(rows.map((row) => [row.area, row.sex, num(row.place)])).toEqual([
      ['Asker', 'm', 1],
      ['Norge', 'm', 2],
      ['Asker', 'f', 3],
      ['Norge', 'f', 4],
    ]);
  });

  it('measures build on measures (the rank of a moving average)', async () => {
    const { rows } = await run({
      groupBy: ['area', 'year'],
      measures: [
        { kind: 'rate', as: 'r', numerator: 'numerator', denominator: 'denominator', interval: false },
        { kind: 'movingAverage', as: 'r3', of: 'r', time: 'year', window: 2 },
        { kind: 'rank', as: 'place', of: 'r3', within: 'year', ascending: true },
      ],
      filters: [{ column: 'year', values: [2021] }, { column: 'sex', values: ['m'] }],
    });
    expect(rows.map((row) => num(row.place)).sort()).toEqual([null, null]); // one year in the window only
  });
});

describe('compile: disclosure flags', () => {
  const sensitive: SensitiveColumns = { k: 5, counts: ['numerator', 'denominator'], rates: [{ column: 'value', numerator: 'numerator', denominator: 'denominator' }], status: 'status' };

  it('flags a sum that includes a cell the file hid or a count 1..k-1, with k bound', async () => {
    const { compiled, rows } = await run(
      { groupBy: ['area', 'year'], aggregates: [{ fn: 'sum', column: 'numerator', as: 'n' }], filters: [{ column: 'area', values: ['Asker'] }], orderBy: ['year'] },
      sensitive,
    );
    expect(compiled.params).toContain(5);
    expect(rows.map((row) => row.__hidden_n)).toEqual([false, false, true, true]); // 2022 has a 3; 2023 has ':'
  });

  it('spreads a hidden value through windows and leaves it out of ranks', async () => {
    const { rows } = await run(
      {
        groupBy: ['area', 'year', 'sex'],
        aggregates: [{ fn: 'sum', column: 'numerator', as: 'n' }],
        measures: [
          { kind: 'change', as: 'delta', of: 'n', time: 'year' },
          { kind: 'rank', as: 'place', of: 'n', within: 'year' },
        ],
        filters: [{ column: 'sex', values: ['f'] }],
        orderBy: ['area', 'year'],
      },
      sensitive,
    );
    expect(rows.map((row) => row.__hidden_delta)).toEqual([false, false, true, true, false, false, false, false]);
    expect(rows.filter((row) => row.year === 2022).map((row) => [row.area, num(row.place)])).toEqual([['Asker', null], ['Norge', 1]]);
  });
});

describe('validate', () => {
  const fail = (query: Omit<Query, 'from'>) => {
    try {
      validate(COLUMNS, { from: 't', ...query } as Query);
    } catch (error) {
      return error as Error & { code: string; validColumns?: readonly string[] };
    }
    throw new Error('accepted');
  };

  it('rejects unknown columns naming the valid ones', () => {
    for (const query of [
      { columns: ['nope'] },
      { groupBy: ['nope'] },
      { columns: ['year'], filters: [{ column: 'nope', values: [1] }] },
      { aggregates: [{ fn: 'sum' as const, column: 'nope', as: 'x' }] },
      { groupBy: ['year'], measures: [{ kind: 'rate' as const, as: 'r', numerator: 'nope', denominator: 'denominator' }] },
    ]) {
      const error = fail(query);
      expect(error.code).toBe('unknown-column');
      expect(error.message).toContain('year, area, sex');
    }
  });

  it('rejects bad options naming the valid ones', () => {
    expect(fail({ groupBy: ['year'], aggregates: [{ fn: 'median' as never, column: 'value', as: 'm' }] }).message).toMatch(/sum, count, countDistinct, min, max, avg/);
    expect(fail({ groupBy: ['year'], orderBy: ['value'] }).message).toMatch(/Valid: year/);
    expect(fail({ columns: ['year'], orderBy: ['nope'] }).message).toMatch(/Valid: year/);
    expect(fail({ groupBy: ['year'], measures: [{ kind: 'median' } as never] }).message).toMatch(/rate, movingAverage, change, difference, rank/);
    expect(fail({ groupBy: ['year', 'area'], aggregates: [{ fn: 'sum', column: 'numerator', as: 'n' }], measures: [{ kind: 'change', as: 'c', of: 'nope', time: 'year' }] }).message).toMatch(/Valid: year, n$/);
    expect(fail({ groupBy: ['year', 'area'], aggregates: [{ fn: 'sum', column: 'numerator', as: 'n' }], measures: [{ kind: 'change', as: 'c', of: 'n', time: 'sex' }] }).message).toMatch(/Valid: year, area/);
    expect(fail({ groupBy: ['year'], aggregates: [{ fn: 'sum', column: 'numerator', as: 'n' }], measures: [{ kind: 'movingAverage', as: 'm', of: 'n', time: 'year', window: 1 }] }).message).toMatch(/2 to 100/);
    expect(fail({ groupBy: ['area'], aggregates: [{ fn: 'sum', column: 'area', as: 's' }] }).message).toMatch(/numeric/);
    expect(fail({ columns: ['year'], limit: -1 }).message).toMatch(/limit/);
    expect(fail({ columns: ['year'], filters: [{ column: 'year', values: ['twenty'] }] }).message).toMatch(/not a valid integer/);
    expect(fail({ columns: ['year'], filters: [{ column: 'day', range: { min: '1. mai' } }] }).message).toMatch(/YYYY-MM-DD/);
    expect(fail({ columns: ['year'], groupBy: ['year'] }).message).toMatch(/not both/);
    expect(fail({ columns: ['year'], sql: 'DROP TABLE t' } as never).message).toMatch(/Valid options: from, columns/);
    expect(fail({ groupBy: ['year'], aggregates: [{ fn: 'count', as: 'year' }] }).message).toMatch(/already has a column/);
    expect(fail({ groupBy: ['year'], aggregates: [{ fn: 'count', as: '__hidden_x' }] }).message).toMatch(/reserved/);
  });
});
