// The pooled 3-year rate (movingAverage with pooled: true), proved by running its SQL
// through native DuckDB on a table whose answers are worked out by hand below.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../parquet/index.ts';
import { compile, type SensitiveColumns } from '../compile.ts';
import type { Query } from '../query.ts';
import { validate } from '../validate.ts';

const COLUMNS: ColumnInfo[] = [
  { name: 'year', type: 'integer' },
  { name: 'area', type: 'string' },
  { name: 'numerator', type: 'integer' },
  { name: 'denominator', type: 'integer' },
  { name: 'status', type: 'string' },
];

// A small district whose population changes a lot (so the pooled rate and the mean of the
// rates differ), a gap year (2019 missing for Tofte), and a year the file hid (Vollen 2022).
const ROWS: [number, string, number | null, number | null, string][] = [
  [2017, 'Borgen', 10, 100, ''],
  [2018, 'Borgen', 30, 300, ''],
  [2019, 'Borgen', 20, 100, ''],
  [2020, 'Borgen', 20, 400, ''],
  [2017, 'Tofte', 5, 50, ''],
  [2018, 'Tofte', 6, 60, ''],
  [2020, 'Tofte', 7, 70, ''],
  [2021, 'Tofte', 8, 80, ''],
  [2022, 'Tofte', 9, 90, ''],
  [2020, 'Vollen', 10, 100, ''],
  [2021, 'Vollen', 20, 100, ''],
  [2022, 'Vollen', null, 100, ':'],
  [2023, 'Vollen', 30, 100, ''],
  [2024, 'Vollen', 40, 100, ''],
  [2025, 'Vollen', 50, 100, ''],
];

let connection: DuckDBConnection;

beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
  const values = ROWS.map(([year, area, n, d, status]) => `(${year}, '${area}', ${n ?? 'NULL'}, ${d ?? 'NULL'}, '${status}')`).join(', ');
  await connection.run(`CREATE TABLE t AS SELECT * FROM (VALUES ${values}) AS v(year, area, numerator, denominator, status)`);
});

afterAll(() => connection.closeSync());

async function run(query: Omit<Query, 'from'>, sensitive: SensitiveColumns | null = null) {
  const compiled = compile('t', validate(COLUMNS, { from: 't', ...query }), sensitive);
  const reader = await connection.runAndReadAll(compiled.sql, [...compiled.params]);
  return { compiled, rows: reader.getRowObjectsJS() as Record<string, unknown>[] };
}

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

const pooled = (scale?: number): Omit<Query, 'from'> => ({
  groupBy: ['area', 'year'],
  measures: [
    { kind: 'rate', as: 'share', numerator: 'numerator', denominator: 'denominator', interval: false, ...(scale ? { scale } : {}) },
    { kind: 'movingAverage', as: 'share_3y', of: 'share', time: 'year', window: 3, pooled: true },
    { kind: 'movingAverage', as: 'mean_3y', of: 'share', time: 'year', window: 3 },
  ],
  orderBy: ['area', 'year'],
});

describe('movingAverage pooled: the rate of the summed counts over the window', () => {
  it('is sum(numerator) / sum(denominator) over three years, not the mean of three rates', async () => {
    const { rows } = await run({ ...pooled(), filters: [{ column: 'area', values: ['Borgen'] }] });
    // 2019: (10 + 30 + 20) / (100 + 300 + 100) = 60 / 500 = 12 %; 2020: (30 + 20 + 20) / (300 + 100 + 400) = 70 / 800.
    expect(rows.map((row) => num(row.share_3y))).toEqual([null, null, expect.closeTo(12, 10), expect.closeTo((100 * 70) / 800, 10)]);
    // The mean of the rates (10 %, 10 %, 20 % → 13.3 %) is another, wrong, figure for a 3-year share.
    expect(num(rows[2]!.mean_3y)).toBeCloseTo((10 + 10 + 20) / 3, 10);
    expect(num(rows[2]!.share_3y)).not.toBeCloseTo(num(rows[2]!.mean_3y)!, 1);
  });

  it('is null for a window with a missing year (never a partial average)', async () => {
    const { rows } = await run({ ...pooled(), filters: [{ column: 'area', values: ['Tofte'] }] });
    // 2017, 2018, 2020, 2021, 2022: only 2022 has 2020-2022 complete; 2019 is missing.
    expect(rows.map((row) => num(row.share_3y))).toEqual([null, null, null, null, expect.closeTo((100 * (7 + 8 + 9)) / (70 + 80 + 90), 10)]);
  });

  it("uses the rate's scale (per 1 000)", async () => {
    const { rows, compiled } = await run({ ...pooled(1000), filters: [{ column: 'area', values: ['Borgen'] }] });
    expect(num(rows[3]!.share_3y)).toBeCloseTo((1000 * 70) / 800, 10);
    expect(compiled.params.filter((param) => param === 1000)).toHaveLength(2); // the rate's and the window's, both bound
  });

  it('is hidden when any year of its window is hidden, and only then', async () => {
    const sensitive: SensitiveColumns = { k: 5, counts: ['numerator', 'denominator'], rates: [], status: 'status' };
    const { rows } = await run({ ...pooled(), filters: [{ column: 'area', values: ['Vollen'] }] }, sensitive);
    // Windows ending 2022, 2023 and 2024 include 2022; 2025 (2023-2025) does not.
    expect(rows.map((row) => row.__hidden_share_3y)).toEqual([false, false, true, true, true, false]);
    expect(num(rows[5]!.share_3y)).toBeCloseTo((100 * 120) / 300, 10);
  });

  it('refuses "pooled" over anything but a rate measure of the query, naming the rates', () => {
    const fail = (query: Omit<Query, 'from'>) => {
      try {
        validate(COLUMNS, { from: 't', ...query });
      } catch (error) {
        return error as Error;
      }
      throw new Error('accepted');
    };
    const message = fail({
      groupBy: ['area', 'year'],
      aggregates: [{ fn: 'sum', column: 'numerator', as: 'n' }],
      measures: [
        { kind: 'rate', as: 'share', numerator: 'numerator', denominator: 'denominator' },
        { kind: 'movingAverage', as: 'n_3y', of: 'n', time: 'year', window: 3, pooled: true },
      ],
    }).message;
    expect(message).toMatch(/"of" must be a rate measure/);
    expect(message).toMatch(/Valid: share$/);
    expect(fail({ groupBy: ['area', 'year'], measures: [{ kind: 'rate', as: 's', numerator: 'numerator', denominator: 'denominator' }, { kind: 'movingAverage', as: 'm', of: 's', time: 'year', window: 3, pooled: 'yes' as never }] }).message).toMatch(/true or false/);
  });
});
