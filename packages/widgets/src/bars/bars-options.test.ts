import { describe, expect, it } from 'vitest';
import { barsOptions, barsQuery, categoryLabel, referenceName, referenceOthers, referenceQuery, valueNameOf, type BarsAttributes } from './bars-options.ts';

const attributes: BarsAttributes = {
  src: ' data/indicators.parquet ',
  categoryColumn: 'area',
  valueColumn: 'value',
  seriesColumn: '',
  filter: 'indicator=neet&area_level=district&year=2025',
  unit: 'percent',
  decimals: undefined,
  sort: '',
  reference: 'area=Asker',
  layout: '',
  labels: '',
};

describe('category labels', () => {
  it('names codes in the reader\'s words and leaves the rest as they are', () => {
    const options = barsOptions({ ...attributes, labels: 'none=Ingen tiltak&police_talk=Bekymrings%C2%ADsamtale' });
    expect(categoryLabel(options, 'none')).toBe('Ingen tiltak');
    expect(categoryLabel(options, 'police_talk')).toBe('Bekymrings\u00adsamtale');
    expect(categoryLabel(options, 'school')).toBe('school');
  });
});

describe('barsOptions', () => {
  it('normalises attributes with defaults: descending, grouped', () => {
    const options = barsOptions(attributes);
    expect(options).toMatchObject({ src: 'data/indicators.parquet', sort: 'descending', layout: 'grouped', seriesColumn: undefined });
    expect(options.reference).toEqual([{ column: 'area', values: ['Asker'] }]);
    expect(referenceName(options)).toBe('Asker');
  });

  it.each([
    ['sort', { sort: 'biggest' }, 'invalid sort: "biggest" (use one of descending, ascending, category)'],
    ['layout', { layout: 'side' }, 'invalid layout: "side" (use one of grouped, stacked)'],
    ['unit', { unit: 'prosent' }, 'invalid unit: "prosent" (use one of percent, per_1000, count, number)'],
    ['decimals', { decimals: 1.5 }, 'invalid decimals: 1.5 (use 0 to 6)'],
    ['category-column', { categoryColumn: ' ' }, 'category-column is empty'],
  ])('fails loudly on a bad %s', (_name, change, message) => {
    expect(() => barsOptions({ ...attributes, ...change })).toThrow(message);
  });

  it('asks for category, value, series and status, with the linked filters', () => {
    const options = barsOptions({ ...attributes, seriesColumn: 'sex' });
    expect(barsQuery(options, [{ column: 'sex', values: ['female'] }], true)).toEqual({
      columns: ['area', 'value', 'sex', 'status'],
      filters: [...options.filters, { column: 'sex', values: ['female'] }],
      orderBy: ['area', 'sex'],
    });
  });

  it('reads the reference with its own filters, returning the other filtered columns to check them', () => {
    const options = barsOptions({ ...attributes, filter: 'indicator=neet&area=Borgen&area=Vollen&area_level=district' });
    expect(referenceOthers(options, [])).toEqual([
      { column: 'indicator', values: ['neet'] },
      { column: 'area_level', values: ['district'] },
    ]);
    expect(referenceQuery(options, [], false)).toEqual({
      columns: ['value', 'indicator', 'area_level'],
      filters: [{ column: 'area', values: ['Asker'] }],
    });
    expect(referenceQuery(barsOptions({ ...attributes, reference: '' }), [], false)).toBeUndefined();
  });
});

describe('aggregate', () => {
  const events = { ...attributes, src: 'events.parquet', categoryColumn: 'category', filter: 'event=concern', reference: '' };

  it('is none by default: the file\'s rows as they are', () => {
    expect(barsOptions(events).aggregate).toBe('none');
    expect(barsQuery(barsOptions(events), [], false)).toHaveProperty('columns');
  });

  it('count: one row per category (and series), the rows counted in the query, linked filters included', () => {
    const options = barsOptions({ ...events, aggregate: 'count', seriesColumn: 'sex' });
    expect(valueNameOf(options)).toBe('count');
    expect(barsQuery(options, [{ column: 'area', values: ['Borgen'] }], true)).toEqual({
      groupBy: ['category', 'sex'],
      aggregates: [{ fn: 'count', as: 'count' }],
      filters: [{ column: 'event', values: ['concern'] }, { column: 'area', values: ['Borgen'] }],
      orderBy: ['category', 'sex'],
    });
  });

  it('sum: the value column added up per category; the reference is the total its filters pick', () => {
    const options = barsOptions({ ...events, aggregate: 'sum', valueColumn: 'persons', reference: 'area=Asker' });
    expect(valueNameOf(options)).toBe('persons');
    expect(referenceQuery(options, [], false)).toEqual({
      aggregates: [{ fn: 'sum', column: 'persons', as: 'persons' }],
      filters: [{ column: 'area', values: ['Asker'] }, { column: 'event', values: ['concern'] }],
    });
  });

  it('refuses anything else, naming what is valid', () => {
    expect(() => barsOptions({ ...events, aggregate: 'median' })).toThrow('invalid aggregate: "median" (use one of none, count, sum)');
  });
});
