import { describe, expect, it } from 'vitest';
import { leastBarsHeight } from './bars-chart.ts';

describe('leastBarsHeight', () => {
  it('gives every bar at least a line for its figure, with the margins and the bands\' padding', () => {
    // Ten districts, two sexes, a reference: 20 bars of 15 px over 82 % of the height, plus 28 + 28.
    expect(leastBarsHeight(10, 2, true)).toBe(Math.ceil(56 + (20 / 0.82) * 15));
    // One series: ten bars over 80 % of the height, plus 8 + 28 without a reference.
    expect(leastBarsHeight(10, 1, false)).toBe(Math.ceil(36 + (10 / 0.8) * 15));
    // The dashboards' own heights need no growth on screen.
    expect(leastBarsHeight(10, 2, true)).toBeLessThanOrEqual(520);
    expect(leastBarsHeight(10, 1, true)).toBeLessThanOrEqual(380);
  });
});
