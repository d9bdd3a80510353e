import { describe, expect, it } from 'vitest';
import { consoleK, protectConsoleRows } from './console-disclosure.ts';
import { elementSnippet } from './console-snippet.ts';

describe('protectConsoleRows', () => {
  it('hides every whole number 1..k-1, negative differences too, and keeps 0, k and fractions', () => {
    const rows = [
      { zone: 'green', persons: 23, diff: -3, share: 3.5, zero: 0 },
      { zone: 'red', persons: 4, diff: 5, share: 4, zero: 0 },
    ];
    const result = protectConsoleRows(['zone', 'persons', 'diff', 'share', 'zero'], rows, 5);
    expect(result.rows).toEqual([
      { zone: 'green', persons: 23, diff: null, share: 3.5, zero: 0 },
      { zone: 'red', persons: null, diff: 5, share: null, zero: 0 },
    ]);
    expect(result.hidden.map((set) => [...set].sort())).toEqual([['diff'], ['persons', 'share']]);
    expect(result.hiddenCount).toBe(3);
  });

  it('sees through numbers cast to text, and marks null numbers as hidden', () => {
    const result = protectConsoleRows(['n', 'm', 'label'], [{ n: '3', m: null, label: 'a3' }], 5, new Set(['m']));
    expect(result.rows[0]).toEqual({ n: null, m: null, label: 'a3' });
    expect([...result.hidden[0]!].sort()).toEqual(['m', 'n']);
  });

  it('raises with k and refuses a k that would switch it off', () => {
    expect(protectConsoleRows(['n'], [{ n: 5 }], 6).rows[0]).toEqual({ n: null });
    expect(() => protectConsoleRows(['n'], [{ n: 5 }], 1)).toThrow(/invalid k/);
  });

  it('takes the highest k of the files', () => {
    expect(consoleK([{ 'slt.k': '5' }, { 'slt.k': '7' }, {}])).toBe(7);
    expect(consoleK([{}])).toBe(5);
  });
});

describe('elementSnippet', () => {
  it('writes the table element over the same file, columns and filter, escaped', () => {
    expect(elementSnippet({ file: 'case_monthly.parquet', columns: ['period', 'persons'], filter: 'zone=all&x="<"' })).toBe(
      '<script type="module" src="/slt/slt-widgets.js"></script>\n' +
        '<slt-table src="/data/case_monthly.parquet" columns="period,persons" filter="zone=all&amp;x=&quot;&lt;&quot;"></slt-table>',
    );
  });
});
