import { formatNumber } from '@slt/engine';
import { describe, expect, it } from 'vitest';
import { formatCount, monthName } from './casework-format.ts';

describe('formatCount and monthName', () => {
  it('write what the engine and Intl write, the second time as the first', () => {
    for (const language of ['nb', 'nn', 'da', 'en'] as const) {
      for (const value of [0, 7, 1234, 21569, 1234567]) {
        expect(formatCount(value, language)).toBe(formatNumber(value, language));
        expect(formatCount(value, language)).toBe(formatNumber(value, language));
      }
    }
    expect(formatCount(21569, 'nb').replace(/\s/g, ' ')).toBe('21 569');
    expect(formatCount(21569, 'en')).toBe('21,569');
    expect(monthName('2025-12', 'nb')).toBe('desember 2025');
    expect(monthName('2025-12', 'en')).toBe('December 2025');
    expect(monthName('2025-01', 'da')).toBe(monthName('2025-01', 'da'));
    expect(monthName('2025-01', 'da')).toBe('januar 2025');
    // Not Intl's nn-NO, which a browser without nynorsk data writes in English.
    expect(monthName('2025-12', 'nn')).toBe('desember 2025');
  });
});
