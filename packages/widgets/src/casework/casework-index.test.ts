// The index's own bookkeeping, on small hand-made tables in the order DuckDB may return
// them (any): rows put in order, where each zone began, where each person's concerns and
// spells begin. The views over it are held to the raw events in casework-sql.test.ts.
import { describe, expect, it } from 'vitest';
import { agendaFromIndex, caseworkIndex, NEVER, type IndexTables } from './casework-index.ts';
import { monthIndex } from './casework-months.ts';

const m = monthIndex;

/** Person 0: yellow, yellow, orange, orange, green; person 1: red twice; person 2: one concern, no meeting. Rows shuffled. */
function tables(): IndexTables {
  const meetings = [
    [1, m('2025-03'), 4],
    [0, m('2025-04'), 3],
    [0, m('2025-01'), 2],
    [1, m('2025-01'), 4],
    [0, m('2025-06'), 1],
    [0, m('2025-02'), 2],
    [0, m('2025-05'), 3],
  ] as const;
  const concerns = [
    [2, m('2025-02')],
    [0, m('2025-05')],
    [1, m('2024-12')],
    [0, m('2025-03')],
  ] as const;
  return {
    people: ['aaa', 'bbb', 'ccc'],
    cells: [{ area_code: 'A', age_band: '12-17', sex: 'female' }],
    measureNames: ['mentor'],
    agencyNames: ['police'],
    concernTypeNames: ['truancy'],
    hist: {
      person: meetings.map((r) => r[0]),
      month: meetings.map((r) => r[1]),
      rank: meetings.map((r) => r[2]),
      cell: meetings.map(() => 0),
    },
    concerns: { person: concerns.map((r) => r[0]), month: concerns.map((r) => r[1]), agency: [0, 0, 0, 0], type: [0, 0, 0, 0], cell: [0, 0, 0, 0] },
    spells: { person: [1, 0], measure: [0, 0], started: [m('2025-02'), m('2025-01')], ended: [NEVER, m('2025-03')], next_down: [NEVER, m('2025-06')], cell: [0, 0] },
  };
}

describe('caseworkIndex', () => {
  it('puts the meetings in month order, each month in people’s order, with the month each zone began', () => {
    const { hist } = caseworkIndex(tables());
    const rows = Array.from(hist.month, (month, i) => [hist.person[i], month, hist.rank[i], hist.zone_since[i]]);
    expect(rows).toEqual([
      [0, m('2025-01'), 2, m('2025-01')],
      [1, m('2025-01'), 4, m('2025-01')],
      [0, m('2025-02'), 2, m('2025-01')],
      [1, m('2025-03'), 4, m('2025-01')],
      [0, m('2025-04'), 3, m('2025-04')],
      [0, m('2025-05'), 3, m('2025-04')],
      [0, m('2025-06'), 1, m('2025-06')],
    ]);
  });

  it('finds each person’s concerns, in month order, and spells, also for someone never discussed', () => {
    const index = caseworkIndex(tables());
    const concernsOf = (p: number) => Array.from(index.concerns.month).slice(index.concernStart[p], index.concernStart[p + 1]);
    expect([concernsOf(0), concernsOf(1), concernsOf(2)]).toEqual([[m('2025-03'), m('2025-05')], [m('2024-12')], [m('2025-02')]]);
    expect(Array.from(index.spellStart)).toEqual([0, 1, 2, 2]);
  });

  it('gives the agenda from it: the last meeting, the zone and when it began, measures running and new concerns', () => {
    const index = caseworkIndex(tables());
    const { rows, due } = agendaFromIndex(index, { month: '2025-05', area: '', age: '', sex: '', measure: '', agency: '' }, { key: 'zone', descending: true });
    expect(due).toBe(2);
    expect(rows).toEqual([
      { pseudonym: 'bbb', rank: 4, zone_since: '2025-01', last_month: '2025-03', measures: 'mentor', new_concerns: 0 },
      { pseudonym: 'aaa', rank: 3, zone_since: '2025-04', last_month: '2025-05', measures: '', new_concerns: 1 },
    ]);
  });
});
