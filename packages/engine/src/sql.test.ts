import { describe, expect, it } from 'vitest';
import { quoteIdentifier } from './sql.ts';

describe('quoteIdentifier', () => {
  it('double-quotes and doubles embedded quotes', () => {
    expect(quoteIdentifier('area')).toBe('"area"');
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });

  it('refuses a NUL character', () => {
    expect(() => quoteIdentifier('a\0b')).toThrow(/NUL/);
  });
});
