import { describe, expect, it } from 'vitest';
import { differencesFromIntl } from './format-vs-intl.ts';

// The browser's ICU is the one readers see: format.ts must write what Chromium's Intl writes.
describe('format.ts in Chromium', () => {
  it('numbers and dates equal Chromium’s Intl in all four languages', () => {
    expect(differencesFromIntl()).toEqual([]);
  });
});
