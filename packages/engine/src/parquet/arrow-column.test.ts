// Text columns gathered as Arrow dictionaries: the same values as the plain path, in Node.
import { DataType, makeVector, Utf8 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { columnAssembler, DictionaryTextAssembler } from './arrow-column.ts';

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

describe('DictionaryTextAssembler', () => {
  it('gives a Dictionary<Utf8, Int32> whose values are the rows\', each distinct text once, nulls and unwritten rows null', () => {
    const assembler = columnAssembler(new Utf8(), 9, true);
    for (const { rowStart, values } of rowGroups()) assembler.add(rowStart, values);
    const data = assembler.finish();
    expect(DataType.isDictionary(data.type)).toBe(true);
    expect(data.dictionary!.toArray()).toEqual(['Øst', 'Vest', 'Bærum', 'Asker']); // in the order first seen
    expect([...makeVector(data)]).toEqual(EXPECTED);
    expect(data.nullCount).toBe(2);
  });

  it('turns into plain text when the pages carry no dictionary (every value a new object), keeping the rows so far', () => {
    const assembler = new DictionaryTextAssembler(new Utf8(), 9, 3);
    for (const { rowStart, values } of rowGroups()) assembler.add(rowStart, values);
    const data = assembler.finish();
    expect(DataType.isUtf8(data.type)).toBe(true);
    expect([...makeVector(data)]).toEqual(EXPECTED);
  });

  it('matches the plain assembler on the same chunks', () => {
    const plain = columnAssembler(new Utf8(), 9);
    for (const { rowStart, values } of rowGroups()) plain.add(rowStart, values);
    expect([...makeVector(plain.finish())]).toEqual(EXPECTED);
  });
});
