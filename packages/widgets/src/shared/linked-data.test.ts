import { describe, expect, it } from 'vitest';
import type { FilterState } from '../filters/filter-state.ts';
import { fixingFilters, followedColumns, keptFilters, linkedFilters } from './linked-data.ts';

const columns = ['area', 'sex', 'year', 'value'].map((name) => ({ name }));
const own = [
  { column: 'area', values: ['Borgen'] },
  { column: 'sex', values: ['all'] },
];

describe('linked filters and follow', () => {
  it('reads the followed columns, comma- or space-separated', () => {
    expect([...followedColumns(' sex, age_group  year ')]).toEqual(['sex', 'age_group', 'year']);
    expect(followedColumns('').size).toBe(0);
  });

  it('a choice on a column the element fixes is ignored, unless the element follows that column', () => {
    const chosen: FilterState = new Map([['sex', ['female']], ['year', ['2024']], ['district_group', ['G1']]]);
    expect(linkedFilters(chosen, columns, own)).toEqual([{ column: 'year', values: ['2024'] }]);
    const linked = linkedFilters(chosen, columns, fixingFilters(own, 'sex'));
    expect(linked).toEqual([
      { column: 'sex', values: ['female'] },
      { column: 'year', values: ['2024'] },
    ]);
    // The default it replaces goes; the rest of the element's own filter stays.
    expect(keptFilters(own, linked)).toEqual([{ column: 'area', values: ['Borgen'] }]);
    expect(keptFilters(own, [])).toEqual(own);
  });
});
