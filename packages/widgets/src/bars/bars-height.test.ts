import { describe, expect, it } from 'vitest';
import { labelsAboveBars, leastBarsHeight } from './bars-chart.ts';

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

  it('gives a bar with its name above it a row of 40 px (the name\'s line and the bar)', () => {
    expect(leastBarsHeight(10, 1, false, true)).toBe(36 + 10.55 * 40);
    expect(leastBarsHeight(3, 1, true, true)).toBe(56 + 3.55 * 40);
  });
});

describe('labelsAboveBars', () => {
  const measures = ['Ingen tiltak ennå', 'Oppfølging fra ambulant ungdomsteam (AUT)', 'Foreldreprogram'];
  const districts = ['Borgen', 'Asker sentrum', 'Spikkestad'];

  it('puts names above their bars where the longest would not fit in 45 % of the width beside them', () => {
    expect(labelsAboveBars(measures, 326, false)).toBe(true);
    expect(labelsAboveBars(measures, 540, false)).toBe(true);
    expect(labelsAboveBars(measures, 1100, false)).toBe(false);
    expect(labelsAboveBars(districts, 326, false)).toBe(false);
  });

  it('keeps grouped bars\' names beside their group', () => {
    expect(labelsAboveBars(measures, 326, true)).toBe(false);
  });
});
