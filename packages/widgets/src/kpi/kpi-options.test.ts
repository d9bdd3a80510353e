import { describe, expect, it } from 'vitest';
import { kpiOptions, kpiQuery, referenceFilters, withLinked, type KpiAttributes } from './kpi-options.ts';

const attributes: KpiAttributes = {
  src: ' /data/indicators.parquet ',
  valueColumn: 'value',
  timeColumn: 'year',
  areaColumn: 'area',
  filter: 'indicator=neet&age_group=16-25&sex=all&area=Asker',
  reference: 'area=Norge',
  period: '',
  unit: 'percent',
  decimals: undefined,
  label: 'av 16–25-åringene',
  numeratorColumn: '',
  denominatorColumn: '',
};

describe('kpiOptions', () => {
  it('turns attributes into checked options', () => {
    const options = kpiOptions(attributes);
    expect(options.src).toBe('/data/indicators.parquet');
    expect(options.reference).toEqual([{ column: 'area', values: ['Norge'] }]);
    expect(options.period).toBeUndefined();
    expect(kpiOptions({ ...attributes, period: ' 2023 ' }).period).toBe('2023');
  });

  it('fails loudly on what a developer can fix', () => {
    expect(() => kpiOptions({ ...attributes, src: '' })).toThrow(/needs a src/);
    expect(() => kpiOptions({ ...attributes, unit: 'prosent' })).toThrow('invalid unit: "prosent" (use one of');
    expect(() => kpiOptions({ ...attributes, decimals: 9 })).toThrow('invalid decimals: 9 (use 0 to 6)');
    expect(() => kpiOptions({ ...attributes, timeColumn: ' ' })).toThrow('time-column is empty');
    expect(() => kpiOptions({ ...attributes, numeratorColumn: 'numerator' })).toThrow('numerator-column and denominator-column go together: give both, or neither');
    expect(() => kpiOptions({ ...attributes, unit: 'count', numeratorColumn: 'numerator', denominatorColumn: 'denominator' })).toThrow('numerator-column is for shares: unit must be percent or per_1000, not count');
  });

  it('reads the counts where both columns are named, for the change beyond chance', () => {
    const options = kpiOptions({ ...attributes, numeratorColumn: 'numerator', denominatorColumn: ' denominator ' });
    expect(options.counts).toEqual({ numerator: 'numerator', denominator: 'denominator' });
    expect(kpiQuery(options, options.filters, new Set(['area'])).columns).toEqual(['year', 'value', 'numerator', 'denominator', 'area']);
  });
});

describe('linked choices', () => {
  const options = kpiOptions(attributes);

  it('replace the element\'s own default for a column, and add the others', () => {
    const { filters, period } = withLinked(options, [{ column: 'area', values: ['Borgen'] }, { column: 'zone', values: ['red'] }]);
    expect(filters).toEqual([
      { column: 'indicator', values: ['neet'] },
      { column: 'age_group', values: ['16-25'] },
      { column: 'sex', values: ['all'] },
      { column: 'area', values: ['Borgen'] },
      { column: 'zone', values: ['red'] },
    ]);
    expect(period).toBeUndefined();
  });

  it('on the time column choose the period instead of filtering the previous one away', () => {
    const { filters, period } = withLinked(options, [{ column: 'year', values: ['2021'] }]);
    expect(filters).toEqual(options.filters);
    expect(period).toBe('2021');
    expect(withLinked({ ...options, period: '2019' }, []).period).toBe('2019');
  });

  it('give the reference the figure\'s filters with its own columns replaced', () => {
    expect(referenceFilters(withLinked(options, [{ column: 'sex', values: ['female'] }]).filters, options.reference)).toEqual([
      { column: 'indicator', values: ['neet'] },
      { column: 'age_group', values: ['16-25'] },
      { column: 'sex', values: ['female'] },
      { column: 'area', values: ['Norge'] },
    ]);
  });
});

describe('kpiQuery', () => {
  it('asks for time and value, the area and status where the dataset has them, in time order', () => {
    const options = kpiOptions(attributes);
    expect(kpiQuery(options, options.filters, new Set(['year', 'value', 'area', 'status']))).toEqual({
      columns: ['year', 'value', 'area', 'status'],
      filters: options.filters,
      orderBy: ['year'],
    });
    expect(kpiQuery(options, [], new Set(['year', 'value'])).columns).toEqual(['year', 'value']);
  });
});
