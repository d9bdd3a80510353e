// Text columns gathered as dictionary codes: the same values as the plain path, in Node,
// for the page (cells.ts) and as the Arrow Dictionary<Utf8, Int32> DuckDB gets (arrow/table.ts).
import { DataType, makeVector } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowTable } from '../arrow/table.ts';
import { cellsOf } from '../cells.ts';
import { columnAssembler, DictionaryTextAssembler } from './column-assembler.ts';
import type { PlainColumn } from './columns.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Two row groups as hyparquet hands them over: each its own dictionary, rows pointing into it. */
function rowGroups() {
  const first = ['Asker', 'Bærum', 'Øst'].map(bytes);
  const second = ['Øst', 'Asker', 'Vest'].map(bytes); // the same texts as other objects
  return [
    { rowStart: 3, values: [second[0]!, null, second[2]!] },
    { rowStart: 0, values: [first[1]!, first[0]!, first[1]!] },
    { rowStart: 6, values: [second[1]!, first[2]!] },
  ];
}
const EXPECTED = ['Bærum', 'Asker', 'Bærum', 'Øst', null, 'Vest', 'Asker', 'Øst', null];

/** The column as DuckDB gets it: the Arrow vector's data. */
const arrowOf = (column: PlainColumn) => arrowTable(new Map([['area', column]]), column.length).getChild('area')!;

describe('DictionaryTextAssembler', () => {
  it('gives dictionary codes (an Arrow Dictionary<Utf8, Int32> for DuckDB) whose values are the rows\', each distinct text once, nulls and unwritten rows null', () => {
    const assembler = columnAssembler('utf8', 9, true);
    for (const { rowStart, values } of rowGroups()) assembler.add(rowStart, values);
    const column = assembler.finish();
    expect(cellsOf(column.dictionary!)).toEqual(['Øst', 'Vest', 'Bærum', 'Asker']); // in the order first seen
    expect(cellsOf(column)).toEqual(EXPECTED);
    expect(column.nullCount).toBe(2);
    const vector = arrowOf(column);
    expect(DataType.isDictionary(vector.type)).toBe(true);
    expect(vector.data[0]!.dictionary!.toArray()).toEqual(['Øst', 'Vest', 'Bærum', 'Asker']);
    expect([...vector]).toEqual(EXPECTED);
    expect(vector.nullCount).toBe(2);
  });

  it('turns into plain text when the pages carry no dictionary (every value a new object), keeping the rows so far', () => {
    const assembler = new DictionaryTextAssembler(9, 3);
    for (const { rowStart, values } of rowGroups()) assembler.add(rowStart, values);
    const column = assembler.finish();
    expect(column.dictionary).toBeUndefined();
    expect(cellsOf(column)).toEqual(EXPECTED);
    const vector = arrowOf(column);
    expect(DataType.isUtf8(vector.type)).toBe(true);
    expect([...makeVector(vector.data[0]!)]).toEqual(EXPECTED);
  });

  it('matches the plain assembler on the same chunks', () => {
    const plain = columnAssembler('utf8', 9);
    for (const { rowStart, values } of rowGroups()) plain.add(rowStart, values);
    const column = plain.finish();
    expect(cellsOf(column)).toEqual(EXPECTED);
    expect([...arrowOf(column)]).toEqual(EXPECTED);
  });
});
