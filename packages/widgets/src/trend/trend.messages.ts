import type { Language } from '@slt/engine';

/** The strings only <slt-trend> uses (its reference series); shared words are in ../i18n/messages.ts. */
export interface TrendMessages {
  /** The reference series named in the text alternative, before its sentence. */
  referenceNamed: string;
  /** The key above the chart for the reference's dashed line. */
  referenceKey: string;
  /** How the series stood against the reference at its last time; {names} are those above it. */
  aboveReference: string;
  noneAboveReference: string;
  /** The word before the last name of a list. */
  and: string;
}

export const TREND_MESSAGES: Record<Language, TrendMessages> = {
  nb: {
    referenceNamed: '{reference} (stiplet linje)',
    referenceKey: 'Stiplet linje: {reference}',
    aboveReference: 'I {time} lå {above} av {count} over {reference} ({value}): {names}.',
    noneAboveReference: 'I {time} lå ingen av {count} over {reference} ({value}).',
    and: 'og',
  },
  nn: {
    referenceNamed: '{reference} (stipla linje)',
    referenceKey: 'Stipla linje: {reference}',
    aboveReference: 'I {time} låg {above} av {count} over {reference} ({value}): {names}.',
    noneAboveReference: 'I {time} låg ingen av {count} over {reference} ({value}).',
    and: 'og',
  },
  da: {
    referenceNamed: '{reference} (stiplet linje)',
    referenceKey: 'Stiplet linje: {reference}',
    aboveReference: 'I {time} lå {above} af {count} over {reference} ({value}): {names}.',
    noneAboveReference: 'I {time} lå ingen af {count} over {reference} ({value}).',
    and: 'og',
  },
  en: {
    referenceNamed: '{reference} (dashed line)',
    referenceKey: 'Dashed line: {reference}',
    aboveReference: 'In {time}, {above} of {count} were above {reference} ({value}): {names}.',
    noneAboveReference: 'In {time}, none of {count} were above {reference} ({value}).',
    and: 'and',
  },
};
