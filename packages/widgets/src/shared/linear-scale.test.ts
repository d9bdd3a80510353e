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

  it('skips NaN and gives one value a band around it', () => {
    expect(niceDomain([Number.NaN, 5])).toEqual([4.5, 5.5]);
    expect(niceDomain([0])).toEqual([-1, 1]);
    expect(niceDomain([])).toEqual([0, 1]);
  });
});
