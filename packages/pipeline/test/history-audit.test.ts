import { findDisclosures, suppressTable } from '@slt/disclosure';
import { auditJointly } from '@slt/disclosure/integer-audit';
import { describe, expect, it } from 'vitest';
import { historyModel } from '../src/case-histories.ts';
import { ZONE_HIERARCHY, type Zone } from '../src/case-model.ts';
import { caseYears } from '../src/case-periods.ts';
import { CASE_DIMENSIONS, yearCells } from '../src/case-tables.ts';
import type { Register } from '../src/generate-register.ts';

/**
 * A hand-made register of one year: 12 young people end the year in green, 2 in yellow,
 * 1 in orange. The old audit (`suppressTable`'s: no hidden count recomputable, hidden
 * counts known to be >= 1) lets yellow and orange-or-red be hidden beside a visible green
 * and total: yellow + orange_or_red = 3, so yellow is "1 or 2". The history audit, over the
 * integers with the protection interval, refuses it: yellow can never be 5 or more.
 */
function register(): Register {
  const zones: Zone[] = [...Array<Zone>(12).fill('green'), 'yellow', 'yellow', 'orange'];
  return {
    persons: zones.map((_, i) => ({
      person_id: i + 1,
      national_id: '',
      first_name: '',
      last_name: '',
      birth_date: '2004-05-01',
      sex: i % 2 ? 'female' : 'male',
      district_code: '3203-02',
      school: '',
    })),
    concerns: [],
    measures: [],
    meetings: zones.map((zone, i) => ({ meeting_id: i + 1, person_id: i + 1, date: '2018-03-14', zone, note: '' })),
  };
}

describe('the history audit', () => {
  it('refuses a small register the old audit passes', async () => {
    const reg = register();
    const years = caseYears(reg);
    const cells: Array<Record<string, string | number>> = yearCells(years).map((cell) => ({ ...cell, grain: 'year', period: '2018' }));
    const options = {
      k: 5,
      dimensions: CASE_DIMENSIONS.map((name) => (name === 'zone' ? { name, hierarchy: ZONE_HIERARCHY } : name)),
    };
    const published = suppressTable(cells, options);
    const shown = (zone: string) => published.find((c) => c.zone === zone && c.district_group === 'all' && c.measure === 'all' && c.age_band === 'all' && c.sex === 'all')!;
    expect(shown('yellow').value).toBeNull();
    expect(shown('green').value).toBe(12);
    // The old model: nothing recomputable.
    expect(findDisclosures(cells, published, options)).toEqual([]);
    // The new one: yellow (and more) can never reach k.
    const model = historyModel(reg, years, cells.map((cell, i) => ({ ...cell, grain: 'year', period: '2018', value: Number(cell.value), hidden: published[i]!.status !== null })), { months: [], quarters: ['2018K1', '2018K2', '2018K3', '2018K4'] });
    const problems = await auditJointly(model, { k: 5 });
    const yellow = cells.findIndex((c) => c === cells.find((x) => x.zone === 'yellow' && x.district_group === 'all' && x.measure === 'all' && x.age_band === 'all' && x.sex === 'all'));
    expect(problems).toContainEqual({ figure: yellow, kind: 'below-k' });
  });
});
