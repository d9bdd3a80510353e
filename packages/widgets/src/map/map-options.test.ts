import { describe, expect, it } from 'vitest';
import { isEngineError } from '@slt/engine';
import { districtQuery, mapOptions, parseTiles, referenceQuery, type MapAttributes } from './map-options.ts';

const base: MapAttributes = {
  src: '/data/indicators.parquet',
  filter: 'indicator=neet&age_group=16-25&sex=all&area_level=district',
  areaColumn: 'area',
  codeColumn: 'area_code',
  valueColumn: 'value',
  timeColumn: 'year',
  statusColumn: 'status',
  reference: 'area_level=municipality',
  tiles: '',
  geometry: '',
  featureKey: '',
  unit: 'percent',
  decimals: undefined,
};

function failure(attributes: Partial<MapAttributes>): string {
  try {
    mapOptions({ ...base, ...attributes });
  } catch (error) {
    if (isEngineError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('mapOptions', () => {
  it('turns the attributes into options, with the documented defaults', () => {
    const options = mapOptions(base);
    expect(options.filters).toEqual([
      { column: 'indicator', values: ['neet'] },
      { column: 'age_group', values: ['16-25'] },
      { column: 'sex', values: ['all'] },
      { column: 'area_level', values: ['district'] },
    ]);
    expect(options.reference).toEqual([{ column: 'area_level', values: ['municipality'] }]);
    expect(options.featureKey).toBe('area_code');
    expect(options.geometry).toBeUndefined();
    expect(options.tiles.size).toBe(0);
    expect(mapOptions({ ...base, codeColumn: ' ', timeColumn: '' }).codeColumn).toBeUndefined();
  });

  it('fails loudly, naming the attribute', () => {
    expect(failure({ src: ' ' })).toMatch(/^unknown-dataset: slt-map needs a src/);
    expect(failure({ unit: 'prosent' })).toBe('invalid-option: invalid unit: "prosent" (use one of percent, per_1000, count, number)');
    expect(failure({ decimals: 9 })).toBe('invalid-option: invalid decimals: 9 (use 0 to 6)');
    expect(failure({ areaColumn: '' })).toBe('invalid-option: area-column is empty');
    expect(failure({ tiles: '3203-01:0' })).toBe(
      'invalid-option: invalid tiles entry: "3203-01:0" (use key:column,row, e.g. 3203-01:0,2)',
    );
  });
});

describe('parseTiles', () => {
  it('reads key:column,row pairs; keys may hold colons and spaces', () => {
    expect([...parseTiles('3203-01:2,1; 3203-02 : 2, 0;;Asker sentrum:0,3')]).toEqual([
      ['3203-01', { x: 2, y: 1 }],
      ['3203-02', { x: 2, y: 0 }],
      ['Asker sentrum', { x: 0, y: 3 }],
    ]);
  });

  it('refuses two districts on one tile', () => {
    expect(() => parseTiles('a:0,0;b:0,0')).toThrow('invalid tiles: "b" and "a" are both at 0,0');
  });

  it('refuses a column or row past the grid a municipality needs (500,500 drew a map 23,000 px tall)', () => {
    expect(parseTiles('a:19,19').get('a')).toEqual({ x: 19, y: 19 });
    expect(() => parseTiles('a:0,0;b:500,500')).toThrow('invalid tiles entry: "b:500,500", a column or row past the grid (use 0 to 19)');
    expect(() => parseTiles('a:20,0')).toThrow('(use 0 to 19)');
  });
});

describe('queries', () => {
  const options = mapOptions(base);

  it('asks for names, codes, values, time and status, in code order', () => {
    expect(districtQuery(options, [{ column: 'sex', values: ['female'] }], true)).toEqual({
      columns: ['area', 'area_code', 'value', 'year', 'status'],
      filters: [...options.filters, { column: 'sex', values: ['female'] }],
      orderBy: ['area_code'],
    });
    expect(districtQuery({ ...options, codeColumn: undefined, timeColumn: undefined }, [], false).columns).toEqual(['area', 'value']);
  });

  it('asks for the reference area at the map\'s time, its columns replacing the map\'s', () => {
    expect(referenceQuery(options, [], 2025, true)).toEqual({
      columns: ['area', 'value', 'status'],
      filters: [
        { column: 'indicator', values: ['neet'] },
        { column: 'age_group', values: ['16-25'] },
        { column: 'sex', values: ['all'] },
        { column: 'area_level', values: ['municipality'] },
        { column: 'year', values: [2025] },
      ],
      orderBy: ['area'],
      limit: 1,
    });
  });
});
