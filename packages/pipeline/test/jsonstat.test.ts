import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importJsonStat } from '../src/import-jsonstat.ts';
import { JsonStatError, parseJsonStatText, parseTime, tidyJsonStat } from '../src/jsonstat.ts';
import { openDuckDB, readMetadata } from '../src/parquet.ts';
import { connect, query, sqlString } from './helpers.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/jsonstat');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const load = (name: string) => parseJsonStatText(fixture(name));
const out = mkdtempSync(join(tmpdir(), 'slt-jsonstat-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('parseTime', () => {
  it.each([
    ['2023', { period_type: 'year', year: 2023, first_year: 2023, quarter: null, month: null }],
    ['2023K4', { period_type: 'quarter', year: 2023, quarter: 4, month: null }],
    ['2023M07', { period_type: 'month', year: 2023, quarter: 3, month: 7 }],
    ['2024H1', { period_type: 'half', year: 2024, half: 1 }],
    ['2022-2024', { period_type: 'window', year: 2024, first_year: 2022 }],
    ['2023M13', { period_type: 'other', year: null }],
    ['2024-2022', { period_type: 'other', year: null }],
    ['siste', { period_type: 'other', year: null }],
  ])('%s', (code, expected) => {
    expect(parseTime(code)).toMatchObject(expected);
  });
});

