import { describe, expect, it } from 'vitest';
import { parsePeriod, partOfYear } from './time-period.ts';

const utc = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

describe('parsePeriod', () => {
  it.each([
    ['2024-03', utc(2024, 2), 'month'],
    ['2024M03', utc(2024, 2), 'month'],
    ['2024K4', utc(2024, 9), 'quarter'],
    ['2024Q1', utc(2024, 0), 'quarter'],
    ['2024H2', utc(2024, 6), 'half'],
    [' 2024-12 ', utc(2024, 11), 'month'],
  ] as const)('reads %s as a period from its first day', (code, start, grain) => {
    expect(parsePeriod(code)).toEqual({ start, grain, code: code.trim() });
  });

  it.each(['2024', '2024-13', '2024-1', '2024M3', '2024K5', '2024H3', '2022-2024', '2024-03-01', 'mars 2024', ''])('leaves %j alone', (code) => {
    expect(parsePeriod(code)).toBeUndefined();
  });

  it('reads only text', () => {
    expect(parsePeriod(2024)).toBeUndefined();
    expect(parsePeriod(null)).toBeUndefined();
  });
});

describe('partOfYear', () => {
  it('says which quarter or half a period starts in', () => {
    expect(partOfYear(utc(2024, 9), 'quarter')).toBe(4);
    expect(partOfYear(utc(2024, 0), 'quarter')).toBe(1);
    expect(partOfYear(utc(2024, 6), 'half')).toBe(2);
  });
});
