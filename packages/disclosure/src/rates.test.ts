import { describe, expect, it } from 'vitest';
import { rateOf, suppressedRate } from './index.ts';

describe('rates', () => {
  it('computes a rate from visible counts', () => {
    expect(rateOf({ value: 11 }, { value: 100 })).toEqual({ value: 11, status: null });
    expect(rateOf({ value: 3 }, { value: 1500 }, 1000)).toEqual({ value: 2, status: null });
  });

  it('hides a rate when either count is hidden, so the count cannot be recovered as rate x denominator', () => {
    expect(rateOf({ value: null, status: ':' }, { value: 100 })).toEqual({ value: null, status: ':' });
    expect(rateOf({ value: 40 }, { value: null, status: ':' })).toEqual({ value: null, status: ':' });
  });

  it('keeps missing and impossible apart from hidden', () => {
    expect(rateOf({ value: null }, { value: 100 })).toEqual({ value: null, status: '..' });
    expect(rateOf({ value: null, status: '...' }, { value: 100 })).toEqual({ value: null, status: '...' });
    expect(rateOf({ value: 0 }, { value: 0 })).toEqual({ value: null, status: '.' });
  });

  it('applies primary suppression to a rate published without its count', () => {
    expect(suppressedRate(3, 120, 5)).toEqual({ value: null, status: ':' });
    expect(suppressedRate(0, 120, 5)).toEqual({ value: 0, status: null });
    expect(suppressedRate(6, 120, 5)).toEqual({ value: 5, status: null });
  });
});
