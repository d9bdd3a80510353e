import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain } from './linear-scale.ts';

describe('linearScale', () => {
  it('maps the domain onto the range, reversed ranges included, and back', () => {
    const y = linearScale([10, 20], [270, 20]);
    expect(y(10)).toBe(270);
    expect(y(20)).toBe(20);
    expect(y(15)).toBe(145);
    expect(y.invert(145)).toBe(15);
  });

  it('puts a one-value domain in the middle of the range', () => {
    expect(linearScale([2024, 2024], [52, 584])(2024)).toBe(318);
  });

  it('ticks at round values', () => {
    expect(linearScale([10, 16.5], [270, 20]).ticks(7)).toEqual([10, 11, 12, 13, 14, 15, 16]);
  });
});

describe('niceDomain', () => {
  it('widens the extent to round numbers as d3 and Plot do', () => {
    expect(niceDomain([10.2, 16.3, 12])).toEqual([10, 16.5]);
    expect(niceDomain([0, 87])).toEqual([0, 90]);
  });

  it('ends on ticks of the step the axis draws, so gridlines enclose every value', () => {
    // The NEET trend: 9.4 % to 12.2 %, drawn with about six ticks (0.5 apart).
    expect(niceDomain([9.4, 12.2, 10.3])).toEqual([9.4, 12.2]); // niced for 10 ticks: 0.2 apart
    expect(niceDomain([9.4, 12.2, 10.3], 6)).toEqual([9, 12.5]);
    const y = linearScale(niceDomain([9.4, 12.2], 6), [300, 0]);
    const ticks = y.ticks(6);
    expect(ticks[0]).toBeLessThanOrEqual(9.4);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(12.2);
  });

  it('skips NaN and gives one value a band around it', () => {
    expect(niceDomain([Number.NaN, 5])).toEqual([4.5, 5.5]);
    expect(niceDomain([0])).toEqual([-1, 1]);
    expect(niceDomain([])).toEqual([0, 1]);
  });
});
