import { describe, expect, it } from 'vitest';
import { defaultState, readState, writeState } from './casework-state.ts';

const ALLOWED = { month: ['2025-11', '2025-12'], area: ['3203'], age: ['12-17', '18-24'], sex: ['female', 'male'], measure: ['police_talk'], agency: ['school'] };

describe('casework state in the URL', () => {
  it('round-trips filters, order and the open case, keeping the page parameters', () => {
    const state = {
      filters: { month: '2025-11', area: '3203', age: '12-17', sex: 'female', measure: 'police_talk', agency: 'school' },
      sort: { key: 'newConcerns' as const, descending: false },
      openCase: 'aaeebhfcnlicpigf',
    };
    const search = writeState('?page=2', state, '2025-12');
    expect(search).toBe('?page=2&cw-month=2025-11&cw-area=3203&cw-age=12-17&cw-sex=female&cw-measure=police_talk&cw-agency=school&cw-sort=newConcerns%3Aascending&cw-case=aaeebhfcnlicpigf');
    expect(readState(search, '2025-12', ALLOWED)).toEqual(state);
  });

  it('leaves defaults out and ignores values the data do not offer', () => {
    expect(writeState('', defaultState('2025-12'), '2025-12')).toBe('');
    expect(readState('?cw-sex=x&cw-month=2030-01&cw-sort=bogus&cw-case=<script>', '2025-12', ALLOWED)).toEqual(defaultState('2025-12'));
  });
});
