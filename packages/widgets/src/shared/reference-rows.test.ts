import { describe, expect, it } from 'vitest';
import { referenceName, referenceOthers, referenceRows } from './reference-rows.ts';

describe('a reference beside the chart (area=Asker beside the districts)', () => {
  const reference = [{ column: 'area', values: ['Asker'] }];

  it('takes the chart\'s filters but those on its own columns (a district chosen in the scope does not apply to it)', () => {
    const filters = [
      { column: 'indicator', values: ['neet'] },
      { column: 'area', values: ['Borgen'] },
      { column: 'area_level', values: ['district'] },
    ];
    expect(referenceOthers(reference, filters)).toEqual([
      { column: 'indicator', values: ['neet'] },
      { column: 'area_level', values: ['district'] },
    ]);
  });

  it('keeps the rows meeting the filters it can meet, leaving out one no row meets (area_level=district)', () => {
    const rows = [
      { year: 2023, indicator: 'neet', sex: 'all', area_level: 'municipality' },
      { year: 2023, indicator: 'neet', sex: 'female', area_level: 'municipality' },
      { year: 2023, indicator: 'low_income', sex: 'all', area_level: 'municipality' },
      { year: 2024, indicator: 'neet', sex: 'all', area_level: 'municipality' },
    ];
    const others = [
      { column: 'indicator', values: ['neet'] },
      { column: 'sex', values: ['all'] },
      { column: 'area_level', values: ['district'] },
    ];
    expect(referenceRows(rows, others)).toEqual([0, 3]);
    // Values compare as text: a year filter written `year=2024` meets the number 2024.
    expect(referenceRows(rows, [...others, { column: 'year', values: ['2024'] }])).toEqual([3]);
    expect(referenceRows([], others)).toEqual([]);
  });

  it('is named by its filter values', () => {
    expect(referenceName(reference)).toBe('Asker');
    expect(referenceName([{ column: 'area', values: ['Asker', 'Bærum'] }])).toBe('Asker, Bærum');
  });
});
