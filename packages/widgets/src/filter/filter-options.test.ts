import type { ColumnInfo } from '@slt/engine';
import { describe, expect, it } from 'vitest';
import { parsePickers, pickerLabel, pickersFrom, valueLabel } from './filter-options.ts';

const schema: ColumnInfo[] = [
  { name: 'year', type: 'integer' },
  { name: 'period', type: 'string' },
  { name: 'area', type: 'string' },
  { name: 'sex', type: 'string' },
  { name: 'age_group', type: 'string' },
] as ColumnInfo[];

describe('parsePickers', () => {
  it('pairs labels with columns by position', () => {
    expect(parsePickers(' year, area ,sex', 'År,Bydel')).toEqual([
      { column: 'year', label: 'År' },
      { column: 'area', label: 'Bydel' },
      { column: 'sex', label: undefined },
    ]);
  });

  it('fails loudly on what a developer can fix', () => {
    expect(() => parsePickers('', '')).toThrow(/needs columns/);
    expect(() => parsePickers('area,area', '')).toThrow('column "area" is listed twice in columns');
    expect(() => parsePickers('area', 'A,B')).toThrow('labels has 2 entries for 1 columns');
  });
});

describe('pickersFrom', () => {
  const rows = [
    { year: 2015, period: '2013-2015', area: 'Vollen', sex: 'all', age_group: '16-25' },
    { year: 2025, period: '2023-2025', area: 'Asker', sex: 'male', age_group: '0-17' },
    { year: 2019, period: '2017-2019', area: 'Røyken', sex: 'female', age_group: '13-15' },
    { year: 2025, period: '2023-2025', area: 'Sætre', sex: 'female', age_group: 'all' },
    { year: 2020, period: null, area: 'Ås', sex: 'female', age_group: '15-29' },
  ];

  it('lists distinct values: periods newest first, the rest alphabetical in the reader\'s language and numeric', () => {
    const pickers = pickersFrom(rows, parsePickers('year,period,area,sex,age_group', ''), schema, 'nb');
    expect(pickers.map((picker) => picker.values)).toEqual([
      ['2025', '2020', '2019', '2015'],
      ['2023-2025', '2017-2019', '2013-2015'],
      ['Asker', 'Røyken', 'Sætre', 'Vollen', 'Ås'],
      ['female', 'male'],
      ['0-17', '13-15', '15-29', '16-25'],
    ]);
    expect(pickers.map((picker) => picker.hasAll)).toEqual([false, false, false, true, true]);
  });

  it('sorts å after z for a Norwegian or Danish reader, and as a for an English one', () => {
    expect(pickersFrom(rows, parsePickers('area', ''), schema, 'da')[0]!.values.at(-1)).toBe('Ås');
    expect(pickersFrom(rows, parsePickers('area', ''), schema, 'en')[0]!.values.slice(0, 2)).toEqual(['Ås', 'Asker']);
  });
});

describe('labels in the reader\'s language', () => {
  it.each([
    ['nb', ['År', 'Område', 'Kjønn', 'Aldersgruppe'], ['Alle', 'Jenter/kvinner', 'Gutter/menn', '16–25 år']],
    ['nn', ['År', 'Område', 'Kjønn', 'Aldersgruppe'], ['Alle', 'Jenter/kvinner', 'Gutar/menn', '16–25 år']],
    ['da', ['År', 'Område', 'Køn', 'Aldersgruppe'], ['Alle', 'Piger/kvinder', 'Drenge/mænd', '16–25 år']],
    ['en', ['Year', 'Area', 'Sex', 'Age group'], ['All', 'Girls/women', 'Boys/men', '16–25 years']],
  ] as const)('%s', (language, columns, values) => {
    expect(['year', 'area', 'sex', 'age_group'].map((column) => pickerLabel({ column, label: undefined }, language))).toEqual(columns);
    expect([valueLabel('sex', 'all', language), valueLabel('sex', 'female', language), valueLabel('sex', 'male', language), valueLabel('age_group', '16-25', language)]).toEqual(values);
  });

  it('prefers the page\'s label, and writes spans with an en dash', () => {
    expect(pickerLabel({ column: 'area', label: 'Bydel' }, 'nb')).toBe('Bydel');
    expect(pickerLabel({ column: 'measure', label: undefined }, 'nb')).toBe('measure');
    expect(valueLabel('period', '2021-2023', 'nb')).toBe('2021–2023');
    expect(valueLabel('area', 'Borgen', 'nb')).toBe('Borgen');
  });
});

describe('pickers in nynorsk', () => {
  it('sort æ, ø, å after z, as bokmål does (no nynorsk collation to fall back on)', () => {
    const rows = ['Åsane', 'Ørsta', 'Zeta', 'Ænes', 'Asker'].map((area) => ({ area }));
    const [picker] = pickersFrom(rows, [{ column: 'area', label: undefined }], [{ name: 'area', type: 'string' }], 'nn');
    expect(picker!.values).toEqual(['Asker', 'Zeta', 'Ænes', 'Ørsta', 'Åsane']);
  });
});
