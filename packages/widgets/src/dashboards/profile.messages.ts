import type { Language } from '@slt/engine';

/** Texts of the parts the municipality profile adds to the dashboards (comparison set, definitions, series notes). */
export interface ProfileMessages {
  /** The NEET trend of the municipality, its comparison set and the country. */
  readonly neetComparison: string;
  readonly definition: string;
  readonly source: string;
  readonly seriesNotes: string;
  readonly comparedWith: string;
}

export const PROFILE_MESSAGES: Readonly<Record<Language, ProfileMessages>> = {
  nb: {
    neetComparison: 'Unge {age} år utenfor arbeid og utdanning: {municipality}, sammenlignbare kommuner og landet',
    definition: 'Definisjon',
    source: 'Kilde',
    seriesNotes: 'Om tidsseriene',
    comparedWith: 'Sammenlignes med',
  },
  nn: {
    neetComparison: 'Unge {age} år utanfor arbeid og utdanning: {municipality}, samanliknbare kommunar og landet',
    definition: 'Definisjon',
    source: 'Kjelde',
    seriesNotes: 'Om tidsseriane',
    comparedWith: 'Samanlikna med',
  },
  da: {
    neetComparison: 'Unge {age} år uden for job og uddannelse: {municipality}, sammenlignelige kommuner og landet',
    definition: 'Definition',
    source: 'Kilde',
    seriesNotes: 'Om tidsserierne',
    comparedWith: 'Sammenlignes med',
  },
  en: {
    neetComparison: '{age}-year-olds not in employment or education: {municipality}, comparable municipalities and the country',
    definition: 'Definition',
    source: 'Source',
    seriesNotes: 'About the series',
    comparedWith: 'Compared with',
  },
};
