import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDisclosures, isPrimary, suppressTable } from './index.ts';
import { feasibleInterval } from './testing/interval.ts';
import { arbitraryCross, count, crossTable, readerSystem, type GeneratedTable } from './testing/tables.ts';
import type { Dimension } from './types.ts';

const K = 5;

/**
 * What every published table must satisfy: no visible count in 1..k-1, visible counts
 * unchanged, and every hidden count has a feasible interval (by linear programming over
 * the published cells and margins) that is not a single value, for a reader who knows
 * counts are >= 0 and for one who also knows hidden counts are >= 1 (zeros are published).
 *
 * For 1-D and 2-D tables (also with a hierarchy) the equations are totally unimodular,
 * so the interval ends are whole numbers and "not a single value" means at least two
 * possible counts; `integral` checks that. In 3-D the ends can be fractions.
 */
function expectSafe(table: GeneratedTable, k = K, integral = true): void {
  const options = { k, dimensions: table.dimensions };
  const published = suppressTable(table.cells, options);
  published.forEach((cell, i) => {
    const truth = table.cells[i]!.value as number;
    if (cell.value === null) {
      expect(cell.status).toBe(':');
      expect(truth).toBeGreaterThan(0);
    } else {
      expect(isPrimary(cell.value as number, k)).toBe(false);
      expect(cell.value).toBe(truth);
      expect(cell.status).toBeNull();
    }
  });
  const hidden = published.map((cell) => cell.value === null);
  const { system, unknowns } = readerSystem(table.cells, table.dimensions, hidden);
  for (const lower of [0, 1]) {
    unknowns.forEach((cell, j) => {
      const [min, max] = feasibleInterval(system, lower, j);
      const truth = table.cells[cell]!.value as number;
      expect(min).toBeLessThanOrEqual(truth + 1e-6);
      expect(max).toBeGreaterThanOrEqual(truth - 1e-6);
      expect(max - min, `cell ${cell} (true ${truth}) pinned with lower bound ${lower}`).toBeGreaterThan(
        integral ? 1 - 1e-6 : 1e-6,
      );
    });
  }
  expect(findDisclosures(table.cells, published, options)).toEqual([]);
}

describe('suppressTable (property-based)', () => {
  it('1-D rows with their total', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 8 }), (values) => {
        expectSafe(crossTable([values.map((_, i) => `c${i}`)], values));
      }),
      { numRuns: 300 },
    );
  });

  it('2-D tables with row and column totals', () => {
    fc.assert(fc.property(arbitraryCross({ dims: 2, min: 2, max: 4 }), (table) => expectSafe(table)), {
      numRuns: 200,
    });
  });

  it('3-D tables with every margin', () => {
    fc.assert(fc.property(arbitraryCross({ dims: 3, min: 2, max: 3 }), (table) => expectSafe(table, K, false)), {
      numRuns: 60,
    });
  });

  it('hierarchical areas (districts in groups in a municipality) crossed with sex', () => {
    const hierarchy = { all: ['g1', 'g2'], g1: ['d1', 'd2', 'd3'], g2: ['d4', 'd5'] };
    fc.assert(
      fc.property(fc.array(fc.tuple(count, count), { minLength: 5, maxLength: 5 }), (pairs) => {
        const districts = ['d1', 'd2', 'd3', 'd4', 'd5'];
        const value = new Map<string, number>();
        pairs.forEach(([f, m], d) => {
          value.set(`${districts[d]}|f`, f);
          value.set(`${districts[d]}|m`, m);
        });
        const areaParts = (area: string): string[] =>
          area in hierarchy ? hierarchy[area as keyof typeof hierarchy].flatMap(areaParts) : [area];
        const cells = ['all', 'g1', 'g2', ...districts].flatMap((area) =>
          ['f', 'm', 'all'].map((sex) => ({
            area,
            sex,
            value: areaParts(area).reduce(
              (sum, d) => sum + (sex === 'all' ? value.get(`${d}|f`)! + value.get(`${d}|m`)! : value.get(`${d}|${sex}`)!),
              0,
            ),
          })),
        );
        const dimensions: Dimension[] = [{ name: 'area', hierarchy }, 'sex'];
        expectSafe({ cells, dimensions });
      }),
      { numRuns: 150 },
    );
  });

  it('linked tables sharing a margin (area x sex and area x age published together)', () => {
    fc.assert(
      fc.property(arbitraryCross({ dims: 3, min: 2, max: 3 }), (table) => {
        // Keep only the two 2-D tables d0 x d1 (d2 = all) and d0 x d2 (d1 = all).
        const cells = table.cells.filter((c) => c.d1 === 'all' || c.d2 === 'all');
        expectSafe({ cells, dimensions: table.dimensions }, K, false);
      }),
      { numRuns: 100 },
    );
  });

  it('works for other k', () => {
    fc.assert(
      fc.property(arbitraryCross({ dims: 2, min: 2, max: 3 }), fc.integer({ min: 2, max: 10 }), (table, k) =>
        expectSafe(table, k),
      ),
      { numRuns: 100 },
    );
  });
});
