import { describe, expect, it } from 'vitest';
import { filtersFromSearch, sameFilters, searchWithFilters, urlScopeName, withFilter } from './filter-state.ts';

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

  it('keeps two named scopes and the unnamed one apart in one URL', () => {
    const ung = withFilter(new Map(), 'area', ['Borgen']);
    const levekar = withFilter(new Map(), 'area', ['Vollen']);
    const plain = withFilter(new Map(), 'sex', ['female']);
    let search = searchWithFilters('?page=3', ung, 'ung');
    search = searchWithFilters(search, levekar, 'levekar');
    search = searchWithFilters(search, plain);
    expect(search).toBe('?page=3&f.ung.area=Borgen&f.levekar.area=Vollen&f.sex=female');
    expect([...filtersFromSearch(search, 'ung')]).toEqual([['area', ['Borgen']]]);
    expect([...filtersFromSearch(search, 'levekar')]).toEqual([['area', ['Vollen']]]);
    expect([...filtersFromSearch(search)]).toEqual([['sex', ['female']]]);
    // A scope writing its choices clears its own parameters only.
    expect(searchWithFilters(search, new Map(), 'ung')).toBe('?page=3&f.levekar.area=Vollen&f.sex=female');
    expect(searchWithFilters(search, new Map())).toBe('?page=3&f.ung.area=Borgen&f.levekar.area=Vollen');
  });

  it('takes letters, digits, - and _ for a scope name', () => {
    expect(urlScopeName(' ung-1 ')).toBe('ung-1');
    expect(urlScopeName('a.b&c=d')).toBe('abcd');
    expect(urlScopeName('')).toBe('');
    expect(urlScopeName(null)).toBe('');
  });

  it('ignores empty names and values', () => {
    expect([...filtersFromSearch('?f.=x&f.area=&f.sex=male')]).toEqual([['sex', ['male']]]);
  });
});
