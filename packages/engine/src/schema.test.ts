import { describe, expect, it } from 'vitest';
import { coerceFilterValue, requireColumn } from './schema.ts';
import type { EngineError } from './errors.ts';
import type { ColumnInfo } from './parquet/index.ts';

const columns: ColumnInfo[] = [
  { name: 'year', type: 'integer' },
  { name: 'area', type: 'string' },
  { name: 'value', type: 'float' },
  { name: 'published', type: 'boolean' },
];

function errorOf(action: () => unknown): EngineError {
  try {
    action();
  } catch (error) {
    return error as EngineError;
  }
  throw new Error('expected an error');
}

describe('requireColumn', () => {
  it('finds a column by its exact name', () => {
    expect(requireColumn(columns, 'area', 'neet.parquet')).toEqual({ name: 'area', type: 'string' });
  });

  it('rejects an unknown name and lists the valid ones', () => {
    const error = errorOf(() => requireColumn(columns, 'aera', 'neet.parquet'));
    expect(error.code).toBe('unknown-column');
    expect(error.column).toBe('aera');
    expect(error.validColumns).toEqual(['year', 'area', 'value', 'published']);
    expect(error.message).toBe('Unknown column "aera" in neet.parquet. Valid columns: year, area, value, published');
  });

  it('is case-sensitive, as DuckDB quoted identifiers are', () => {
    expect(errorOf(() => requireColumn(columns, 'Year', 'd')).code).toBe('unknown-column');
  });
});

describe('coerceFilterValue', () => {
  const [year, area, value, published] = columns as [ColumnInfo, ColumnInfo, ColumnInfo, ColumnInfo];

  it('turns attribute text into the column type', () => {
    expect(coerceFilterValue(year, '2024', 'd')).toBe(2024);
    expect(coerceFilterValue(value, ' 11.4 ', 'd')).toBe(11.4);
    expect(coerceFilterValue(published, 'TRUE', 'd')).toBe(true);
    expect(coerceFilterValue(area, 'Asker', 'd')).toBe('Asker');
  });

  it.each([
    ['2024.5', 'integer'],
    ['twenty', 'integer'],
    ['', 'integer'],
    ['Infinity', 'integer'],
  ])('rejects %j for an %s column', (text) => {
    expect(errorOf(() => coerceFilterValue(year, text, 'd')).code).toBe('invalid-option');
  });

  it('rejects a non-boolean for a boolean column', () => {
    expect(errorOf(() => coerceFilterValue(published, 'yes', 'd')).code).toBe('invalid-option');
  });
});
