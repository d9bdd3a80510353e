/**
 * What each indicator is, its national series and the public reference figures from
 * DOMAIN.md. Only the figures in `references` are published statistics; every other
 * value the pipeline writes is synthetic and says so (published = false).
 */
export const INDICATOR_CODES = [
  'neet',
  'low_income_children',
  'persistent_low_income_children',
  'child_welfare_per_1000',
  'crowded_housing',
  'upper_secondary_completion',
  'ungdata_bullied',
  'ungdata_lonely',
  'reported_offences_per_1000',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export const SEXES = ['all', 'female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

export type Unit = 'percent' | 'per_1000' | 'count';

export interface Reference {
  /** National figures live here; a municipality's own figures are `references` in its profile. */
  readonly level: 'country' | 'municipality';
  readonly year: number;
  readonly ageGroup: string;
  readonly value: number;
  /** The source as cited in data/README.md. */
  readonly source: string;
}

export interface IndicatorSpec {
  readonly code: IndicatorCode;
  readonly unit: Exclude<Unit, 'count'>;
  readonly ageGroups: readonly string[];
  readonly sexes: readonly Sex[];
  /** 1 for annual figures, 3 for pooled or rolling three-year windows ('2021-2023'). */
  readonly window: 1 | 3;
  /**
   * The window is the **sum of its years** (pooled survey years, pooled cohorts): drawn
   * year by year and added up, so overlapping windows nest and are audited jointly. Absent
   * for a period definition that is no sum (persistent low income: the children at the end
   * of a 3-year income period), where each window is a table of its own.
   */
  readonly pooled?: true;
  /** The public table the synthetic figures are modelled on. */
  readonly table: string;
  /** National level (sex all, first age group) by year; synthetic except where referenced. */
  readonly country: Readonly<Record<number, number>>;
  /** Added to the national level for the other age groups. */
  readonly ageOffset?: Readonly<Record<string, number>>;
  /** Half the gap between boys and girls: male = all + gap, female = all - gap. */
  readonly sexGap: number;
  /** The municipality relative to the country when no municipal reference anchors the series. */
  readonly municipalityRatio: number;
  /** +1 when the value rises with hardship (NEET), -1 when it falls (completion). */
  readonly direction: 1 | -1;
  /** A model municipality's population (about 95 000 people) behind the denominator in the last year, per age group; scaled to the profile's municipality by its public NEET denominator. For a pooled window, the window's (each year has a third). */
  readonly population: Readonly<Record<string, number>>;
  /** Districts have no figures before this year (status '..'). */
  readonly districtsFrom?: number;
  readonly references: readonly Reference[];
}

const years = (first: number, values: readonly number[]): Record<number, number> =>
  Object.fromEntries(values.map((value, index) => [first + index, value]));

export const INDICATORS: readonly IndicatorSpec[] = [
  {
    code: 'neet',
    unit: 'percent',
    ageGroups: ['15-29', '16-25'],
    sexes: SEXES,
    window: 1,
    table: 'SSB table 13556',
    country: years(2015, [9.8, 10.0, 10.1, 10.3, 10.5, 11.0, 10.2, 9.5, 9.7, 10.0, 10.2]),
    ageOffset: { '16-25': -1.4, '16-24': -1.2 },
    sexGap: 0.6,
    municipalityRatio: 0.9,
    direction: 1,
    population: { '15-29': 17_200, '16-25': 11_800, '16-24': 10_600 },
    references: [
      { level: 'country', year: 2019, ageGroup: '15-29', value: 10.5, source: 'SSB table 13556' },
      { level: 'country', year: 2020, ageGroup: '15-29', value: 11.0, source: 'SSB table 13556' },
      { level: 'country', year: 2022, ageGroup: '15-29', value: 9.5, source: 'SSB table 13556' },
    ],
  },
  {
    code: 'low_income_children',
    unit: 'percent',
    ageGroups: ['0-17'],
    sexes: ['all'],
    window: 1,
    table: 'SSB table 08764',
    country: years(2012, [10.2, 11.0, 11.5, 11.9, 12.3, 12.5, 12.1, 11.7, 11.5, 11.3, 11.0, 11.2, 11.4, 11.5]),
    sexGap: 0,
    municipalityRatio: 0.7,
    direction: 1,
    population: { '0-17': 22_500 },
    references: [
      { level: 'country', year: 2012, ageGroup: '0-17', value: 10.2, source: 'SSB table 08764' },
      { level: 'country', year: 2013, ageGroup: '0-17', value: 11.0, source: 'SSB table 08764' },
      { level: 'country', year: 2014, ageGroup: '0-17', value: 11.5, source: 'SSB table 08764' },
    ],
  },
  {
    code: 'persistent_low_income_children',
    unit: 'percent',
    ageGroups: ['0-17'],
    sexes: ['all'],
    window: 3,
    table: 'SSB table 12944',
    country: years(2015, [9.8, 10.1, 10.4, 10.7, 11.0, 11.1, 11.0, 10.9, 10.8, 10.9, 11.0]),
    sexGap: 0,
    municipalityRatio: 0.65,
    direction: 1,
    population: { '0-17': 22_500 },
    references: [],
  },
  {
    code: 'child_welfare_per_1000',
    unit: 'per_1000',
    ageGroups: ['0-22'],
    sexes: SEXES,
    window: 1,
    table: 'SSB table 09050',
    country: years(2015, [27.6, 27.9, 27.6, 27.0, 26.1, 25.0, 23.9, 22.9, 22.0, 21.5, 21.2]),
    sexGap: 1.5,
    municipalityRatio: 0.75,
    direction: 1,
    population: { '0-22': 28_600 },
    references: [
      { level: 'country', year: 2019, ageGroup: '0-22', value: 26.1, source: 'SSB table 09050' },
    ],
  },
  {
    code: 'crowded_housing',
    unit: 'percent',
    ageGroups: ['0-17'],
    sexes: ['all'],
    window: 1,
    table: 'FHI kommunehelsa statistikkbank (trangbodde)',
    country: years(2015, [18.6, 18.4, 18.3, 18.1, 18.0, 17.9, 17.6, 17.5, 17.6, 17.8, 17.9]),
    sexGap: 0,
    municipalityRatio: 0.68,
    direction: 1,
    population: { '0-17': 22_500 },
    districtsFrom: 2017,
    references: [],
  },
  {
    code: 'upper_secondary_completion',
    unit: 'percent',
    ageGroups: ['all'],
    sexes: SEXES,
    window: 3,
    pooled: true,
    table: 'FHI statistikkbank (gjennomført videregående opplæring)',
    country: years(2015, [73.6, 74.2, 74.8, 75.3, 76.0, 77.1, 78.3, 79.6, 80.2, 80.5, 80.7]),
    sexGap: -5.5,
    municipalityRatio: 1.04,
    direction: -1,
    population: { all: 3_450 },
    references: [],
  },
  {
    code: 'ungdata_bullied',
    unit: 'percent',
    ageGroups: ['13-15'],
    sexes: SEXES,
    window: 3,
    pooled: true,
    table: 'Ungdata (NOVA/OsloMet), via FHI statistikkbank',
    country: years(2015, [6.9, 7.0, 7.1, 7.0, 7.2, 7.5, 7.9, 8.3, 8.6, 8.8, 8.9]),
    sexGap: 0.3,
    municipalityRatio: 0.92,
    direction: 1,
    population: { '13-15': 3_050 },
    references: [],
  },
  {
    code: 'ungdata_lonely',
    unit: 'percent',
    ageGroups: ['13-15'],
    sexes: SEXES,
    window: 3,
    pooled: true,
    table: 'Ungdata (NOVA/OsloMet), via FHI statistikkbank',
    country: years(2015, [16.2, 16.9, 17.5, 18.3, 19.0, 20.4, 21.9, 22.8, 23.1, 23.0, 22.8]),
    sexGap: -5.0,
    municipalityRatio: 0.95,
    direction: 1,
    population: { '13-15': 3_050 },
    references: [],
  },
  {
    code: 'reported_offences_per_1000',
    unit: 'per_1000',
    ageGroups: ['all'],
    sexes: ['all'],
    window: 1,
    table: 'SSB table 08487',
    country: years(2015, [59.3, 58.1, 56.0, 54.6, 55.4, 57.1, 53.0, 56.3, 58.9, 59.6, 59.0]),
    sexGap: 0,
    municipalityRatio: 0.72,
    direction: 1,
    population: { all: 97_000 },
    references: [],
  },
];
