import { describe, expect, it } from 'vitest';
import { marginRows } from './grouped-margins.ts';

const T = 'TOTAL';

describe('marginRows', () => {
  const rows = [
    { a: 'x', b: 1, n: 3 },
    { a: 'x', b: 2, n: 4 },
    { a: 'y', b: 1, n: 10 },
  ];
  const none = rows.map(() => new Set<string>());

  it('sums over each non-empty set of keys: both margins and the grand total', () => {
    const margins = marginRows(rows, none, { keys: ['a', 'b'], fixed: [], additive: ['n'], total: T });
    expect(margins).toEqual(
      expect.arrayContaining([
        { a: T, b: 1, n: 13 },
        { a: T, b: 2, n: 4 },
        { a: 'x', b: T, n: 7 },
        { a: 'y', b: T, n: 10 },
        { a: T, b: T, n: 17 },
      ]),
    );
    expect(margins).toHaveLength(5);
  });

  it('keeps fixed columns apart and leaves a margin unknown when a part is unknown', () => {
    const unknown = [new Set(['n']), new Set<string>(), new Set<string>()];
    const margins = marginRows(rows, unknown, { keys: ['b'], fixed: ['a'], additive: ['n'], total: T });
    expect(margins).toEqual([
      { a: 'x', b: T, n: null },
      { a: 'y', b: T, n: 10 },
    ]);
  });
});
