import { describe, expect, it } from 'vitest';
import { DASHBOARD_MESSAGES } from './dashboard.messages.ts';
import { PROFILE_MESSAGES } from './profile.messages.ts';

type Tree = { readonly [key: string]: string | Tree };

/** Every string in a message tree by its dotted path (`headings.zones`). */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
  }
  return out;
}

/**
 * Strings that are rightly the same as in bokmål: names, codes and words the languages
 * share. Anything else equal to bokmål is an untranslated string.
 */
const SAME_AS_BOKMAL: Record<'nn' | 'da' | 'en', ReadonlySet<string>> = {
  nn: new Set([
    'reportLabel', 'printButton', 'focusLabel', 'columns.area', 'columns.sex', 'columns.year', 'columns.age_group', 'columns.zone',
    'columns.measure', 'sex.all', 'sex.female', 'up', 'down', 'above', 'below', 'hidden', 'versusCountry', 'focusVersus',
    'cases.title', 'headings.zonesWhat', 'headings.childWelfareTrend', 'headings.kpiChildWelfare', 'headings.kpiBullied',
    'measures.child_welfare_placement', 'measures.konfliktrad_ungdomsstraff', 'measures.konfliktrad_ungdomsoppfolging',
    'measures.family_network_meeting', 'measures.parent_programme', 'measures.leisure_mentor', 'concernTypes.harassment',
    'concernTypes.vandalism', 'concernTypes.drugs', 'concernTypes.weapon', 'agencies.police', 'agencies.child_welfare',
    'agencies.ambulant_youth_team', 'agencies.slt', 'tooFew', 'zones.all', 'zones.yellow', 'zones.orange', 'zoneColumn',
    'average.period', 'average.series', 'average.windowRange', 'labels.ageGroup',
  ]),
  da: new Set([
    'demoMarker', 'focusLabel', 'sourcesHeading', 'noFilters', 'columns.area', 'columns.year', 'columns.age_group', 'sex.all', 'down', 'above',
    'below', 'hidden', 'change', 'versusCountry', 'focusVersus', 'concernTypes.violence', 'concernTypes.theft', 'agencies.police',
    'agencies.school', 'zones.all', 'monthlyHeading', 'lastMonth', 'headings.kpiMonthly', 'measures.police_talk',
    'concernTypes.threats', 'concernTypes.school_absence', 'zones.yellow', 'zones.red', 'average.period', 'average.view', 'average.windowRange', 'labels.ageGroup',
  ]),
  en: new Set(['focusVersus', 'versusCountry', 'agencies.slt']),
};

/** The strings of the profile's parts (comparison set, definitions, series notes) that are rightly the same as in bokmål. */
const PROFILE_SAME_AS_BOKMAL: Record<'nn' | 'da' | 'en', ReadonlySet<string>> = {
  nn: new Set(['definition']),
  da: new Set(['source', 'comparedWith']),
  en: new Set([]),
};

for (const [name, messages, same] of [
  ['dashboard messages', DASHBOARD_MESSAGES, SAME_AS_BOKMAL],
  ['profile messages', PROFILE_MESSAGES, PROFILE_SAME_AS_BOKMAL],
] as const) {
  describe(name, () => {
    const bokmal = leaves(messages.nb as unknown as Tree);
    for (const language of ['nn', 'da', 'en'] as const) {
      const other = leaves(messages[language] as unknown as Tree);
      it(`${language} has every bokmål key and nothing else`, () => {
        expect([...bokmal.keys()].filter((key) => !other.has(key))).toEqual([]);
        expect([...other.keys()].filter((key) => !bokmal.has(key))).toEqual([]);
      });
      it(`${language} translates every string where the languages differ`, () => {
        const untranslated = [...bokmal].filter(([key, text]) => other.get(key) === text && !same[language].has(key));
        expect(untranslated.map(([key]) => key)).toEqual([]);
      });
      it(`${language} keeps every {placeholder} of bokmål`, () => {
        const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        const differing = [...bokmal].filter(([key, text]) => JSON.stringify(names(text)) !== JSON.stringify(names(other.get(key) ?? '')));
        expect(differing.map(([key]) => key)).toEqual([]);
      });
    }
  });
}
