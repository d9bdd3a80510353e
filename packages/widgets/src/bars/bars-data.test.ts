import { describe, expect, it } from 'vitest';
import { pickReference, sortCategories, stackStarts, toBars, type Bar } from './bars-data.ts';

const bar = (category: string, value: number | null, series = '', hidden = false): Bar => ({ category, series, value, hidden });

describe('toBars', () => {
  it('reads rows, marking the hidden value columns', () => {
    const rows = [
      { area: 'Borgen', value: 15.5, sex: 'female' },
      { area: 'Vollen', value: null, sex: 'female' },
    ];
    expect(toBars(rows, { category: 'area', value: 'value', series: 'sex' }, [new Set(), new Set(['value'])])).toEqual([
      bar('Borgen', 15.5, 'female'),
      bar('Vollen', null, 'female', true),
    ]);
    expect(() => toBars([{ area: 'x', value: 'high' }], { category: 'area', value: 'value' })).toThrow('must hold numbers');
  });
});

describe('sortCategories', () => {
  const bars = [bar('Vollen', 6.6), bar('Borgen', 15.5), bar('Åsen', null), bar('Asker sentrum', 11.1), bar('Tofte', 11.1)];
  it('orders by value, unknown last, ties by name', () => {
    expect(sortCategories(bars, 'descending', 'nb')).toEqual(['Borgen', 'Asker sentrum', 'Tofte', 'Vollen', 'Åsen']);
    expect(sortCategories(bars, 'ascending', 'nb')).toEqual(['Vollen', 'Asker sentrum', 'Tofte', 'Borgen', 'Åsen']);
  });
  it('orders by name in the reader\'s alphabet (å last in Norwegian)', () => {
    expect(sortCategories([...bars, bar('Ørje', 1)], 'category', 'nb')).toEqual(['Asker sentrum', 'Borgen', 'Tofte', 'Vollen', 'Ørje', 'Åsen']);
  });
  it('orders stacked or grouped categories by the sum of their series', () => {
    const grouped = [bar('A', 5, 'f'), bar('A', 1, 'm'), bar('B', 3, 'f'), bar('B', 4, 'm')];
    expect(sortCategories(grouped, 'descending', 'en')).toEqual(['B', 'A']);
  });
});

describe('pickReference', () => {
  const columns = { category: 'area', value: 'value', series: 'sex' };
  const rows = [
    { value: 10.3, sex: 'all', indicator: 'neet', area_level: 'municipality', year: 2025 },
    { value: 9.6, sex: 'female', indicator: 'neet', area_level: 'municipality', year: 2025 },
    { value: 9.9, sex: 'female', indicator: 'neet', area_level: 'municipality', year: 2024 },
    { value: null, sex: 'male', indicator: 'neet', area_level: 'municipality', year: 2025 },
  ];
  const others = [
    { column: 'indicator', values: ['neet'] },
    { column: 'area_level', values: ['district'] }, // the reference cannot meet it: left out
    { column: 'year', values: ['2025'] },
  ];
  it('keeps the filters the reference can meet, one value per series, hidden as null', () => {
    const reference = pickReference(rows, others, columns, [new Set(), new Set(), new Set(), new Set(['value'])]);
    expect([...reference!]).toEqual([
      ['all', 10.3],
      ['female', 9.6],
      ['male', null],
    ]);
  });
  it('is undefined when no row matches', () => {
    expect(pickReference([], others, columns)).toBeUndefined();
  });
});

describe('stackStarts', () => {
  it('starts each series where the earlier ones in its category end', () => {
    const bars = [bar('A', 2, 'm'), bar('A', 5, 'f'), bar('B', null, 'f'), bar('B', 3, 'm')];
    const starts = stackStarts(bars, ['f', 'm']);
    expect(bars.map((entry) => starts.get(entry))).toEqual([5, 0, 0, 0]);
  });
});
