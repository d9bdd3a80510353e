// Pseudonyms only: no name, national ID, birth date, school or free text reaches the
// internal tier. Checked over the committed files, every column and every value, and
// over their footer metadata, against the register's own vocabularies and name lists.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTRICTS, DISTRICT_GROUPS, MUNICIPALITY, SCHOOLS } from '../../../pipeline/src/areas.ts';
import { AGENCIES, CONCERN_TYPES, MEASURES, NO_MEASURE, ZONES } from '../../../pipeline/src/case-model.ts';
import { FIRST_NAMES, LAST_NAMES } from '../../../pipeline/src/names.ts';

const file = (name: string) => fileURLToPath(new URL(`../../../../data/internal/${name}`, import.meta.url));
const AREA_CODES = [MUNICIPALITY.code, ...DISTRICT_GROUPS.map((g) => g.code), ...DISTRICTS.map((d) => d.code)];
const AREA_NAMES = [MUNICIPALITY.name, ...DISTRICT_GROUPS.map((g) => g.name), ...DISTRICTS.map((d) => d.name)];

/** Every text column's allowed values: a closed vocabulary or a fixed shape. Nothing else. */
const VOCABULARY: Record<string, (value: string) => boolean> = {
  pseudonym: (v) => /^[a-p]{16}$/.test(v),
  period: (v) => /^\d{4}$/.test(v),
  month: (v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v),
  event: (v) => ['concern', 'meeting', 'measure_start', 'measure_end'].includes(v),
  category: (v) => ([...ZONES, ...CONCERN_TYPES, ...MEASURES] as readonly string[]).includes(v),
  agency: (v) => (AGENCIES as readonly string[]).includes(v),
  age_band: (v) => /^\d{2}-\d{2}$/.test(v),
  sex: (v) => v === 'female' || v === 'male',
  area_code: (v) => AREA_CODES.includes(v),
  area: (v) => AREA_NAMES.includes(v),
  area_level: (v) => ['district', 'district_group', 'municipality'].includes(v),
  zone_end: (v) => (ZONES as readonly string[]).includes(v),
  zone_max: (v) => (ZONES as readonly string[]).includes(v),
  main_measure: (v) => ([...MEASURES, NO_MEASURE] as readonly string[]).includes(v),
};
const COLUMNS = {
  'case_events.parquet': ['pseudonym', 'period', 'month', 'event', 'category', 'agency', 'age_band', 'sex', 'area_code', 'area', 'area_level'],
  'case_years.parquet': ['pseudonym', 'period', 'year', 'age_band', 'sex', 'area_code', 'area', 'area_level', 'zone_end', 'zone_max', 'meetings', 'concerns', 'main_measure'],
};
const NAMES = [...FIRST_NAMES.female, ...FIRST_NAMES.male, ...LAST_NAMES, ...Object.values(SCHOOLS).flat()];

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => conn?.closeSync());

const read = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS();

describe.each(Object.entries(COLUMNS))('data/internal/%s', (name, columns) => {
  const path = file(name).replace(/'/g, "''");

  it('has exactly the documented columns: no name, ID, birth date, school or note', async () => {
    const described = await read(`DESCRIBE SELECT * FROM read_parquet('${path}')`);
    expect(described.map((row) => row['column_name'])).toEqual(columns);
  });

  it('holds in every text column only values of its closed vocabulary', async () => {
    const described = await read(`DESCRIBE SELECT * FROM read_parquet('${path}')`);
    for (const { column_name: column, column_type: type } of described as { column_name: string; column_type: string }[]) {
      if (type !== 'VARCHAR') continue;
      const values = (await read(`SELECT DISTINCT "${column}" AS v FROM read_parquet('${path}') WHERE "${column}" IS NOT NULL`)).map((r) => String(r['v']));
      const check = VOCABULARY[column];
      expect(check, `no vocabulary for ${column}`).toBeDefined();
      expect([column, values.filter((v) => !check!(v))]).toEqual([column, []]);
    }
  });

  it('has nothing shaped like a national ID or a name anywhere, the footer metadata included', async () => {
    const rows = await read(`SELECT * FROM read_parquet('${path}')`);
    const metadata = await read(`SELECT key::VARCHAR AS key, value::VARCHAR AS value FROM parquet_kv_metadata('${path}')`);
    // The pseudonym (16 hex digits, checked above) may hold a run of digits by chance.
    const texts = [
      ...rows.flatMap((row) => Object.entries(row).filter(([column]) => column !== 'pseudonym').map(([, value]) => String(value))),
      ...metadata.flatMap((r) => [String(r['key']), String(r['value'])]),
    ];
    expect(texts.filter((t) => /(^|\D)\d{6}\s?\d{5}(\D|$)/.test(t))).toEqual([]);
    const words = new Set(texts.flatMap((t) => t.split(/[^\p{L}]+/u)));
    expect(NAMES.filter((n) => n.split(' ').every((part) => words.has(part)) && !AREA_NAMES.includes(n))).toEqual([]);
    expect(metadata.find((r) => r['key'] === 'slt.tier')?.['value']).toBe('internal');
  });
});
