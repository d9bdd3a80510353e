import { describe, expect, it } from 'vitest';
import { completeCounts, marginGroups, toAxis } from './table.ts';

describe('completeCounts', () => {
  const axes = [toAxis('zone'), toAxis('sex')];
  // zone (a, b, all) x sex (f, m, all)
  const coords = ['a', 'b', 'all'].flatMap((zone) => ['f', 'm', 'all'].map((sex) => [zone, sex]));
  const groups = marginGroups(coords, axes);

  it('fills hidden counts so every shown margin adds up, each hidden count >= 1', () => {
    const values = [null, null, 10, null, null, 8, 6, 12, 18];
    const completed = completeCounts(values, values.map((v) => (v === null ? 1 : 0)), groups)!;
    expect(completed).not.toBeNull();
    for (const { margin, parts } of groups) {
      expect(parts.reduce((sum, part) => sum + completed[part]!, 0)).toBe(completed[margin]);
    }
    values.forEach((value, cell) => (value === null ? expect(completed[cell]).toBeGreaterThanOrEqual(1) : expect(completed[cell]).toBe(value)));
  });

  it('says when the shown rows do not add up', () => {
    const values = [null, 5, 10, 3, 4, 7, 9, 9, 99];
    expect(completeCounts(values, values.map((v) => (v === null ? 1 : 0)), groups)).toBeNull();
  });
});
