import type { Language } from '@slt/engine';

/** The strings only <slt-bars> uses; shared words are in ../i18n/messages.ts. */
export interface BarsMessages {
  /** The extremes of one series, without the series name (prefixed when there is one); "med", not brackets, as a name may hold its own ("Ungdomsstraff (Konfliktrådet)"). */
  highestLowest: string;
  /** A single bar. */
  onlyOne: string;
  /** The reference line, in words, on the chart. */
  referenceLabel: string;
  /** The reference in the text alternative; {above} of {count} bars are longer. */
  referenceSentence: string;
  /** The reference with one value per series. */
  referenceSeries: string;
  /** Hidden figures named in the text alternative. */
  hiddenSentence: string;
  /** Grouped or stacked bars: after a series' extremes, the categories it has no figure for (no row, or SSB's '..'), so a gap is not read as 0. */
  missingPart: string;
  /** The key above grouped or stacked bars for the reference tick. */
  referenceKey: string;
  columnCategory: string;
  /** Read out when a bar is chosen as a linked filter, and when the choice is cleared. */
  chosen: string;
  cleared: string;
  /** How to choose, under the chart. */
  chooseHint: string;
  /** The mark beside a chosen category's label (also announced). */
  chosenMark: string;
}

export const BARS_MESSAGES: Record<Language, BarsMessages> = {
  nb: {
    highestLowest: 'høyest er {high} med {highValue}, lavest er {low} med {lowValue}',
    onlyOne: '{category}: {value}',
    referenceLabel: '{reference}: {value}',
    referenceSentence: 'Stiplet linje: {reference}, {value}. {above} av {count} ligger over.',
    referenceSeries: 'Stiplet linje: {reference}, {values}.',
    hiddenSentence: 'Skjult (:): {names}.',
    missingPart: 'ingen tall for {names}',
    referenceKey: 'Stiplet linje: {reference}',
    columnCategory: 'Kategori',
    chosen: '{category} er valgt.',
    cleared: 'Valget er fjernet.',
    chooseHint: 'Velg en søyle for å filtrere de andre figurene; velg den igjen for å fjerne valget.',
    chosenMark: 'valgt',
  },
  nn: {
    highestLowest: 'høgast er {high} med {highValue}, lågast er {low} med {lowValue}',
    onlyOne: '{category}: {value}',
    referenceLabel: '{reference}: {value}',
    referenceSentence: 'Stipla linje: {reference}, {value}. {above} av {count} ligg over.',
    referenceSeries: 'Stipla linje: {reference}, {values}.',
    hiddenSentence: 'Skjult (:): {names}.',
    missingPart: 'ingen tal for {names}',
    referenceKey: 'Stipla linje: {reference}',
    columnCategory: 'Kategori',
    chosen: '{category} er vald.',
    cleared: 'Valet er fjerna.',
    chooseHint: 'Vel ei søyle for å filtrere dei andre figurane; vel ho igjen for å fjerne valet.',
    chosenMark: 'vald',
  },
  da: {
    highestLowest: 'højest er {high} med {highValue}, lavest er {low} med {lowValue}',
    onlyOne: '{category}: {value}',
    referenceLabel: '{reference}: {value}',
    referenceSentence: 'Stiplet linje: {reference}, {value}. {above} af {count} ligger over.',
    referenceSeries: 'Stiplet linje: {reference}, {values}.',
    hiddenSentence: 'Skjult (:): {names}.',
    missingPart: 'intet tal for {names}',
    referenceKey: 'Stiplet linje: {reference}',
    columnCategory: 'Kategori',
    chosen: '{category} er valgt.',
    cleared: 'Valget er fjernet.',
    chooseHint: 'Vælg en søjle for at filtrere de andre figurer; vælg den igen for at fjerne valget.',
    chosenMark: 'valgt',
  },
  en: {
    highestLowest: 'highest is {high} at {highValue}, lowest is {low} at {lowValue}',
    onlyOne: '{category}: {value}',
    referenceLabel: '{reference}: {value}',
    referenceSentence: 'Dashed line: {reference}, {value}. {above} of {count} are above it.',
    referenceSeries: 'Dashed line: {reference}, {values}.',
    hiddenSentence: 'Hidden (:): {names}.',
    missingPart: 'no figure for {names}',
    referenceKey: 'Dashed line: {reference}',
    columnCategory: 'Category',
    chosen: '{category} is chosen.',
    cleared: 'The choice is cleared.',
    chooseHint: 'Choose a bar to filter the other figures; choose it again to clear the choice.',
    chosenMark: 'chosen',
  },
};
