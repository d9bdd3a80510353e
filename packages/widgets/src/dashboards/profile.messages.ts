import type { Language } from '@slt/engine';

/** Texts of the parts the municipality profile adds to the dashboards (comparison set, definitions, series notes). */
export interface ProfileMessages {
  /** The NEET trend of the municipality, its comparison set and the country. */
  readonly neetComparison: string;
  readonly definition: string;
  readonly source: string;
  readonly seriesNotes: string;
  readonly comparedWith: string;
  /** The summary's sentence on the comparison set: `{list}` is "Asker 10,3 %, Bærum 9,6 %, …". */
  readonly comparisonSentence: string;
  /** No indicator of the dashboard has figures for the comparison set ({label}, {areas}, {municipality}, {country}). */
  readonly comparisonMissingAll: string;
  /** Some have none ({indicators}: their names). */
  readonly comparisonMissingSome: string;
}

export const PROFILE_MESSAGES: Readonly<Record<Language, ProfileMessages>> = {
  nb: {
    neetComparison: 'Unge {age} år utenfor arbeid og utdanning: {municipality}, sammenlignbare kommuner og landet',
    definition: 'Definisjon',
    source: 'Kilde',
    seriesNotes: 'Om tidsseriene',
    comparedWith: 'Sammenlignes med',
    comparisonSentence: 'Unge {age} år utenfor arbeid og utdanning i {year}: {list}.',
    comparisonMissingAll: '{label} ({areas}): datagrunnlaget har ikke tall for dem for disse indikatorene, så {municipality} sammenlignes med {country}.',
    comparisonMissingSome: '{label} ({areas}): datagrunnlaget har ikke tall for dem for {indicators}; der sammenlignes {municipality} med {country}.',
  },
  nn: {
    neetComparison: 'Unge {age} år utanfor arbeid og utdanning: {municipality}, samanliknbare kommunar og landet',
    definition: 'Definisjon',
    source: 'Kjelde',
    seriesNotes: 'Om tidsseriane',
    comparedWith: 'Samanlikna med',
    comparisonSentence: 'Unge {age} år utanfor arbeid og utdanning i {year}: {list}.',
    comparisonMissingAll: '{label} ({areas}): datagrunnlaget har ikkje tal for dei for desse indikatorane, så {municipality} blir samanlikna med {country}.',
    comparisonMissingSome: '{label} ({areas}): datagrunnlaget har ikkje tal for dei for {indicators}; der blir {municipality} samanlikna med {country}.',
  },
  da: {
    neetComparison: 'Unge {age} år uden for job og uddannelse: {municipality}, sammenlignelige kommuner og landet',
    definition: 'Definition',
    source: 'Kilde',
    seriesNotes: 'Om tidsserierne',
    comparedWith: 'Sammenlignes med',
    comparisonSentence: 'Unge {age} år uden for job og uddannelse i {year}: {list}.',
    comparisonMissingAll: '{label} ({areas}): datagrundlaget har ikke tal for dem for disse indikatorer, så {municipality} sammenlignes med {country}.',
    comparisonMissingSome: '{label} ({areas}): datagrundlaget har ikke tal for dem for {indicators}; der sammenlignes {municipality} med {country}.',
  },
  en: {
    neetComparison: '{age}-year-olds not in employment or education: {municipality}, comparable municipalities and the country',
    definition: 'Definition',
    source: 'Source',
    seriesNotes: 'About the series',
    comparedWith: 'Compared with',
    comparisonSentence: '{age}-year-olds not in employment or education in {year}: {list}.',
    comparisonMissingAll: '{label} ({areas}): the data have no figures for them on these indicators, so {municipality} is compared with {country}.',
    comparisonMissingSome: '{label} ({areas}): the data have no figures for them on {indicators}; there {municipality} is compared with {country}.',
  },
};
