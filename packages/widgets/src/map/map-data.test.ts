import { describe, expect, it } from 'vitest';
import { gridRows, gridSize, latestTime, place, toDistricts } from './map-data.ts';
import { parseTiles } from './map-options.ts';

const columns = { area: 'area', code: 'area_code', value: 'value', time: 'year', status: 'status' };
const rows = [
  { area: 'Asker sentrum', area_code: '3203-01', value: 10.9, year: 2024, status: null },
  { area: 'Asker sentrum', area_code: '3203-01', value: 11.1, year: 2025, status: null },
  { area: 'Borgen', area_code: '3203-02', value: 15.5, year: 2025, status: null },
  { area: 'Hvalstad', area_code: '3203-03', value: null, year: 2025, status: ':' },
  { area: 'Heggedal', area_code: '3203-04', value: null, year: 2025, status: '..' },
];

describe('toDistricts', () => {
  it('keeps the latest time, one district per area, hidden (:) apart from missing (..)', () => {
    expect(latestTime(rows, 'year')).toBe(2025);
    const districts = toDistricts(rows, columns, new Map());
    expect(districts.map(({ key, name, value, hidden }) => ({ key, name, value, hidden }))).toEqual([
      { key: '3203-01', name: 'Asker sentrum', value: 11.1, hidden: false },
      { key: '3203-02', name: 'Borgen', value: 15.5, hidden: false },
      { key: '3203-03', name: 'Hvalstad', value: null, hidden: true },
      { key: '3203-04', name: 'Heggedal', value: null, hidden: false },
    ]);
  });

  it('takes the engine\'s disclosure marks too: a hidden value is never shown, even if the row has one', () => {
    const suppressed = rows.map((_, index) => new Set(index === 2 ? ['value'] : []));
    const districts = toDistricts(rows, { ...columns, status: undefined }, new Map(), suppressed);
    expect(districts.find((district) => district.name === 'Borgen')).toMatchObject({ value: null, hidden: true });
    expect(districts.find((district) => district.name === 'Hvalstad')).toMatchObject({ value: null, hidden: false });
  });

  it('fails with a hint when the filter leaves several rows per area', () => {
    const twice = [rows[1]!, { ...rows[1]!, value: 12 }];
    expect(() => toDistricts(twice, columns, new Map())).toThrow(/several rows for the area "Asker sentrum": add a filter/);
  });

  it('uses every row when there is no time column', () => {
    expect(toDistricts(rows.slice(2), { area: 'area', value: 'value' }, new Map()).map((d) => d.key)).toEqual([
      'Borgen', 'Hvalstad', 'Heggedal',
    ]);
  });
});

describe('tile positions', () => {
  const ten = Array.from({ length: 10 }, (_, index) => ({ key: `d${index}`, name: `D${index}`, value: index, hidden: false }));

  it('lays districts without positions out in ceil(sqrt(n)) columns, row by row', () => {
    const placed = place(ten, new Map());
    expect(gridSize(placed)).toEqual({ columns: 4, rows: 3 });
    expect(placed.map(({ x, y }) => `${x},${y}`)).toEqual(['0,0', '1,0', '2,0', '3,0', '0,1', '1,1', '2,1', '3,1', '0,2', '1,2']);
  });

  it('puts mapped districts where the mapping says, the rest in rows below', () => {
    const placed = place(ten.slice(0, 3), parseTiles('d1:2,1;d2:0,0'));
    expect(placed.map(({ key, x, y }) => `${key}@${x},${y}`)).toEqual(['d0@0,2', 'd1@2,1', 'd2@0,0']);
  });

  it('gives the keyboard one row of the grid per "series", left to right', () => {
    const placed = place(ten.slice(0, 3), parseTiles('d0:3,0;d1:1,0;d2:2,1'));
    expect(gridRows(placed).map((row) => row.map((district) => district.key))).toEqual([['d1', 'd0'], ['d2']]);
  });
});
