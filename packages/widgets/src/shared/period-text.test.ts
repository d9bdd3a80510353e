import { describe, expect, it } from 'vitest';
import { formatPeriod } from './period-text.ts';

describe('formatPeriod', () => {
  it('writes months in the reader language', () => {
    expect(formatPeriod('2025-12', 'nb')).toBe('desember 2025');
    expect(formatPeriod('2025-12', 'nn')).toBe('desember 2025');
    expect(formatPeriod('2025-05', 'da')).toBe('maj 2025');
    expect(formatPeriod('2025-12', 'en')).toBe('December 2025');
  });

  it('writes quarters as words', () => {
    expect(formatPeriod('2025K4', 'nb')).toBe('4. kvartal 2025');
    expect(formatPeriod('2025-Q4', 'da')).toBe('4. kvartal 2025');
    expect(formatPeriod('2024K1', 'en')).toBe('Q1 2024');
  });

  it('writes dates, windows and years', () => {
    expect(formatPeriod('2025-12-03', 'nb')).toBe('3. desember 2025');
    expect(formatPeriod('2025-12-03', 'en')).toBe('3 December 2025');
    expect(formatPeriod('2021-2023', 'nb')).toBe('2021\u20132023');
    expect(formatPeriod('2025', 'nn')).toBe('2025');
  });

  it('leaves what it does not know as written, never "Invalid Date"', () => {
    expect(formatPeriod('2025-13', 'nb')).toBe('2025-13');
    expect(formatPeriod('2025-02-31', 'nb')).not.toMatch(/Invalid/);
    expect(formatPeriod('', 'en')).toBe('');
    expect(formatPeriod('høst 2024', 'nb')).toBe('høst 2024');
  });
});
