import { describe, expect, it } from 'vitest';
import { leastBarsHeight, nameAbove, nameLinesAbove } from './bars-chart.ts';

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

  it('gives a bar with its name above it a row of 40 px (the name\'s line and the bar), 56 px with two lines', () => {
    expect(leastBarsHeight(10, 1, false, 1)).toBe(Math.ceil(36 + (10 + 22 / 40) * 40));
    expect(leastBarsHeight(3, 1, true, 1)).toBe(Math.ceil(56 + (3 + 22 / 40) * 40));
    expect(leastBarsHeight(10, 1, false, 2)).toBe(Math.ceil(36 + (10 + 38 / 56) * 56));
  });
});

describe('nameLinesAbove', () => {
  const measures = ['Ingen tiltak ennå', 'Oppfølging fra ambulant ungdomsteam (AUT)', 'Foreldreprogram'];
  const districts = ['Borgen', 'Asker sentrum', 'Spikkestad'];

  it('puts names above their bars where the longest would not fit in 45 % of the width beside them', () => {
    expect(nameLinesAbove(measures, 326, false)).toBe(1);
    expect(nameLinesAbove(measures, 540, false)).toBe(1);
    expect(nameLinesAbove(measures, 1100, false)).toBe(0);
    expect(nameLinesAbove(districts, 326, false)).toBe(0);
  });

  it('takes two lines where a name is longer than the whole width (a printed half page)', () => {
    expect(nameLinesAbove(measures, 280, false)).toBe(2);
    expect(nameAbove('Oppfølging fra ambulant ungdomsteam (AUT)', 36, 2)).toBe('Oppfølging fra ambulant ungdomsteam\n(AUT)');
    expect(nameAbove('Foreldreprogram', 36, 2)).toBe('Foreldreprogram');
    // A single word longer than a line is cut, as is a second line too long.
    expect(nameAbove('Barnevernsinstitusjonsplassering', 20, 2)).toBe('Barnevernsinstitusj…');
    expect(nameAbove('Oppfølging fra ambulant ungdomsteam (AUT) i Asker kommune', 24, 2)).toBe('Oppfølging fra ambulant\nungdomsteam (AUT) i Ask…');
  });

  it('keeps grouped bars\' names beside their group', () => {
    expect(nameLinesAbove(measures, 326, true)).toBe(0);
  });
});
