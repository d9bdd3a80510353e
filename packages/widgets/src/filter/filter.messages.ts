import type { Language } from '@slt/engine';

/** The strings only <slt-filter> uses; shared words (loading, errors) are in i18n/messages.ts. */
export interface FilterMessages {
  /** The group's accessible name when the page gives no heading. */
  group: string;
  reset: string;
  /** On paper, in place of the pickers: "Utvalg: Område: Borgen, Kjønn: Alle." */
  printed: string;
  noOptions: string;
  /** Default labels of the columns the datasets have in common. */
  columns: Record<'year' | 'period' | 'area' | 'sex' | 'age_group' | 'age_band' | 'zone' | 'district_group_name', string>;
  sexes: Record<'female' | 'male', string>;
  /** An age group `16-25` as the reader writes it: `16–25 år`. */
  ages: string;
}

export const FILTER_MESSAGES: Record<Language, FilterMessages> = {
  nb: {
    group: 'Velg utvalg',
    reset: 'Nullstill valgene',
    printed: 'Utvalg: {choices}.',
    noOptions: 'Ingen valg for dette utvalget.',
    columns: { year: 'År', period: 'Periode', area: 'Område', sex: 'Kjønn', age_group: 'Aldersgruppe', age_band: 'Alder', zone: 'Sone', district_group_name: 'Område' },
    sexes: { female: 'Jenter/kvinner', male: 'Gutter/menn' },
    ages: '{from}–{to} år',
  },
  nn: {
    group: 'Vel utval',
    reset: 'Nullstill vala',
    printed: 'Utval: {choices}.',
    noOptions: 'Ingen val for dette utvalet.',
    columns: { year: 'År', period: 'Periode', area: 'Område', sex: 'Kjønn', age_group: 'Aldersgruppe', age_band: 'Alder', zone: 'Sone', district_group_name: 'Område' },
    sexes: { female: 'Jenter/kvinner', male: 'Gutar/menn' },
    ages: '{from}–{to} år',
  },
  da: {
    group: 'Vælg udvalg',
    reset: 'Nulstil valgene',
    printed: 'Udvalg: {choices}.',
    noOptions: 'Ingen valg for dette udvalg.',
    columns: { year: 'År', period: 'Periode', area: 'Område', sex: 'Køn', age_group: 'Aldersgruppe', age_band: 'Alder', zone: 'Zone', district_group_name: 'Område' },
    sexes: { female: 'Piger/kvinder', male: 'Drenge/mænd' },
    ages: '{from}–{to} år',
  },
  en: {
    group: 'Choose a selection',
    reset: 'Reset the choices',
    printed: 'Selection: {choices}.',
    noOptions: 'No choices for this selection.',
    columns: { year: 'Year', period: 'Period', area: 'Area', sex: 'Sex', age_group: 'Age group', age_band: 'Age', zone: 'Zone', district_group_name: 'Area' },
    sexes: { female: 'Girls/women', male: 'Boys/men' },
    ages: '{from}–{to} years',
  },
};
