import { describe, expect, it } from 'vitest';
import { parseLabels, seriesLabel } from './series-labels.ts';

describe('seriesLabel', () => {
  it("names a sex column's codes in the reader's language", () => {
    expect(['female', 'male', 'all'].map((code) => seriesLabel(code, 'sex', 'nb'))).toEqual(['Kvinner', 'Menn', 'Alle']);
    expect(['female', 'male'].map((code) => seriesLabel(code, 'sex', 'da'))).toEqual(['Kvinder', 'Mænd']);
    expect(['female', 'male'].map((code) => seriesLabel(code, 'sex', 'en'))).toEqual(['Female', 'Male']);
  });

  it('leaves other columns, and unknown codes, as the file writes them', () => {
    expect(seriesLabel('female', 'area', 'nb')).toBe('female');
    expect(seriesLabel('Borgen', 'area', 'nb')).toBe('Borgen');
    expect(seriesLabel('unknown', 'sex', 'nb')).toBe('unknown');
    expect(seriesLabel('female', undefined, 'nb')).toBe('female');
  });

  it('prefers a name the page gives', () => {
    const labels = parseLabels('female=Jenter&up=Opp i trappen');
    expect(seriesLabel('female', 'sex', 'nb', labels)).toBe('Jenter');
    expect(seriesLabel('up', 'direction', 'nb', labels)).toBe('Opp i trappen');
    expect(seriesLabel('down', 'direction', 'nb', labels)).toBe('down');
  });
});

describe('parseLabels', () => {
  it('reads code=Name pairs joined by &, %-escaped, the first name of a code kept', () => {
    expect([...parseLabels('a=Én %26 to&b=Tre%3Dfire&a=Annet')]).toEqual([
      ['a', 'Én & to'],
      ['b', 'Tre=fire'],
    ]);
    expect(parseLabels('').size).toBe(0);
  });

  it('refuses a pair without a name as a bad labels attribute, not as a filter', () => {
    for (const bad of ['female', 'female=', '=Kvinner']) {
      expect(() => parseLabels(bad)).toThrow(expect.objectContaining({ code: 'invalid-option', column: 'labels' }));
    }
  });
});