describe('JSON-stat 2.0 to a tidy table', () => {
  it('reads the array form with an object index, units from ContentsCode and a sparse status object', () => {
    const tidy = load('array-form.json');
    expect(tidy.rows).toHaveLength(12);
    expect(tidy.timeDimension).toBe('Tid');
    expect(tidy.metricDimension).toBe('ContentsCode');
    expect(tidy.rows[0]).toMatchObject({
      Region: '0',
      Region_label: 'Hele landet',
      Alder: '15-29',
      Alder_label: '15-29 år',
      ContentsCode: 'Personer',
      unit: 'personer',
      decimals: 0,
      Tid: '2019',
      year: 2019,
      period_type: 'year',
      value: 102345,
      status: null,
    });
    // Row-major order: the last dimension (Tid) varies fastest.
    expect(tidy.rows.slice(3, 6).map((r) => [r.ContentsCode, r.Tid, r.value, r.unit, r.decimals])).toEqual([
      ['Andel', '2019', 10.5, 'prosent', 1],
      ['Andel', '2020', 11, 'prosent', 1],
      ['Andel', '2022', 9.5, 'prosent', 1],
    ]);
    expect(tidy.rows[5]!.status).toBe('*');
    expect(tidy.rows[8]).toMatchObject({ Region: '3203', value: null, status: '..' });
    expect(tidy.rows[11]).toMatchObject({ ContentsCode: 'Andel', Tid: '2022', value: null, status: ':' });
  });

  it('reads sparse object values, an array index, an omitted index and one status string for all cells', () => {
    const tidy = load('sparse-object.json');
    expect(tidy.rows).toHaveLength(8);
    expect(tidy.rows.map((r) => r.value)).toEqual([51, 48, null, 60, 22, null, null, 19]);
    expect(tidy.rows.every((r) => r.status === '*')).toBe(true);
    expect(tidy.rows[0]).toMatchObject({ Region: '3203', Region_label: 'Asker', Lovbruddsgruppe: 'VOLD' });
    expect(tidy.rows[3]).toMatchObject({ Tid: '2024K4', Tid_label: '2024K4', period_type: 'quarter', quarter: 4 });
  });

  it('reads a status array, month codes and a unit given by label', () => {
    const tidy = load('status-array.json');
    expect(tidy.rows.map((r) => [r.Tid, r.month, r.quarter, r.value, r.status])).toEqual([
      ['2024M11', 11, 4, 8.1, null],
      ['2024M12', 12, 4, null, '...'],
      ['2025M01', 1, 1, 8.4, '*'],
    ]);
    expect(tidy.rows[0]).toMatchObject({ unit: 'prosent', decimals: 1 });
  });

  it('reads multi-year windows without roles, and renames a dimension that clashes with an added column', () => {
    const tidy = load('window.json');
    expect(tidy.timeDimension).toBe('Tid');
    expect(tidy.metricDimension).toBeNull();
    expect(tidy.rows[1]).toMatchObject({ Tid: '2021-2023', period_type: 'window', year: 2023, first_year: 2021, dim_year: 'x', unit: null });
  });

  const valid = () => JSON.parse(fixture('array-form.json')) as Record<string, unknown>;
  it.each<[string, (doc: Record<string, unknown>) => unknown, RegExp]>([
    ['an array instead of a dataset', () => [1, 2], /must be an object/],
    ['version 1.x', (d) => ({ ...d, version: '1.0' }), /version must be "2.0"/],
    ['a collection', (d) => ({ ...d, class: 'collection' }), /class must be "dataset"/],
    ['no id', (d) => ({ ...d, id: undefined }), /"id" must be/],
    ['size of the wrong length', (d) => ({ ...d, size: [2, 1, 2] }), /"size" must be an array of 4/],
    ['a dimension missing', (d) => ({ ...d, dimension: { ...(d.dimension as object), Alder: undefined } }), /"Alder" is listed/],
    ['size disagreeing with the categories', (d) => ({ ...d, size: [3, 1, 2, 3] }), /has 2 categories but "size" says 3/],
    ['too few values', (d) => ({ ...d, value: [1, 2, 3] }), /has 3 entries but the sizes give 12 cells/],
    ['a text value', (d) => ({ ...d, value: (d.value as unknown[]).map((v, i) => (i === 2 ? 'x' : v)) }), /"value"\[2\] is not valid/],
    ['a sparse key out of range', (d) => ({ ...d, value: { '12': 1 } }), /not a cell position 0..11/],
    ['no value', (d) => ({ ...d, value: undefined }), /"value" is missing/],
    ['a bad status', (d) => ({ ...d, status: 7 }), /"status" must be an array or an object/],
    ['a role naming an unknown dimension', (d) => ({ ...d, role: { time: ['År'] } }), /role.time names År/],
    ['an index with a gap', (d) => ({ ...d, dimension: { ...(d.dimension as object), Region: { category: { index: { a: 0, b: 2 } } } } }), /positions 0..1/],
  ])('rejects %s with a clear message', (_, mutate, message) => {
    expect(() => tidyJsonStat(mutate(valid()))).toThrow(JsonStatError);
    expect(() => tidyJsonStat(mutate(valid()))).toThrow(message);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseJsonStatText('{"version": "2.0",')).toThrow(/invalid JSON-stat: not JSON/);
  });

  it('writes tidy Parquet with the dataset metadata', async () => {
    const path = join(out, 'array.parquet');
    const result = await importJsonStat(await openDuckDB(), join(FIXTURES, 'array-form.json'), path, '2000-01-01');
    expect(result.rows).toBe(12);
    const db = await connect();
    const rows = await query(db, `SELECT Region, Tid, year, value, unit, decimals, status FROM read_parquet(${sqlString(path)}) WHERE status IS NOT NULL ORDER BY Region, Tid, unit`);
    expect(rows).toEqual([
      { Region: '0', Tid: '2022', year: 2022, value: 9.5, unit: 'prosent', decimals: 1, status: '*' },
      { Region: '3203', Tid: '2022', year: 2022, value: null, unit: 'personer', decimals: 0, status: '..' },
      { Region: '3203', Tid: '2022', year: 2022, value: null, unit: 'prosent', decimals: 1, status: ':' },
    ]);
    const meta = await readMetadata(db, path);
    expect(meta).toMatchObject({ 'slt.synthetic': 'false', 'slt.updated': '2024-06-20', 'slt.tier': 'public', 'slt.source': 'Statistisk sentralbyrå' });
    expect(meta['slt.title']).toMatch(/^13556/);
  });

  it('reports a file that cannot be read', async () => {
    const broken = join(out, 'broken.json');
    writeFileSync(broken, 'not json');
    const connection = await openDuckDB();
    await expect(importJsonStat(connection, join(out, 'missing.json'), join(out, 'x.parquet'), '2000-01-01')).rejects.toThrow(/cannot read/);
    await expect(importJsonStat(connection, broken, join(out, 'x.parquet'), '2000-01-01')).rejects.toThrow(/not JSON/);
  });
});
