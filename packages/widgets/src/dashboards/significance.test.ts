import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../shared/wilson.ts';
import { compareWithCountry, isSmall } from './significance.ts';

describe('wilsonInterval', () => {
  it('matches the published Wilson interval', () => {
    // 10 of 100: 0.0552 to 0.1744 (Newcombe 1998, method 3).
    const [low, high] = wilsonInterval(10, 100)!;
    expect(low).toBeCloseTo(0.0552, 4);
    expect(high).toBeCloseTo(0.1744, 4);
    const [zeroLow, zeroHigh] = wilsonInterval(0, 20)!;
    expect(zeroLow).toBe(0);
    expect(zeroHigh).toBeCloseTo(0.1611, 4);
  });

  it('refuses counts that are not a share', () => {
    expect(wilsonInterval(5, 0)).toBeUndefined();
    expect(wilsonInterval(6, 5)).toBeUndefined();
    expect(wilsonInterval(-1, 5)).toBeUndefined();
    expect(wilsonInterval(Number.NaN, 5)).toBeUndefined();
  });
});

describe('compareWithCountry', () => {
  it('says higher or lower only when the country lies outside the interval', () => {
    expect(compareWithCountry(150, 1000, 0.1)).toBe('higher'); // 15 % of 1000 against 10 %
    expect(compareWithCountry(50, 1000, 0.1)).toBe('lower');
    expect(compareWithCountry(12, 100, 0.1)).toBe('same'); // 12 % of 100: chance
  });

  it('says nothing when a count is hidden', () => {
    expect(compareWithCountry(null, 100, 0.1)).toBeUndefined();
    expect(compareWithCountry(10, undefined, 0.1)).toBeUndefined();
    expect(compareWithCountry(10, 100, null)).toBeUndefined();
  });

  it('calls small populations small', () => {
    expect(isSmall(120)).toBe(true);
    expect(isSmall(5000)).toBe(false);
    expect(isSmall(null)).toBe(false);
  });
});
