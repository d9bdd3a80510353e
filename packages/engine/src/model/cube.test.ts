// Pre-aggregation (data cubes) proved by running it: for every filter value, the query over
// a cube built from its plan gives exactly the rows (values, types and disclosure flags) the
// plain query gives over the file's rows, through native DuckDB.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../parquet/index.ts';
import { compile, cubeable, type SensitiveColumns } from './compile.ts';
import type { Filter, Query } from './query.ts';
import { validate } from './validate.ts';

const COLUMNS: ColumnInfo[] = [
  { name: 'area', type: 'string' },
  { name: 'category', type: 'string' },
  { name: 'sex', type: 'string' },
  { name: 'year', type: 'integer' },
  { name: 'persons', type: 'integer' },
  { name: 'numerator', type: 'integer' },
  { name: 'denominator', type: 'integer' },
  { name: 'share', type: 'float' },
  { name: 'status', type: 'string' },
  { name: 'day', type: 'date' },
];

const AREAS = ['Asker', 'Bærum', 'Øst', 'Vest', null];
const CATEGORIES = ['meeting', 'concern', 'measure_start', 'measure_end', null];
const SEXES = ['female', 'male'];
const YEARS = [2019, 2020, 2021, 2022, 2023];
const SENSITIVE: SensitiveColumns = {
  k: 5,
  counts: ['persons', 'numerator', 'denominator'],
  rates: [{ column: 'share', numerator: 'numerator', denominator: 'denominator' }],
  status: 'status',
};

let connection: DuckDBConnection;

beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
  // 20 000 rows from a seeded hash: NULLs in the dimensions and the counts, small counts
  // (1..k-1), cells the file marks confidential, so every disclosure flag is exercised.
  const pick = (list: readonly (string | number | null)[], salt: number) =>
    `[${list.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? v : `'${v}'`)).join(', ')}][1 + CAST(hash(i, ${salt}) % ${list.length} AS BIGINT)]`;
  await connection.run(`
    CREATE TABLE t AS SELECT
      ${pick(AREAS, 1)} AS area, ${pick(CATEGORIES, 2)} AS category, ${pick(SEXES, 3)} AS sex,
      CAST(${pick(YEARS, 4)} AS INTEGER) AS year,
      CASE WHEN hash(i, 5) % 17 = 0 THEN NULL ELSE CAST(hash(i, 6) % 30 AS INTEGER) END AS persons,
      CAST(hash(i, 7) % 12 AS INTEGER) AS numerator,
      CAST(12 + hash(i, 8) % 40 AS INTEGER) AS denominator,
      (hash(i, 9) % 1000) / 7.0 AS share,
      CASE WHEN hash(i, 10) % 53 = 0 THEN ':' ELSE '' END AS status,
      DATE '2019-01-01' + CAST(hash(i, 11) % 1800 AS INTEGER) AS day
    FROM range(20000) r(i)`);
});

afterAll(() => connection.closeSync());

let cubes = 0;

/** The rows of the plain query, and of the same query read from a cube built from its plan. */
async function both(query: Omit<Query, 'from'>, sensitive: SensitiveColumns | null, extra: readonly string[] = []) {
  const valid = validate(COLUMNS, { from: 't', ...query });
  const compiled = compile('t', valid, sensitive);
  expect(compiled.cube, 'the query has a cube plan').toBeDefined();
  const table = `t_cube_${++cubes}`;
  const build = extra.length > 0 ? compiled.cube!.buildWith(extra) : compiled.cube!.build;
  await connection.run(`CREATE TABLE ${table} AS ${build.sql}`, [...build.params]);
  const cubeRows = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]![0]);
  const read = compiled.cube!.readFrom(table);
  const rows = async (sql: string, params: readonly unknown[]) =>
    (await connection.runAndReadAll(sql, params as never)).getRowObjectsJson().map((row) => JSON.stringify(row)).sort();
  return { plain: await rows(compiled.sql, compiled.params), fromCube: await rows(read.sql, read.params), compiled, cubeRows };
}

/** Every value of a column, plus one the file does not have. */
const valuesOf = (list: readonly (string | number | null)[], missing: string | number) => [...list.filter((v) => v !== null), missing] as (string | number)[];

