import { describe, expect, it } from 'vitest';
import { fitTitle, panelLayout, panelOrder } from './trend-panels.ts';
import type { TrendPoint } from './trend-data.ts';

describe('panelLayout', () => {
  it('fills the width with plots of at least 120 px, balanced over the rows', () => {
    // A dashboard's half column: three across.
    expect(panelLayout(10, 540)).toMatchObject({ columns: 3, rows: 4 });
    // A phone: two across.
    expect(panelLayout(10, 326)).toMatchObject({ columns: 2, rows: 5 });
    // A whole page: two rows of five, not eight and two.
    expect(panelLayout(10, 1100)).toMatchObject({ columns: 5, rows: 2 });
    for (const width of [240, 326, 540, 800, 1100, 1600]) {
      const layout = panelLayout(10, width);
      if (layout.columns > 1) expect(layout.panelWidth).toBeGreaterThanOrEqual(120);
      expect(layout.columns * layout.rows).toBeGreaterThanOrEqual(10);
      expect(layout.height).toBe(layout.rows * layout.rowStep - 14);
    }
  });

  it('gives one series one panel, however wide, and a plot about half as high as wide (64 to 110 px)', () => {
    expect(panelLayout(1, 1200)).toMatchObject({ columns: 1, rows: 1, plotHeight: 110 });
    expect(panelLayout(12, 240).plotHeight).toBe(94);
    expect(panelLayout(6, 326).plotHeight).toBe(65);
  });

  it('fills a given height (the placeholder\'s), within 48 to 110 px a plot', () => {
    // The front page's 520 px: four rows of three beside the table, five rows of two on a phone.
    expect(panelLayout(10, 540, 520).height).toBeCloseTo(520, 6);
    expect(panelLayout(10, 326, 520).height).toBeCloseTo(520, 6);
    // Too low for ten panels: 48 px plots, taller than asked. Too high for one: 110 px.
    expect(panelLayout(10, 326, 300)).toMatchObject({ plotHeight: 48 });
    expect(panelLayout(1, 600, 800)).toMatchObject({ plotHeight: 110 });
  });
});

describe('panelOrder', () => {
  const point = (series: string, time: number, value: number | null): TrendPoint => ({ series, time, value });

  it('puts the highest last figure first, series with no figure last, ties in the data\'s order', () => {
    const points = [
      point('Vollen', 2023, 9), point('Vollen', 2024, 8.7),
      point('Borgen', 2023, 16), point('Borgen', 2024, 15.9),
      point('Røyken', 2023, 8), point('Røyken', 2024, 8.7),
      point('Tofte', 2023, null), point('Tofte', 2024, null),
      // The last figure is the last known one: 12 in 2023.
      point('Sætre', 2023, 12), point('Sætre', 2024, null),
    ];
    expect(panelOrder(points)).toEqual(['Borgen', 'Sætre', 'Vollen', 'Røyken', 'Tofte']);
  });
});

describe('fitTitle', () => {
  it('keeps a name that fits, condenses one up to a quarter too long, cuts a longer one', () => {
    expect(fitTitle('Borgen', 100)).toEqual({ text: 'Borgen', condensed: false });
    expect(fitTitle('Asker sentrum', 80)).toEqual({ text: 'Asker sentrum', condensed: true });
    const cut = fitTitle('Vesterbro/Kongens Enghave', 80);
    expect(cut.condensed).toBe(true);
    expect(cut.text).toMatch(/^Vesterbro\/Ko?n?…$/);
    expect(cut.text.length).toBeLessThan(15);
  });
});
