import { describe, expect, it } from 'vitest';
import { auditJointly } from './joint.ts';
import { suppressOverlapping, type OverlappingFigure } from './overlap.ts';

const audit = (parts: number[], figures: OverlappingFigure[], hidden: boolean[]) =>
  auditJointly(
    {
      atoms: parts.length,
      figures: figures.map((f, i) => ({ terms: f.parts.map((p) => [p, 1] as const), value: f.parts.reduce((s, p) => s + parts[p]!, 0), hidden: hidden[i]! })),
    },
    { k: 5 },
  );

describe('suppressOverlapping', () => {
  it('hides more when two overlapping 3-year windows and the single years give a small year away', async () => {
    // Years 2019..2022 = 6, 7, 8, 2; windows 2019-2021 = 21 and 2020-2022 = 17.
    const parts = [6, 7, 8, 2];
    const figures: OverlappingFigure[] = [
      { parts: [0] },
      { parts: [1] },
      { parts: [2] },
      { parts: [3] },
      { parts: [0, 1, 2], worth: 1 },
      { parts: [1, 2, 3], worth: 1 },
    ];
    // Hiding only the small year is not enough: 2022 = (2020-2022) - 2020 - 2021.
    const primaryOnly = [false, false, false, true, false, false];
    expect(await audit(parts, figures, primaryOnly)).toEqual([{ figure: 3, kind: 'below-k' }]);
    const hidden = await suppressOverlapping(parts, figures, { k: 5 });
    expect(hidden[3]).toBe(true);
    expect(hidden.filter(Boolean).length).toBeGreaterThan(1);
    expect(await audit(parts, figures, hidden)).toEqual([]);
  });

  it('audits nested age groups jointly: 16-25 inside 15-29', async () => {
    // Ages 15, 16-25, 26-29 as parts; published 15-29 and 16-25 (and the municipality's 16-25 by sex would be more parts).
    const parts = [3, 40, 20];
    const figures: OverlappingFigure[] = [{ parts: [0, 1, 2] }, { parts: [1] }, { parts: [0] }];
    // Age 15 alone is small and is hidden, but 15-29 less 16-25 less 26-29 is not published: nothing pins it.
    const hidden = await suppressOverlapping(parts, figures, { k: 5 });
    expect(hidden).toEqual([false, false, true]);
    // With 26-29 published too, age 15 = (15-29) - (16-25) - (26-29): one more figure goes.
    const more = [...figures, { parts: [2] }];
    const hiddenMore = await suppressOverlapping(parts, more, { k: 5 });
    expect(hiddenMore[2]).toBe(true);
    expect(hiddenMore.filter(Boolean).length).toBeGreaterThan(1);
    expect(await audit(parts, more, hiddenMore)).toEqual([]);
  });

  it('treats counts of events with few persons behind them as primary', async () => {
    const hidden = await suppressOverlapping([9, 9], [{ parts: [0], persons: 2 }, { parts: [1], persons: 6 }, { parts: [0, 1], persons: 8 }], { k: 5 });
    expect(hidden[0]).toBe(true);
    expect(hidden.filter(Boolean).length).toBe(2);
  });

  it('protects an unpublished part: a withheld count of 1..k-1 that two published figures pin', async () => {
    // A month's theft (2, never published) and its other concerns (5); the month's total 7 and
    // its other concerns 5 are published, so theft = 7 - 5 = 2 unless one of them is hidden.
    const parts = [2, 5];
    const figures: OverlappingFigure[] = [{ parts: [0], unpublished: true }, { parts: [0, 1], worth: 2 }, { parts: [1], worth: 1 }];
    const hidden = await suppressOverlapping(parts, figures, { k: 5 });
    // The total is the visible figure that shares theft's part: hidden, theft is 0..anything.
    expect(hidden).toEqual([true, true, false]);
    const model = {
      atoms: 2,
      figures: figures.map((f, i) => ({ terms: f.parts.map((p) => [p, 1] as const), value: f.parts.reduce((sum, p) => sum + parts[p]!, 0), hidden: hidden[i]!, unpublished: i === 0 })),
    };
    expect(await auditJointly(model, { k: 5 })).toEqual([]);
    expect(await auditJointly({ ...model, figures: model.figures.map((f, i) => ({ ...f, hidden: i === 0 })) }, { k: 5 })).toEqual([{ figure: 0, kind: 'small-remainder' }]);
  });

  it('audits a remainder figure as a remainder: hidden when 1..k-1, and a hidden one of 0 may be pinned', async () => {
    // The parts a reader holding another tier cannot count: 0 in January, 2 in February.
    // The year (2) is published: as a figure it is 1..k-1 and hidden; January's 0 is shown.
    const parts = [0, 2];
    const figures: OverlappingFigure[] = [{ parts: [0], remainder: true }, { parts: [1], remainder: true }, { parts: [0, 1], remainder: true }];
    expect(await suppressOverlapping(parts, figures, { k: 5 })).toEqual([false, true, true]);
    // As plain published figures, the hidden February (2) would have to reach k, and with
    // January shown and the year hidden it does; the remainder rule asks only 0 or k.
    const zeros = [0, 0];
    expect(await suppressOverlapping(zeros, figures, { k: 5 })).toEqual([false, false, false]);
    // Hidden from the start, a remainder of 0 pinned by the others is no exposure: nothing more is hidden.
    expect(await suppressOverlapping(zeros, figures, { k: 5, initial: [true, false, false] })).toEqual([true, false, false]);
  });

  it('hides a figure whose share in this model is 0 when its published value is not (a reader\'s rest model)', async () => {
    // A rest model: March's rest 2 (withheld), April's 0 (a remainder: published as 30, the
    // rest of what another tier counts), May's 5 and the total 7 fixed. With April shown,
    // March = 7 - 5 - 0 is pinned to 2.
    const parts = [2, 0, 5];
    const figures = (april: OverlappingFigure): OverlappingFigure[] => [{ parts: [0], unpublished: true }, april, { parts: [2], fixed: true }, { parts: [0, 1, 2], fixed: true }];
    // Zeros are never hidden: judged on this model's 0, April cannot be hidden and nothing can.
    await expect(suppressOverlapping(parts, figures({ parts: [1], remainder: true }), { k: 5 })).rejects.toThrow(/no visible figure/);
    // Judged on its published 30, April is hidden, and March can be 0.
    expect(await suppressOverlapping(parts, figures({ parts: [1], remainder: true, shownValue: 30 }), { k: 5 })).toEqual([true, true, false, false]);
  });

  it('moves figures linked by a balance: the same events classified twice', async () => {
    // Parts: by type (theft 2, other 8) and by agency (police 10), one month: types = agencies.
    const parts = [2, 8, 10];
    const figures: OverlappingFigure[] = [{ parts: [0] }, { parts: [1] }, { parts: [2] }];
    // theft is hidden (2); other 8 and police 10 would give theft = 10 - 8: one of them goes.
    const hidden = await suppressOverlapping(parts, figures, { k: 5, balances: [[[0, 1], [1, 1], [2, -1]]] });
    expect(hidden[0]).toBe(true);
    expect(hidden.filter(Boolean).length).toBe(2);
  });

  it('never hides a fixed figure, and starts from figures hidden by a table of their own', async () => {
    // Districts 3 and 12 and their municipality 15 (fixed: a national office publishes it).
    const parts = [3, 12];
    const figures: OverlappingFigure[] = [{ parts: [0] }, { parts: [1], worth: 5 }, { parts: [0, 1], fixed: true }];
    // The cheapest visible neighbour would be the municipality; it is fixed, so the other district goes.
    expect(await suppressOverlapping(parts, figures, { k: 5 })).toEqual([true, true, false]);
    // Hidden from the start: kept hidden, and nothing more is needed.
    const alone: OverlappingFigure[] = [{ parts: [0] }, { parts: [1] }];
    expect(await suppressOverlapping([7, 9], alone, { k: 5, initial: [false, true] })).toEqual([false, true]);
    await expect(suppressOverlapping([7, 9], alone, { k: 5, initial: [true] })).rejects.toThrow(/invalid initial: 1 flags for 2 figures/);
    await expect(suppressOverlapping([2], [{ parts: [0], fixed: true }], { k: 5 })).rejects.toThrow(/invalid figure 0: fixed/);
  });
});