/** Random chart shapes for the property tests: group columns, filters, aggregates that add up. */
const DIMENSION = fc.constantFrom('area', 'category', 'sex', 'year');
const FILTER: fc.Arbitrary<Filter> = fc.oneof(
  fc.record({ column: fc.constantFrom('area'), values: fc.subarray(valuesOf(AREAS, 'Nowhere'), { minLength: 1 }) }),
  fc.record({ column: fc.constantFrom('category'), values: fc.subarray(valuesOf(CATEGORIES, 'x'), { minLength: 1 }) }),
  fc.record({ column: fc.constantFrom('year'), range: fc.record({ min: fc.integer({ min: 2018, max: 2024 }), max: fc.integer({ min: 2020, max: 2025 }) }, { requiredKeys: ['min'] }) }),
  fc.record({ column: fc.constantFrom('day'), range: fc.record({ max: fc.constantFrom('2020-06-30', '2022-01-01') }) }),
);
const AGGREGATE = fc.constantFrom(
  { fn: 'count' as const, as: 'n' },
  { fn: 'sum' as const, column: 'persons', as: 'persons' },
  { fn: 'count' as const, column: 'persons', as: 'known' },
  { fn: 'min' as const, column: 'category', as: 'first' },
  { fn: 'max' as const, column: 'numerator', as: 'most' },
);

describe('cube: the same rows as the plain query, for every filter value', () => {
  it('count per category beside an area filter (the benchmark\'s bars), with and without disclosure', async () => {
    for (const sensitive of [null, SENSITIVE]) {
      for (const area of valuesOf(AREAS, 'Nowhere')) {
        const { plain, fromCube, cubeRows } = await both(
          { groupBy: ['category'], aggregates: [{ fn: 'count', as: 'events' }], filters: [{ column: 'area', values: [area] }], orderBy: ['category'] },
          sensitive,
        );
        expect(fromCube).toEqual(plain);
        expect(cubeRows).toBeLessThanOrEqual(AREAS.length * CATEGORIES.length);
      }
    }
  });

  it('sums, counts of a column with NULLs, min and max, by two columns, under IN and range filters', async () => {
    const areas = valuesOf(AREAS, 'Nowhere');
    for (const sensitive of [null, SENSITIVE]) {
      for (let i = 0; i < areas.length; i++) {
        for (const [min, max] of [[2019, 2019], [2020, 2022], [2024, 2030]]) {
          const { plain, fromCube } = await both(
            {
              groupBy: ['category', 'sex'],
              aggregates: [
                { fn: 'sum', column: 'persons', as: 'persons' },
                { fn: 'count', column: 'persons', as: 'known' },
                { fn: 'count', as: 'rows' },
                { fn: 'min', column: 'day', as: 'first' },
                { fn: 'max', column: 'persons', as: 'most' },
              ],
              filters: [
                { column: 'area', values: [areas[i]!, areas[(i + 1) % areas.length]!] },
                { column: 'year', range: { min, max } },
              ],
              orderBy: ['category', 'sex'],
            },
            sensitive,
          );
          expect(fromCube).toEqual(plain);
        }
      }
    }
  });

  it('rates with their interval, changes and ranks over years (measures over the re-summed rows)', async () => {
    for (const sensitive of [null, SENSITIVE, { ...SENSITIVE, k: 10 }]) {
      for (const sex of SEXES) {
        const { plain, fromCube } = await both(
          {
            groupBy: ['area', 'year'],
            aggregates: [{ fn: 'sum', column: 'numerator', as: 'cases' }],
            measures: [
              { kind: 'rate', as: 'rate', numerator: 'numerator', denominator: 'denominator' },
              { kind: 'change', as: 'rate_change', of: 'rate', time: 'year' },
              { kind: 'movingAverage', as: 'cases_3y', of: 'cases', time: 'year', window: 3 },
              { kind: 'rank', as: 'place', of: 'rate', within: 'year' },
            ],
            filters: [{ column: 'sex', values: [sex] }],
            orderBy: ['area', 'year'],
          },
          sensitive,
        );
        expect(fromCube).toEqual(plain);
        if (sensitive) expect(plain.some((row) => row.includes('"__hidden_cases":true'))).toBe(true);
      }
    }
  });

  it('aggregates without groupBy: one row, also when no row matches (a count of 0, a sum of NULL)', async () => {
    for (const area of valuesOf(AREAS, 'Nowhere')) {
      const { plain, fromCube } = await both(
        { aggregates: [{ fn: 'count', as: 'n' }, { fn: 'sum', column: 'persons', as: 'persons' }], filters: [{ column: 'area', values: [area] }] },
        SENSITIVE,
      );
      expect(plain).toHaveLength(1);
      expect(fromCube).toEqual(plain);
    }
  });

  it('property: random grouped queries and filters on random columns give the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(DIMENSION, { maxLength: 2 }),
        fc.uniqueArray(FILTER, { minLength: 1, maxLength: 2, selector: (f) => f.column }),
        fc.uniqueArray(AGGREGATE, { minLength: 1, maxLength: 3, selector: (a) => a.as }),
        fc.boolean(),
        async (groupBy, filters, aggregates, protect) => {
          const { plain, fromCube } = await both({ groupBy, aggregates, filters }, protect ? SENSITIVE : null);
          expect(fromCube).toEqual(plain);
        },
      ),
      { numRuns: 40, seed: 20261201 },
    );
  });
});

