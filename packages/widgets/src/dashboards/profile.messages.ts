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
}

export const PROFILE_MESSAGES: Readonly<Record<Language, ProfileMessages>> = {
  nb: {
    neetComparison: 'Unge {age} år utenfor arbeid og utdanning: {municipality}, sammenlignbare kommuner og landet',
    definition: 'Definisjon',
    source: 'Kilde',
    seriesNotes: 'Om tidsseriene',
    comparedWith: 'Sammenlignes med',
    comparisonSentence: 'Unge {age} år utenfor arbeid og utdanning i {year}: {list}.',
  },
  nn: {
    neetComparison: 'Unge {age} år utanfor arbeid og utdanning: {municipality}, samanliknbare kommunar og landet',
    definition: 'Definisjon',
    source: 'Kjelde',
    seriesNotes: 'Om tidsseriane',
    comparedWith: 'Samanlikna med',
    comparisonSentence: 'Unge {age} år utanfor arbeid og utdanning i {year}: {list}.',
  },
  da: {
    neetComparison: 'Unge {age} år uden for job og uddannelse: {municipality}, sammenlignelige kommuner og landet',
    definition: 'Definition',
    source: 'Kilde',
    seriesNotes: 'Om tidsserierne',
    comparedWith: 'Sammenlignes med',
    comparisonSentence: 'Unge {age} år uden for job og uddannelse i {year}: {list}.',
  },
  en: {
    neetComparison: '{age}-year-olds not in employment or education: {municipality}, comparable municipalities and the country',
    definition: 'Definition',
    source: 'Source',
    seriesNotes: 'About the series',
    comparedWith: 'Compared with',
    comparisonSentence: '{age}-year-olds not in employment or education in {year}: {list}.',
  },
};
