// The sums made in the page from the count table against the same view in SQL (native
// DuckDB over data/internal/case_events.parquet), for filters on month, district group,
// age band and sex: the same rows, in the same order.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cubeAnswers, monthlyFromCube, type CubeRow } from './casework-cube.ts';
import { monthlySql, openSql, type BoundSql, type CaseworkFilters } from './casework-sql.ts';
import { nativeRows } from '../testing/native-rows.ts';

const EVENTS = fileURLToPath(new URL('../../../../data/internal/case_events.parquet', import.meta.url));
const ALL: CaseworkFilters = { month: '2025-12', area: '', age: '', sex: '', measure: '', agency: '' };
let conn: DuckDBConnection;

const rows = <T>(query: BoundSql | string): Promise<T[]> => nativeRows<T>(conn, query);

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  await conn.run(`CREATE VIEW events AS SELECT * FROM read_parquet('${EVENTS.replace(/'/g, "''")}')`);
  for (const sql of openSql('events')) await conn.run(sql);
});
afterAll(() => conn?.closeSync());

describe('monthlyFromCube', () => {
  it('gives the rows monthlySql gives, for every kind of filter on month, district group, age band and sex', async () => {
    const cube = await rows<CubeRow>('SELECT * FROM cw_cube');
    const [{ area } = { area: '' }] = await rows<{ area: string }>('SELECT min(area_code) AS area FROM cw_cube');
    const cases: CaseworkFilters[] = [
      ALL,
      { ...ALL, month: '2022-06' },
      { ...ALL, sex: 'female' },
      { ...ALL, age: '18-24' },
      { ...ALL, area },
      { ...ALL, month: '2024-03', area, age: '12-17', sex: 'male' },
      { ...ALL, month: '2018-01' },
      { ...ALL, sex: 'nobody' },
    ];
    for (const filters of cases) {
      expect(cubeAnswers(filters)).toBe(true);
      const monthly = monthlyFromCube(cube, filters);
      expect(monthly, JSON.stringify(filters)).toEqual(await rows(monthlySql(filters)));
    }
    // Not vacuous: the full register has figures in every month.
    expect(monthlyFromCube(cube, ALL).length).toBe(96);
  });

  it('leaves a measure or agency filter to SQL, which knows the people', () => {
    expect(cubeAnswers({ ...ALL, measure: 'police_talk' })).toBe(false);
    expect(cubeAnswers({ ...ALL, agency: 'school' })).toBe(false);
  });
});
