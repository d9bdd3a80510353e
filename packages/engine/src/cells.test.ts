// The page reads each decoded column into the same cells as DuckDB-WASM's answer gives
// (duckdb/arrow-rows.ts reads Arrow): checked here on the same buffers wrapped as Arrow,
// for every storage type, with NULLs and the edges (BIGINT beyond 2^53, timestamps before
// 1970 and with microseconds, -0, NaN, empty text, a blob).
import { describe, expect, it } from 'vitest';
import { arrowTable } from './arrow/table.ts';
import { cellsOf } from './cells.ts';
import { toCell } from './duckdb/arrow-rows.ts';
import { columnAssembler } from './parquet/column-assembler.ts';
import type { PlainColumn, StorageType } from './parquet/columns.ts';

/** A column as the decoder assembles it from values as hyparquet hands them over (STORAGE_PARSERS). */
function column(type: StorageType, values: unknown[], dictionaryEncoded = false): PlainColumn {
  const assembler = columnAssembler(type, values.length, dictionaryEncoded);
  assembler.add(0, values as never);
  return assembler.finish();
}

/** The cells DuckDB's path would give for the same buffers: Arrow's get, then toCell. */
function throughArrow(decoded: PlainColumn): unknown[] {
  const vector = arrowTable(new Map([['c', decoded]]), decoded.length).getChild('c')!;
  return Array.from({ length: decoded.length }, (_, index) => toCell(vector.get(index), vector.type));
}

const text = (value: string) => new TextEncoder().encode(value);

const COLUMNS: [string, PlainColumn][] = [
  ['int32', column('int32', [1, null, -2147483648, 2147483647])],
  ['uint32', column('uint32', [0, 4294967295, null])],
  ['int64', column('int64', [10n, null, -9007199254740993n, 9223372036854775807n, 9007199254740991n])],
  ['uint64', column('uint64', [0n, 18446744073709551615n, null])],
  ['float32', column('float32', [0.25, -1.5, null, Number.NaN])],
  ['float64', column('float64', [1.5, -0, null, Number.POSITIVE_INFINITY, Number.NaN, 1e300])],
  ['bool', column('bool', [true, false, null, true])],
  ['date32', column('date32', [18292, -1, null, 24855])],
  ['timestamp', column('timestamp', [1580474096789123n, -1000001n, null, 0n])],
  ['timestamp-utc', column('timestamp-utc', [1580474096789000n, null])],
  ['utf8', column('utf8', [text('alpha'), null, text('Bærum ø'), text('')])],
  ['utf8 dictionary', column('utf8', [text('Øst'), text('Asker'), null, text('Øst')], true)],
  ['binary', column('binary', [new Uint8Array([1, 2, 3]), null, new Uint8Array([])])],
];

describe('cells read in the page', () => {
  it.each(COLUMNS)('%s: the same cells as through Arrow (DuckDB\'s path)', (_, decoded) => {
    expect(cellsOf(decoded)).toEqual(throughArrow(decoded));
  });

  it('are what a widget expects: safe BIGINTs as numbers, others as BigInt, dates as Date', () => {
    expect(cellsOf(COLUMNS[2]![1])).toEqual([10, null, -9007199254740993n, 9223372036854775807n, 9007199254740991]);
    expect(cellsOf(COLUMNS[7]![1]).map((cell) => (cell instanceof Date ? cell.toISOString() : cell))).toEqual([
      '2020-01-31T00:00:00.000Z', '1969-12-31T00:00:00.000Z', null, '2038-01-19T00:00:00.000Z',
    ]);
    // -1 000 001 µs is 1969-12-31 23:59:58.999999; a Date keeps whole milliseconds, cut towards
    // 1970 as Arrow (and so every DuckDB-WASM answer) cuts them: the page does the same.
    expect(cellsOf(COLUMNS[8]![1]).map((cell) => (cell instanceof Date ? cell.toISOString() : cell))).toEqual([
      '2020-01-31T12:34:56.789Z', '1969-12-31T23:59:59.000Z', null, '1970-01-01T00:00:00.000Z',
    ]);
    expect(cellsOf(COLUMNS[11]![1])).toEqual(['Øst', 'Asker', null, 'Øst']);
  });
});
