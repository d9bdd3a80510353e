/**
 * The vocabulary of SLT case follow-up (Asker's Borgen pilot): zones of the measures
 * ladder, concern types, reporting agencies and measures. Const arrays with union types
 * derived from them, so generator, aggregates and tests iterate over the same lists.
 */
export const ZONES = ['green', 'yellow', 'orange', 'red'] as const;
export type Zone = (typeof ZONES)[number];

/**
 * The published category "orange or red": the people whose zone is orange or red. It is
 * what politicians ask about ("how many are in the two upper zones"), and it survives
 * suppression where orange and red apart do not. The zone columns of the public files are
 * therefore a hierarchy, not a flat list: all = green + yellow + orange_or_red, and
 * orange_or_red = orange + red.
 */
export const ORANGE_OR_RED = 'orange_or_red';
/** Every published zone category below the total, in display order. */
export const PUBLISHED_ZONES = [...ZONES, ORANGE_OR_RED] as const;
/** The zone hierarchy as `@slt/disclosure` takes it (a parent is the margin of its children). */
export const ZONE_HIERARCHY: Readonly<Record<string, readonly string[]>> = {
  all: ['green', 'yellow', ORANGE_OR_RED],
  [ORANGE_OR_RED]: ['orange', 'red'],
};
/** The same for the transitions: from_zone also has 'new', to_zone also 'closed'. */
export const FROM_ZONE_HIERARCHY: Readonly<Record<string, readonly string[]>> = { ...ZONE_HIERARCHY, all: ['new', ...ZONE_HIERARCHY.all!] };
export const TO_ZONE_HIERARCHY: Readonly<Record<string, readonly string[]>> = { ...ZONE_HIERARCHY, all: [...ZONE_HIERARCHY.all!, 'closed'] };

export const CONCERN_TYPES = [
  'violence',
  'threats',
  'harassment',
  'theft',
  'vandalism',
  'drugs',
  'school_absence',
  'weapon',
] as const;
export type ConcernType = (typeof CONCERN_TYPES)[number];

export const AGENCIES = ['police', 'school', 'child_welfare', 'ambulant_youth_team', 'slt'] as const;
export type Agency = (typeof AGENCIES)[number];

/** Most intensive first: a person's main measure in a period is the first one active. */
export const MEASURES = [
  'child_welfare_placement',
  'konfliktrad_ungdomsstraff',
  'konfliktrad_ungdomsoppfolging',
  'change_of_school',
  'ambulant_youth_team',
  'family_network_meeting',
  'parent_programme',
  'leisure_mentor',
  'police_talk',
] as const;
export type Measure = (typeof MEASURES)[number];
/** The main-measure category of someone with no measure active. */
export const NO_MEASURE = 'none';

export const SEXES = ['female', 'male'] as const;
export type PersonSex = (typeof SEXES)[number];

/** Age bands of the public aggregates (age at the end of the period). */
export const PUBLIC_AGE_BANDS = ['12-14', '15-17', '18-24'] as const;

export function ageBand(age: number, bands: readonly string[]): string {
  for (const band of bands) {
    const [low, high] = band.split('-').map(Number) as [number, number];
    if (age >= low && age <= high) return band;
  }
  // Ages outside the bands are folded into the nearest end band rather than dropped.
  return age < Number(bands[0]!.split('-')[0]) ? bands[0]! : bands[bands.length - 1]!;
}

export function zoneRank(zone: Zone): number {
  return ZONES.indexOf(zone);
}
