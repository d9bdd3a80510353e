import { describe, expect, it } from 'vitest';
import { filtersFromSearch, sameFilters, searchWithFilters, withFilter } from './filter-state.ts';

describe('filter state', () => {
  it('sets, replaces and clears one column', () => {
    let state = withFilter(new Map(), 'area', ['Borgen']);
    state = withFilter(state, 'sex', ['female']);
    state = withFilter(state, 'area', ['Borgen', 'Vollen']);
    expect([...state]).toEqual([
      ['area', ['Borgen', 'Vollen']],
      ['sex', ['female']],
    ]);
    expect([...withFilter(state, 'area', null)]).toEqual([['sex', ['female']]]);
    expect([...withFilter(state, 'sex', [])]).toEqual([['area', ['Borgen', 'Vollen']]]);
  });

  it('round-trips through the URL and leaves other parameters alone', () => {
    const state = withFilter(withFilter(new Map(), 'area', ['Nordre Asker', 'Borgen']), 'age_group', ['16-25']);
    const search = searchWithFilters('?page=3&f.old=x', state);
    expect(search).toBe('?page=3&f.age_group=16-25&f.area=Nordre+Asker&f.area=Borgen');
    expect(sameFilters(filtersFromSearch(search), state)).toBe(true);
    expect(searchWithFilters(search, new Map())).toBe('?page=3');
  });

  it('ignores empty names and values', () => {
    expect([...filtersFromSearch('?f.=x&f.area=&f.sex=male')]).toEqual([['sex', ['male']]]);
  });
});
