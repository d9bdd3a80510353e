import { describe, expect, it } from 'vitest';
import { toCsv } from '../shared/data-table.ts';
import { sortRows, toDataTable, type TableRow } from './table-data.ts';
import { tableOptions, type TableAttributes } from './table-options.ts';

const NBSP = '\u00a0';
const attributes: TableAttributes = { src: 'x.parquet', filter: '', columns: '', labels: 'area=Bydel', units: 'value=percent', decimals: undefined, sort: '' };
const columns = [
  { name: 'area', type: 'string' as const },
  { name: 'year', type: 'integer' as const },
  { name: 'value', type: 'float' as const },
  { name: 'numerator', type: 'integer' as const },
];
const row = (area: string, value: number | null, numerator: number | null, hidden: string[] = []): TableRow => ({
  cells: { area, year: 2025, value, numerator },
  hidden: new Set(hidden),
});
const rows = [row('Vollen', 6.6, 1234), row('Åsen', null, null, ['value', 'numerator']), row('Borgen', 15.5, 2000), row('Asker 2', 8, 10), row('Asker 10', 9, 12)];

describe('tableOptions', () => {
  it('reads columns, labels, units and the starting sort', () => {
    const options = tableOptions({ ...attributes, columns: ' area, value ', sort: 'value:descending' });
    expect(options.columns).toEqual(['area', 'value']);
    expect(options.labels.get('area')).toBe('Bydel');
    expect(options.units.get('value')).toBe('percent');
    expect(options.sort).toEqual({ column: 'value', direction: 'descending' });
  });
  it.each([
    [{ units: 'value=prosent' }, 'invalid unit for value: "prosent"'],
    [{ sort: 'value:down' }, 'invalid sort: "value:down" (use column or column:descending)'],
    [{ labels: 'area=A&area=B' }, 'labels: area is given twice'],
    [{ src: ' ' }, 'slt-table needs a src'],
  ])('fails loudly on %j', (change, message) => {
    expect(() => tableOptions({ ...attributes, ...change })).toThrow(message);
  });
});

describe('sortRows', () => {
  const names = (sorted: TableRow[]) => sorted.map((entry) => entry.cells['area']);
  it('sorts numbers by value either way, hidden and empty cells last', () => {
    expect(names(sortRows(rows, { column: 'value', direction: 'descending' }, 'nb'))).toEqual(['Borgen', 'Asker 10', 'Asker 2', 'Vollen', 'Åsen']);
    expect(names(sortRows(rows, { column: 'value', direction: 'ascending' }, 'nb'))).toEqual(['Vollen', 'Asker 2', 'Asker 10', 'Borgen', 'Åsen']);
  });
  it('sorts text in the reader\'s alphabet, numbers in it as numbers', () => {
    expect(names(sortRows(rows, { column: 'area', direction: 'ascending' }, 'nb'))).toEqual(['Asker 2', 'Asker 10', 'Borgen', 'Vollen', 'Åsen']);
    expect(names(sortRows(rows, undefined, 'nb'))).toEqual(names(rows));
  });
});

describe('toDataTable', () => {
  it.each([
    ['nb', `6,6${NBSP}%`, `1${NBSP}234`],
    ['nn', `6,6${NBSP}%`, `1${NBSP}234`],
    ['da', `6,6${NBSP}%`, '1.234'],
    ['en', '6.6%', '1,234'],
  ] as const)('formats numbers for %s, years plain, hidden as ":"', (language, value, count) => {
    const table = toDataTable(rows.slice(0, 2), columns, tableOptions(attributes), language);
    expect(table.columns).toEqual([
      { label: 'Bydel', numeric: false },
      { label: 'year', numeric: false },
      { label: 'value', numeric: true },
      { label: 'numerator', numeric: true },
    ]);
    expect(table.rows[0]!.map((entry) => entry.text)).toEqual(['Vollen', '2025', value, count]);
    expect(table.rows[1]!.slice(2)).toEqual([
      { text: ':', raw: null, suppressed: true },
      { text: ':', raw: null, suppressed: true },
    ]);
  });
  it('gives the CSV raw numbers and ":" in the shown order', () => {
    const sorted = sortRows(rows.slice(0, 3), { column: 'value', direction: 'descending' }, 'nb');
    expect(toCsv(toDataTable(sorted, columns, tableOptions(attributes), 'nb'), 'nb')).toBe(
      '\ufeffBydel;year;value;numerator\r\nBorgen;2025;15,5;2000\r\nVollen;2025;6,6;1234\r\nÅsen;2025;:;:\r\n',
    );
  });
});
