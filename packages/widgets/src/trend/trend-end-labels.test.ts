import { describe, expect, it } from 'vitest';
import { END_LABEL_GAP, endLabelWidth, placeEndLabels } from './trend-end-labels.ts';

describe('endLabelWidth', () => {
  it('makes room for the longest name, for two lines or more on a chart of 480 px or more', () => {
    const width = endLabelWidth(['Asker', 'Lillestrøm', 'Norge'], 600, 250, true);
    expect(width).toBeGreaterThan(10 * 6);
    expect(width).toBeLessThanOrEqual(600 * 0.3);
    expect(endLabelWidth(['Asker', 'Lillestrøm og Skedsmo'], 600, 250, true)).toBeGreaterThan(width);
  });

  it('draws no names for one line, on a phone, when a line ends early, when a name would take too much of the chart, or when the names would not fit its height', () => {
    expect(endLabelWidth(['Asker'], 600, 250, true)).toBe(0);
    expect(endLabelWidth(['Asker', 'Norge'], 390, 250, true)).toBe(0);
    expect(endLabelWidth(['Asker', 'Norge'], 600, 250, false)).toBe(0);
    expect(endLabelWidth(['Asker', 'Vesterbro/Kongens Enghave og Sydhavnen'], 500, 250, true)).toBe(0);
    // More names than lines of text fit beside the plot.
    const many = Array.from({ length: 12 }, (_, index) => `Bydel ${index}`);
    expect(endLabelWidth(many, 600, 250, true)).toBeGreaterThan(0);
    expect(endLabelWidth(many, 600, 150, true)).toBe(0);
  });
});

describe('placeEndLabels', () => {
  const gaps = (placed: readonly { labelY: number }[]) => placed.slice(1).map((label, index) => label.labelY - placed[index]!.labelY);

  it('leaves names that do not overlap beside their lines', () => {
    const placed = placeEndLabels([{ name: 'B', y: 100 }, { name: 'A', y: 40 }], 20, 200);
    expect(placed).toEqual([
      { name: 'A', y: 40, labelY: 40 },
      { name: 'B', y: 100, labelY: 100 },
    ]);
  });

  it('pushes close names apart, in the order of their lines, as little as may be', () => {
    const ends = [100, 101, 103, 104, 110].map((y, index) => ({ name: `S${index}`, y }));
    const placed = placeEndLabels(ends, 20, 300);
    expect(placed.map((label) => label.name)).toEqual(['S0', 'S1', 'S2', 'S3', 'S4']);
    expect(Math.min(...gaps(placed))).toBeGreaterThanOrEqual(END_LABEL_GAP);
    expect(placed[0]!.labelY).toBe(100);
  });

  it('keeps every name between the top and the bottom, moving names up from the bottom', () => {
    const ends = [195, 196, 198, 199].map((y, index) => ({ name: `S${index}`, y }));
    const placed = placeEndLabels(ends, 20, 200);
    expect(placed.at(-1)!.labelY).toBe(200);
    expect(Math.min(...gaps(placed))).toBeGreaterThanOrEqual(END_LABEL_GAP);
    expect(placed[0]!.labelY).toBeGreaterThanOrEqual(20);
  });

  it('starts at the top when there is not room for every name', () => {
    const ends = Array.from({ length: 8 }, (_, index) => ({ name: `S${index}`, y: 50 }));
    const placed = placeEndLabels(ends, 20, 80);
    expect(placed[0]!.labelY).toBe(20);
    expect(Math.min(...gaps(placed))).toBeGreaterThanOrEqual(END_LABEL_GAP);
  });
});
