import { describe, expect, it } from 'vitest';
import { findDisclosures, suppressTable } from './index.ts';

const row = (values: Record<string, number>) =>
  Object.entries(values).map(([district, value]) => ({ district, value }));

describe('suppressTable', () => {
  it('hides small counts and one more cell in a row published with its total', () => {
    const cells = row({ a: 3, b: 10, c: 0, d: 12, all: 25 });
    const out = suppressTable(cells, { k: 5, dimensions: ['district'] });
    expect(out.map((c) => c.value)).toEqual([null, null, 0, 12, 25]);
    expect(out.map((c) => c.suppression)).toEqual(['primary', 'secondary', null, null, null]);
    expect(out[0]!.status).toBe(':');
    expect(findDisclosures(cells, out, { k: 5, dimensions: ['district'] })).toEqual([]);
  });
});