describe('cube: a cube with more columns than the query\'s (the same chart, other filters)', () => {
  it('property: re-summed over the columns the query does not use, the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(DIMENSION, { maxLength: 2 }),
        fc.uniqueArray(FILTER, { minLength: 1, maxLength: 2, selector: (f) => f.column }),
        fc.uniqueArray(AGGREGATE, { minLength: 1, maxLength: 3, selector: (a) => a.as }),
        fc.subarray(['area', 'category', 'sex', 'status', 'year'], { minLength: 1 }),
        fc.boolean(),
        async (groupBy, filters, aggregates, extra, protect) => {
          const { plain, fromCube, compiled } = await both({ groupBy, aggregates, filters }, protect ? SENSITIVE : null, extra);
          expect(fromCube).toEqual(plain);
          // The chart is recognised whatever its filter and group columns: the cells leave them out.
          const other = compile('t', validate(COLUMNS, { from: 't', groupBy: [], aggregates, filters: [{ column: 'status', values: [''] }] }), protect ? SENSITIVE : null);
          expect(other.cube?.cells).toBe(compiled.cube!.cells);
        },
      ),
      { numRuns: 40, seed: 20261201 },
    );
  });
});

describe('cube: when a query has a plan', () => {
  const plan = (query: Omit<Query, 'from'>) => compile('t', validate(COLUMNS, { from: 't', ...query }), SENSITIVE).cube;
  const grouped = { groupBy: ['category'], filters: [{ column: 'area', values: ['Asker'] }] };

  it('for grouped queries with filters whose aggregates add up exactly', () => {
    expect(plan({ ...grouped, aggregates: [{ fn: 'count', as: 'n' }] })).toBeDefined();
    expect(plan({ ...grouped, aggregates: [{ fn: 'sum', column: 'persons', as: 'n' }, { fn: 'max', column: 'share', as: 'top' }] })).toBeDefined();
  });

  it('not for plain selections, queries without filters, avg, count distinct, float sums or float dimensions', () => {
    expect(plan({ columns: ['category'], filters: grouped.filters })).toBeUndefined();
    expect(plan({ groupBy: ['category'], aggregates: [{ fn: 'count', as: 'n' }] })).toBeUndefined();
    expect(plan({ ...grouped, aggregates: [{ fn: 'avg', column: 'persons', as: 'n' }] })).toBeUndefined();
    expect(plan({ ...grouped, aggregates: [{ fn: 'countDistinct', column: 'sex', as: 'n' }] })).toBeUndefined();
    expect(plan({ ...grouped, aggregates: [{ fn: 'sum', column: 'share', as: 'n' }] })).toBeUndefined();
    expect(plan({ groupBy: ['share'], filters: grouped.filters, aggregates: [{ fn: 'count', as: 'n' }] })).toBeUndefined();
    expect(cubeable(validate(COLUMNS, { from: 't', ...grouped, aggregates: [{ fn: 'count', as: 'n' }] }))).toBe(true);
  });

  it('shares one cube between filter values and orders: the key leaves them out, the values stay bound', () => {
    const a = plan({ ...grouped, aggregates: [{ fn: 'count', as: 'n' }] })!;
    const b = plan({ ...grouped, filters: [{ column: 'area', values: ["Bærum'; DROP TABLE t; --", 'Øst'] }], aggregates: [{ fn: 'count', as: 'n' }], orderBy: ['n'] })!;
    expect(b.key).toBe(a.key);
    const read = b.readFrom('t_cube');
    expect(read.sql).not.toContain('Bærum');
    expect(read.params).toEqual(expect.arrayContaining(["Bærum'; DROP TABLE t; --", 'Øst', 5]));
    // The cube holds each cell's disclosure flags, computed with the k and ':' bound in its own SQL.
    const flagged = plan({ ...grouped, aggregates: [{ fn: 'sum', column: 'persons', as: 'n' }] })!;
    expect(flagged.build.params).toEqual([5, ':']);
    expect(flagged.key).not.toBe(a.key);
  });

  it('leaves the plain SQL as it was', () => {
    const valid = validate(COLUMNS, { from: 't', ...grouped, aggregates: [{ fn: 'count', as: 'n' }] });
    expect(compile('t', valid).sql).toBe('SELECT "category", count(*) AS "n" FROM "t" WHERE "area" = ? GROUP BY "category"');
  });
});
