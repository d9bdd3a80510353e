/**
 * A municipality's areas as the case register's files use them: the municipality, its
 * districts and the district groups they are published in, all from a profile
 * (`profiles/<id>.json`): nothing municipality-specific is written in the code.
 *
 * The synthetic register is modelled on the demo profile (`profiles/asker.json`): its
 * district names are real places; the district split, the population shares and the load
 * factors are synthetic (the profile's model parameters).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DEFAULT_PROFILE } from './load-profile.ts';
import { parseProfile, type Area, type District, type Profile } from './profile.ts';

export type { District } from './profile.ts';
export type DistrictGroup = Area;

export interface Areas {
  readonly municipality: Area;
  readonly districts: readonly District[];
  readonly groups: readonly DistrictGroup[];
}

export const areasOf = (profile: Profile): Areas => ({
  municipality: { code: profile.code, name: profile.name },
  districts: profile.districts,
  groups: profile.districtGroups,
});

const demo = parseProfile(JSON.parse(readFileSync(DEFAULT_PROFILE, 'utf8')), relative(process.cwd(), DEFAULT_PROFILE));

/** The demo profile's areas: the synthetic register's, and the default of every step. */
export const DEMO_AREAS: Areas = areasOf(demo);
export const MUNICIPALITY: Area = DEMO_AREAS.municipality;
export const COUNTRY: Area = demo.country;
export const DISTRICT_GROUPS: readonly DistrictGroup[] = DEMO_AREAS.groups;
export const DISTRICTS: readonly District[] = DEMO_AREAS.districts;

/** Schools per district code, for the synthetic register. */
export const SCHOOLS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(demo.districts.map((d) => [d.code, d.schools]));

/** The district group a district is published in. */
export function districtGroupOf(districtCode: string, areas: Areas = DEMO_AREAS): DistrictGroup {
  const district = areas.districts.find((d) => d.code === districtCode);
  const group = areas.groups.find((g) => g.code === district?.group);
  if (!group) throw new RangeError(`unknown district: ${districtCode}`);
  return group;
}
