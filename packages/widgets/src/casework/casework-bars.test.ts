import { describe, expect, it } from 'vitest';
import { barsLayout, movesLayout } from './casework-bars.ts';

describe('barsLayout', () => {
  it('draws each row to the largest value, a count above 0 always visible, 0 as nothing', () => {
    const layout = barsLayout(
      [
        { label: 'Rus', value: 40 },
        { label: 'Vold', value: 10 },
        { label: 'Tyveri', value: 0 },
        { label: 'Våpen', value: 0.01 },
      ],
      { width: 330, left: 90 },
    );
    // 330 - 90 - 40 px of room for the value: 200 px for the largest.
    expect(layout.bars.map((bar) => bar.length)).toEqual([200, 50, 0, 2]);
    expect(layout.bars.map((bar) => bar.y)).toEqual([4, 26, 48, 70]);
    expect(layout.height).toBe(8 + 4 * 22);
  });

  it('draws nothing when every value is 0 or there are no rows', () => {
    expect(barsLayout([{ label: 'Rus', value: 0 }], { width: 300, left: 90 }).bars[0]!.length).toBe(0);
    expect(barsLayout([], { width: 300, left: 90 }).bars).toEqual([]);
  });
});

describe('movesLayout', () => {
  it('puts escalations above the middle line and de-escalations below, to one scale', () => {
    const layout = movesLayout(
      [
        { label: 'jan', up: 4, down: 2 },
        { label: 'feb', up: 0, down: 8 },
      ],
      { width: 200, half: 40 },
    );
    expect(layout.middle).toBe(18 + 40);
    expect(layout.pairs.map((pair) => [pair.x, pair.upHeight, pair.downHeight])).toEqual([
      [50, 20, 10],
      [150, 0, 40],
    ]);
    expect(layout.columnWidth).toBe(60);
  });
});
