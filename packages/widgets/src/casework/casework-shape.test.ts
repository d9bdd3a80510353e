import { describe, expect, it } from 'vitest';
import { addMonths, monthIndex, weeksBetween } from './casework-months.ts';
import { agendaCases, exportCsv, exportFigures, sortAgenda, suppressOneWay, EMPTY_MONTH, type AgendaCase } from './casework-shape.ts';

describe('months', () => {
  it('adds across years and counts weeks from months', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-12', -12)).toBe('2024-12');
    expect(monthIndex('2025-03') - monthIndex('2024-12')).toBe(3);
    expect(weeksBetween('2025-09', '2025-12')).toBe(13);
    expect(() => monthIndex('2025-13')).toThrow(/YYYY-MM/);
  });
});

describe('suppressOneWay', () => {
  /** Every table of 4 cells 0..7: no hidden cell is fixed by the total, the shown cells and "hidden >= 1". */
  it('never leaves a hidden cell that the shown figures fix, and hides every count 1..k-1', () => {
    const k = 5;
    for (let code = 0; code < 8 ** 4; code++) {
      const cells = [0, 1, 2, 3].map((i) => Math.floor(code / 8 ** i) % 8);
      const total = cells.reduce((a, b) => a + b, 0);
      const out = suppressOneWay(cells, total, k);
      cells.forEach((n, i) => {
        if (n > 0 && n < k) expect(out.cells[i]).toBe(':');
        if (out.cells[i] !== ':') expect(out.cells[i]).toBe(n);
      });
      if (out.total !== ':') {
        const hidden = out.cells.filter((c) => c === ':').length;
        const rest = total - out.cells.reduce<number>((sum, c) => (c === ':' ? sum : sum + c), 0);
        if (hidden > 0) expect(hidden > 1 && rest !== hidden).toBe(true);
      } else expect(total).toBeGreaterThan(0);
    }
  });

  it('keeps zeros and a table with nothing small as it is', () => {
    expect(suppressOneWay([21, 10, 8, 0], 39, 5)).toEqual({ cells: [21, 10, 8, 0], total: 39 });
    expect(suppressOneWay([21, 10, 8, 4], 43, 5)).toEqual({ cells: [21, 10, ':', ':'], total: 43 });
  });
});

describe('exportFigures', () => {
  it('exports this month, last month and last year, hidden as the public files are', () => {
    const monthly = [{ ...EMPTY_MONTH('2025-12'), discussed: 43, green: 21, yellow: 10, orange: 8, red: 4, escalations: 4, concerns: 12 }];
    const rows = exportFigures(monthly, '2025-12', 5);
    expect(rows.filter((r) => r.period === '2025-12' && r.measure === 'discussed').map((r) => `${r.zone}=${r.value}`)).toEqual([
      'green=21', 'yellow=10', 'orange=:', 'red=:', 'all=43',
    ]);
    expect(rows.find((r) => r.measure === 'escalations' && r.period === '2025-12')?.value).toBe(':');
    expect(rows.filter((r) => r.period === '2024-12').every((r) => r.value === 0)).toBe(true);
    expect(exportCsv(rows).split('\n')[1]).toBe('2025-12,discussed,green,21');
    for (const row of rows) if (typeof row.value === 'number') expect(row.value === 0 || row.value >= 5).toBe(true);
  });
});

describe('sortAgenda', () => {
  const cases: AgendaCase[] = agendaCases(
    [
      { pseudonym: 'b', rank: 1, zone_since: '2025-01', last_month: '2025-12', measures: '', new_concerns: 2 },
      { pseudonym: 'a', rank: 3, zone_since: '2025-11', last_month: '2025-11', measures: 'police_talk,leisure_mentor', new_concerns: 0 },
      { pseudonym: 'c', rank: 3, zone_since: '2025-06', last_month: '2025-12', measures: 'x', new_concerns: 1 },
    ],
    '2025-12',
  );

  it('orders by zone (highest first) by default, then pseudonym', () => {
    expect(sortAgenda(cases, { key: 'zone', descending: true }).map((c) => c.pseudonym)).toEqual(['a', 'c', 'b']);
    expect(cases[0]!.weeksInZone).toBe(48);
  });

  it('sorts by every column either way', () => {
    expect(sortAgenda(cases, { key: 'weeksInZone', descending: true }).map((c) => c.pseudonym)).toEqual(['b', 'c', 'a']);
    expect(sortAgenda(cases, { key: 'newConcerns', descending: false }).map((c) => c.pseudonym)).toEqual(['a', 'c', 'b']);
    expect(sortAgenda(cases, { key: 'measures', descending: true }).map((c) => c.pseudonym)).toEqual(['a', 'c', 'b']);
    expect(sortAgenda(cases, { key: 'lastDiscussed', descending: false }).map((c) => c.pseudonym)).toEqual(['a', 'c', 'b']);
  });
});
