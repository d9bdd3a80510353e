import { describe, expect, it } from 'vitest';
import type { Table } from 'apache-arrow';
import { isEngineError } from '../errors.ts';
import { readColumnsAsArrow } from '../arrow/table.ts';
import { openParquet } from './index.ts';
import { openParquetFile } from './open.ts';

const fixture = (name: string) => `/test/fixtures/${name}`;

function column(table: Table, name: string): unknown[] {
  const vector = table.getChild(name);
  if (!vector) throw new Error(`no column ${name}`);
  return [...vector];
}

describe('readColumns, as the Arrow table DuckDB gets (readColumnsAsArrow)', () => {
  it('maps every type to the Arrow type DuckDB expects, keeping nulls', async () => {
    const file = await openParquet(fixture('all-types.parquet'));
    const table = await readColumnsAsArrow(file, file.info.columns.map((c) => c.name));
    expect(table.numRows).toBe(4);
    expect(Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]))).toEqual({
      i32: 'Int32',
      i64: 'Int64',
      f64: 'Float64',
      f32: 'Float32',
      dec: 'Float64',
      str: 'Utf8',
      bool: 'Bool',
      day: 'Date32<DAY>',
      ts: 'Timestamp<MICROSECOND>',
      i16: 'Int32',
    });
    expect(column(table, 'i32')).toEqual([1, -2, null, 2147483647]);
    expect(column(table, 'i64')).toEqual([10000000000n, -9007199254740993n, null, 9223372036854775807n]);
    expect(column(table, 'f64')).toEqual([1.5, -0, null, 1e300]);
    expect(column(table, 'f32')).toEqual([0.25, -1.5, null, 3]);
    expect(column(table, 'dec')).toEqual([12.34, -0.01, null, 99999999.99]);
    expect(column(table, 'str')).toEqual(['alpha', 'Bærum ø', null, '']);
    expect(column(table, 'bool')).toEqual([true, false, null, true]);
    expect(column(table, 'i16')).toEqual([7, -7, null, 32767]);
    // Arrow returns dates and timestamps as epoch milliseconds; the stored values are days and microseconds.
    expect(column(table, 'day').map((v) => (v === null ? null : new Date(v as number).toISOString()))).toEqual([
      '2020-01-31T00:00:00.000Z', '1969-12-31T00:00:00.000Z', null, '2038-01-19T00:00:00.000Z',
    ]);
    const ts = table.getChild('ts')!.data[0]!;
    expect([...(ts.values as BigInt64Array)].filter((_, i) => i !== 2)).toEqual([
      1580474096789000n, -1000000n, 2147483647123456n,
    ]);
    for (const name of ['i32', 'str', 'bool', 'day', 'ts']) expect(table.getChild(name)!.nullCount).toBe(1);
  });

  it('decodes only the columns asked for, in the order asked', async () => {
    const file = await openParquet(fixture('trend.parquet'));
    const table = await readColumnsAsArrow(file, ['value', 'year', 'value']);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['value', 'year']);
    expect(table.numRows).toBe(22);
    expect(column(table, 'year').slice(0, 3)).toEqual([2012, 2013, 2014]);
  });

  it('assembles a file of several row groups', async () => {
    const file = await openParquet(fixture('row-groups.parquet'));
    const table = await readColumnsAsArrow(file, ['n', 'area', 'half']);
    expect(table.numRows).toBe(5000);
    const n = column(table, 'n');
    expect(n.every((v, i) => v === i)).toBe(true);
    expect(column(table, 'area')[4999]).toBe(`area ${4999 % 7}`);
    expect(column(table, 'half')[4995]).toBeNull();
    expect(column(table, 'half')[4999]).toBe((4999 % 13) * 0.5);
    expect(table.getChild('half')!.nullCount).toBe(1000);
  });

  it('reads a file of zero rows as an empty table with the right types', async () => {
    const file = await openParquet(fixture('empty.parquet'));
    const table = await readColumnsAsArrow(file, ['year', 'area']);
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => String(f.type))).toEqual(['Int32', 'Utf8']);
  });

  it('rejects an unknown column with the valid ones', async () => {
    const file = await openParquet(fixture('trend.parquet'));
    const error = await readColumnsAsArrow(file, ['year', 'nope']).catch((e: unknown) => e);
    expect(isEngineError(error) && error.code).toBe('unknown-column');
    expect(isEngineError(error) && error.validColumns).toEqual(['year', 'area', 'value', 'indicator']);
  });

  it('names the codec it cannot decompress', async () => {
    const file = await openParquet(fixture('zstd.parquet'));
    const error = await readColumnsAsArrow(file, ['year']).catch((e: unknown) => e);
    expect(isEngineError(error) && error.code).toBe('corrupt-file');
    expect((error as Error).message).toContain('ZSTD');
    expect(isEngineError(error) && error.dataset).toBe(fixture('zstd.parquet'));
  });

  it('reads large files by HTTP Range, fetching only the chunks of the columns asked for', async () => {
    const ranges: string[] = [];
    const recording: typeof fetch = (input, init) => {
      ranges.push(new Headers(init?.headers).get('Range') ?? 'whole');
      return fetch(input, init);
    };
    const file = await openParquetFile(fixture('row-groups.parquet'), { fetch: recording }, 0);
    const whole = await readColumnsAsArrow(await openParquet(fixture('row-groups.parquet')), ['area']);
    const ranged = await readColumnsAsArrow(file, ['area']);
    expect(ranged.toArray().map((row) => row.toJSON())).toEqual(whole.toArray().map((row) => row.toJSON()));
    // The GET whose Content-Length chose ranged reading (then cancelled), the footer, the column.
    expect(ranges[0]).toBe('whole');
    expect(ranges.slice(1).every((range) => range.startsWith('bytes='))).toBe(true);
    const fetched = ranges.slice(2).reduce((sum, range) => {
      const [start, end] = range.slice('bytes='.length).split('-').map(Number);
      return sum + end! - start! + 1;
    }, 0);
    expect(fetched).toBeGreaterThan(0);
    expect(fetched).toBeLessThan(28_734 / 2);
  });

  it('falls back to the whole body when a server ignores Range', async () => {
    const ignoringRange: typeof fetch = (input) => fetch(input);
    const file = await openParquetFile(fixture('trend.parquet'), { fetch: ignoringRange }, 0);
    const table = await readColumnsAsArrow(file, ['area']);
    expect(column(table, 'area').filter((a) => a === 'Oslo')).toHaveLength(11);
  });

  it('can be called concurrently on one file', async () => {
    const file = await openParquet(fixture('row-groups.parquet'));
    const tables = await Promise.all([['n'], ['area'], ['n', 'half'], ['half']].map((c) => readColumnsAsArrow(file, c)));
    expect(tables.map((t) => t.numCols)).toEqual([1, 1, 2, 1]);
    expect(tables.every((t) => t.numRows === 5000)).toBe(true);
  });
});
