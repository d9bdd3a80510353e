// The flat-column decoder (flat-column.ts) against hyparquet, on real files written by
// DuckDB: every fixture and every public data file, column by column, cell by cell.
import { parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { cellsOf } from '../cells.ts';
import { columnDecoding } from './column-types.ts';
import { decodeFlatColumn, flatColumnPlan } from './flat-column.ts';
import { openParquet } from './open.ts';
import { readColumns } from './read.ts';
import { PARQUET_HANDLE, type ParquetFile } from './types.ts';

const FILES = [
  '/test/fixtures/flat-columns.parquet',
  '/test/fixtures/all-types.parquet',
  '/test/fixtures/row-groups.parquet',
  '/test/fixtures/trend.parquet',
  '/test/fixtures/empty.parquet',
  '/test/fixtures/indicators-demo.parquet',
  '/test/fixtures/case-counts-demo.parquet',
  '/test/fixtures/internal-case_zones.parquet',
  '/data/indicators.parquet',
  '/data/case_counts.parquet',
  '/data/case_meetings.parquet',
  '/data/concerns_rolling.parquet',
];

/** The columns the flat decoder takes (the others go to hyparquet), by decoding each alone from the whole file. */
async function flatColumns(file: ParquetFile): Promise<string[]> {
  const { footer } = file[PARQUET_HANDLE];
  const whole = await (await fetch(file.url)).arrayBuffer();
  return parquetSchema(footer).children.flatMap((node) => {
    const storage = columnDecoding(node).storage;
    const plan = storage && flatColumnPlan(footer, node, storage);
    if (!plan) return [];
    const column = decodeFlatColumn(plan, (index) => new Uint8Array(whole, plan.chunks[index]!.start, plan.chunks[index]!.end - plan.chunks[index]!.start));
    return column ? [node.element.name] : [];
  });
}

describe('the flat-column decoder', () => {
  it.each(FILES)('%s: every column reads as hyparquet reads it', async (url) => {
    const file = await openParquet(url);
    const names = file.info.columns.map((column) => column.name);
    const ours = await readColumns(file, names);
    const theirs = await readColumns(file, names, { decoder: 'hyparquet' });
    for (const name of names) {
      const [a, b] = [ours.get(name)!, theirs.get(name)!];
      expect({ name, length: a.length, nullCount: a.nullCount, type: a.type }).toEqual({ name, length: b.length, nullCount: b.nullCount, type: b.type });
      expect(cellsOf(a), name).toEqual(cellsOf(b));
    }
  });

  it('takes every column DuckDB writes flat, and leaves decimals and millisecond timestamps to hyparquet', async () => {
    const file = await openParquet('/test/fixtures/flat-columns.parquet');
    expect(file[PARQUET_HANDLE].footer.row_groups.length).toBe(4);
    expect(await flatColumns(file)).toEqual(['id', 'i32', 'i64', 'u32', 'f32', 'f64', 'flag', 'area', 'pseudonym', 'mixed', 'day', 'ts', 'tstz', 'blob']);
  });

  it('keeps text with a dictionary as codes, and writes it out when a row group has none', async () => {
    const file = await openParquet('/test/fixtures/flat-columns.parquet');
    const columns = await readColumns(file, ['area', 'mixed', 'pseudonym']);
    const area = columns.get('area')!;
    expect(area.dictionary?.length).toBe(6); // five names and the empty text, each once
    expect(columns.get('mixed')!.dictionary).toBeUndefined();
    expect(columns.get('pseudonym')!.dictionary).toBeUndefined();
    expect(cellsOf(area).slice(0, 6)).toEqual([null, 'Bærum ø', 'Oslo', 'Tromsø', '', 'Asker']);
  });

  it('reads a file by Range (over 1 MiB) the same way', async () => {
    const file = await openParquet('/test/fixtures/flat-columns.parquet');
    expect(file[PARQUET_HANDLE].bytes instanceof ArrayBuffer).toBe(false);
    const ours = await readColumns(file, ['pseudonym', 'ts', 'f32']);
    const theirs = await readColumns(file, ['pseudonym', 'ts', 'f32'], { decoder: 'hyparquet' });
    for (const name of ['pseudonym', 'ts', 'f32']) expect(cellsOf(ours.get(name)!)).toEqual(cellsOf(theirs.get(name)!));
  });

  it('reports a corrupt page as a corrupt file', async () => {
    const file = await openParquet('/test/fixtures/trend.parquet');
    const bytes = (file[PARQUET_HANDLE].bytes as ArrayBuffer).slice(0);
    const view = new Uint8Array(bytes);
    // Overwrite the first column chunk's data past its page header with garbage.
    const plan = flatColumnPlan(file[PARQUET_HANDLE].footer, parquetSchema(file[PARQUET_HANDLE].footer).children[0]!, 'int32')!;
    view.fill(0xff, plan.chunks[0]!.start + 2, plan.chunks[0]!.end);
    const broken: ParquetFile = { ...file, [PARQUET_HANDLE]: { ...file[PARQUET_HANDLE], bytes } };
    const error = await readColumns(broken, ['year']).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'corrupt-file' });
  });
});
