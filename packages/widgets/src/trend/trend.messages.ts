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
  /** Where the highlighted series stood among the lines at the last time: first, last, or by number; {tie} is `tie` or empty. */
  rankHighest: string;
  rankLowest: string;
  rankNumber: string;
  /** The lines whose figures, as shown, equal the highlighted series'. */
  tie: string;
}

export const TREND_MESSAGES: Record<Language, TrendMessages> = {
  nb: {
    referenceNamed: '{reference} (stiplet linje)',
    referenceKey: 'Stiplet linje: {reference}',
    aboveReference: 'I {time} lå {above} av {count} over {reference} ({value}): {names}.',
    noneAboveReference: 'I {time} lå ingen av {count} over {reference} ({value}).',
    and: 'og',
    rankHighest: 'I {time} hadde {series} det høyeste tallet av {count}{tie}.',
    rankLowest: 'I {time} hadde {series} det laveste tallet av {count}{tie}.',
    rankNumber: 'I {time} var {series} nummer {rank} av {count}, regnet fra det høyeste tallet{tie}.',
    tie: ', likt med {names}',
  },
  nn: {
    referenceNamed: '{reference} (stipla linje)',
    referenceKey: 'Stipla linje: {reference}',
    aboveReference: 'I {time} låg {above} av {count} over {reference} ({value}): {names}.',
    noneAboveReference: 'I {time} låg ingen av {count} over {reference} ({value}).',
    and: 'og',
    rankHighest: 'I {time} hadde {series} det høgaste talet av {count}{tie}.',
    rankLowest: 'I {time} hadde {series} det lågaste talet av {count}{tie}.',
    rankNumber: 'I {time} var {series} nummer {rank} av {count}, rekna frå det høgaste talet{tie}.',
    tie: ', likt med {names}',
  },
  da: {
    referenceNamed: '{reference} (stiplet linje)',
    referenceKey: 'Stiplet linje: {reference}',
    aboveReference: 'I {time} lå {above} af {count} over {reference} ({value}): {names}.',
    noneAboveReference: 'I {time} lå ingen af {count} over {reference} ({value}).',
    and: 'og',
    rankHighest: 'I {time} havde {series} det højeste tal af {count}{tie}.',
    rankLowest: 'I {time} havde {series} det laveste tal af {count}{tie}.',
    rankNumber: 'I {time} var {series} nummer {rank} af {count}, regnet fra det højeste tal{tie}.',
    tie: ', lige med {names}',
  },
  en: {
    referenceNamed: '{reference} (dashed line)',
    referenceKey: 'Dashed line: {reference}',
    aboveReference: 'In {time}, {above} of {count} were above {reference} ({value}): {names}.',
    noneAboveReference: 'In {time}, none of {count} were above {reference} ({value}).',
    and: 'and',
    rankHighest: 'In {time}, {series} had the highest figure of {count}{tie}.',
    rankLowest: 'In {time}, {series} had the lowest figure of {count}{tie}.',
    rankNumber: 'In {time}, {series} was number {rank} of {count}, counting from the highest figure{tie}.',
    tie: ', level with {names}',
  },
};
