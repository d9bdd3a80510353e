import { describe, expect, it } from 'vitest';
import type { EngineError } from '@slt/engine';
import { trendOptions, trendQuery, trendReferenceOthers, trendReferenceQuery, type TrendAttributes } from './trend-options.ts';

const base: TrendAttributes = {
  src: '/data/indicators.parquet',
  timeColumn: 'year',
  valueColumn: 'value',
  seriesColumn: 'area',
  filter: 'indicator=neet&area=Asker&area=Norge',
  unit: 'percent',
  decimals: undefined,
};

function errorOf(attributes: Partial<TrendAttributes>): EngineError {
  try {
    trendOptions({ ...base, ...attributes });
  } catch (error) {
    return error as EngineError;
  }
  throw new Error('expected an error');
}

describe('trendOptions', () => {
  it('turns attributes into checked options and the one query a trend needs', () => {
    const options = trendOptions(base);
    expect(trendQuery(options)).toEqual({
      columns: ['year', 'value', 'area'],
      filters: [
        { column: 'indicator', values: ['neet'] },
        { column: 'area', values: ['Asker', 'Norge'] },
      ],
      orderBy: ['area', 'year'],
    });
  });

  it('needs no series column', () => {
    expect(trendQuery(trendOptions({ ...base, seriesColumn: ' ', filter: '' }))).toEqual({
      columns: ['year', 'value'],
      filters: [],
      orderBy: ['year'],
    });
  });

  it('defaults the unit to a plain number', () => {
    expect(trendOptions({ ...base, unit: '' }).unit).toBe('number');
  });

  it.each([
    [{ src: '  ' }, 'unknown-dataset'],
    [{ unit: 'kroner' }, 'invalid-option'],
    [{ decimals: 1.5 }, 'invalid-option'],
    [{ decimals: -1 }, 'invalid-option'],
    [{ timeColumn: '' }, 'invalid-option'],
    [{ filter: 'indicator' }, 'invalid-option'],
    [{ layout: 'grid' }, 'invalid-option'],
    [{ reference: 'area' }, 'invalid-option'],
  ] as const)('rejects %j with %s', (attributes, code) => {
    expect(errorOf(attributes).code).toBe(code);
  });
});

describe('layout and reference', () => {
  it('draws lines unless told panels', () => {
    expect(trendOptions(base).layout).toBe('lines');
    expect(trendOptions({ ...base, layout: ' panels ' }).layout).toBe('panels');
    expect(errorOf({ layout: 'grid' }).message).toContain('lines, panels');
  });

  it('reads the reference by its own filters, with the columns of the trend\'s others to check them', () => {
    const options = trendOptions({ ...base, filter: 'indicator=neet&sex=all&area_level=district&area=Borgen', reference: 'area=Asker' });
    const linked = [{ column: 'sex', values: ['female'] }];
    expect(trendReferenceOthers(options, linked)).toEqual([
      { column: 'indicator', values: ['neet'] },
      { column: 'sex', values: ['all'] },
      { column: 'area_level', values: ['district'] },
      { column: 'sex', values: ['female'] },
    ]);
    expect(trendReferenceQuery(options, linked)).toEqual({
      columns: ['year', 'value', 'indicator', 'sex', 'area_level'],
      filters: [{ column: 'area', values: ['Asker'] }],
      orderBy: ['year'],
    });
    expect(trendReferenceQuery(trendOptions(base), linked)).toBeUndefined();
  });
});
