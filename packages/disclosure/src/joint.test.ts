import { describe, expect, it } from 'vitest';
import { auditJointly, feasibleRanges, type JointModel } from './joint.ts';

describe('auditJointly', () => {
  it('finds a hidden count that two overlapping windows give away', async () => {
    // months a=1 (hidden), b=9, c=9; windows a+b=10 and b+c=18 shown, b and c hidden too.
    const model: JointModel = {
      atoms: 3,
      figures: [
        { terms: [[0, 1]], value: 1, hidden: true },
        { terms: [[1, 1]], value: 9, hidden: true },
        { terms: [[2, 1]], value: 9, hidden: false },
        { terms: [[0, 1], [1, 1]], value: 10, hidden: false },
        { terms: [[1, 1], [2, 1]], value: 18, hidden: false },
      ],
      truth: [1, 9, 9],
    };
    expect(await auditJointly(model, { k: 5 })).toEqual([
      { figure: 0, kind: 'below-k' },
      { figure: 1, kind: 'pinned' },
    ]);
    expect(await feasibleRanges(model, [0, 1])).toEqual([{ min: 1, max: 1 }, { min: 9, max: 9 }]);
  });

  it('refuses a range that holds two values but never reaches k', async () => {
    // a + b = 3 shown, both hidden: each is 1 or 2.
    const model: JointModel = {
      atoms: 2,
      figures: [
        { terms: [[0, 1]], value: 1, hidden: true },
        { terms: [[1, 1]], value: 2, hidden: true },
        { terms: [[0, 1], [1, 1]], value: 3, hidden: false },
      ],
    };
    expect(await auditJointly(model, { k: 5 })).toEqual([
      { figure: 0, kind: 'below-k' },
      { figure: 1, kind: 'below-k' },
    ]);
    const wide = { ...model, figures: [model.figures[0]!, { ...model.figures[1]!, value: 8 }, { ...model.figures[2]!, value: 9 }] };
    expect(await auditJointly(wide, { k: 5 })).toEqual([]);
  });

  it('protects a small remainder unless it can be 0 or k', async () => {
    // year = 9 shown, december = 6 shown: the rest is 3 exactly.
    const model: JointModel = {
      atoms: 2,
      figures: [
        { terms: [[0, 1], [1, 1]], value: 9, hidden: false },
        { terms: [[0, 1]], value: 6, hidden: false },
        { terms: [[1, 1]], value: 3, hidden: true, unpublished: true },
      ],
    };
    expect(await auditJointly(model, { k: 5 })).toEqual([{ figure: 2, kind: 'small-remainder' }]);
    const hiddenDecember = { ...model, figures: [model.figures[0]!, { ...model.figures[1]!, hidden: true }, model.figures[2]!] };
    expect(await auditJointly(hiddenDecember, { k: 5 })).toEqual([]);
  });
});
