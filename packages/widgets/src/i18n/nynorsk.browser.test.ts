import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../shared/period-text.ts';
import { listOf } from '../map/map-summary.ts';

// Chromium has no nynorsk locale data: Intl given 'nn-NO' alone writes English ("December
// 2025", "a, b, and c"). A nynorsk page must read Norwegian: bokmål's month names and words.
describe('nynorsk texts in Chromium', () => {
  it('write months and dates in Norwegian', () => {
    expect(formatPeriod('2025-12', 'nn')).toBe('desember 2025');
    expect(formatPeriod('2025-12-03', 'nn')).toBe('3. desember 2025');
  });

  it('join names with "og"', () => {
    expect(listOf(['Borgen', 'Tofte', 'Heggedal'], 'nn')).toBe('Borgen, Tofte og Heggedal');
  });
});
