import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparedAreas, missingComparisonNote } from './comparison-set.ts';
import { DASHBOARD_MESSAGES } from './dashboard.messages.ts';
import { parseDashboardProfile } from './profile.ts';

const asker = parseDashboardProfile(JSON.parse(readFileSync(new URL('../../../../data/profile.json', import.meta.url), 'utf8')), 'data/profile.json');
const LIVING = ['persistent_low_income_children', 'child_welfare_per_1000', 'crowded_housing', 'ungdata_lonely', 'ungdata_bullied'];

describe('the comparison set an indicator can show', () => {
  it('is the whole set where public sources give the indicator (NEET), and none where the figures are synthetic', () => {
    expect(comparedAreas(asker, 'neet')).toEqual(['Bærum', 'Oslo', 'Drammen', 'Lillestrøm']);
    expect(comparedAreas(asker, 'persistent_low_income_children')).toEqual([]);
    expect(comparedAreas(asker, 'not_an_indicator')).toEqual([]);
  });

  it('says once, in the reader\'s language, that the living-conditions indicators have no figures for the set', () => {
    expect(missingComparisonNote(asker, LIVING, DASHBOARD_MESSAGES.nb.indicators, 'nb')).toBe(
      'Sammenlignbare kommuner (Bærum, Oslo, Drammen, Lillestrøm): datagrunnlaget har ikke tall for dem for disse indikatorene, så Asker sammenlignes med Norge.',
    );
    expect(missingComparisonNote(asker, LIVING, DASHBOARD_MESSAGES.nn.indicators, 'nn')).toContain('blir samanlikna med Norge');
    expect(missingComparisonNote(asker, LIVING, DASHBOARD_MESSAGES.en.indicators, 'en')).toBe(
      'Comparable municipalities (Bærum, Oslo, Drammen, Lillestrøm): the data have no figures for them on these indicators, so Asker is compared with Norge.',
    );
  });

  it('names the indicators without figures when only some have them, and says nothing when all do or there is no set', () => {
    const someLivingPublic = { ...asker, indicators: asker.indicators.map((entry) => (entry.code === 'crowded_housing' ? { ...entry, public: true } : entry)) };
    expect(comparedAreas(someLivingPublic, 'crowded_housing')).toHaveLength(4);
    const note = missingComparisonNote(someLivingPublic, LIVING, DASHBOARD_MESSAGES.nb.indicators, 'nb')!;
    expect(note).toContain('for andel barn i husholdninger med vedvarende lavinntekt, barn med barnevernstiltak per 1 000, andel elever som er plaget av ensomhet, andel elever som blir mobbet;');
    expect(note).not.toContain('bor trangt');
    expect(missingComparisonNote(asker, ['neet'], DASHBOARD_MESSAGES.nb.indicators, 'nb')).toBeUndefined();
    expect(missingComparisonNote({ ...asker, comparison: { ...asker.comparison, areas: [] } }, LIVING, DASHBOARD_MESSAGES.nb.indicators, 'nb')).toBeUndefined();
  });
});
