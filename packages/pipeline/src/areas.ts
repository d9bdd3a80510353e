/**
 * The municipality and its districts for the synthetic case register, read from the demo
 * profile (`profiles/asker.json`): nothing municipality-specific is written in the code.
 * District names are real places; the district split, the population shares and the load
 * factors are synthetic (they are the profile's model parameters).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DEFAULT_PROFILE } from './load-profile.ts';
import { parseProfile, type Area, type District } from './profile.ts';

export type { District } from './profile.ts';
export type DistrictGroup = Area;

const profile = parseProfile(JSON.parse(readFileSync(DEFAULT_PROFILE, 'utf8')), relative(process.cwd(), DEFAULT_PROFILE));

export const MUNICIPALITY: Area = { code: profile.code, name: profile.name };
export const COUNTRY: Area = profile.country;
export const DISTRICT_GROUPS: readonly DistrictGroup[] = profile.districtGroups;
export const DISTRICTS: readonly District[] = profile.districts;

/** Schools per district code, for the synthetic register. */
export const SCHOOLS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(profile.districts.map((d) => [d.code, d.schools]));

export function districtGroupOf(districtCode: string): DistrictGroup {
  const district = DISTRICTS.find((d) => d.code === districtCode);
  const group = DISTRICT_GROUPS.find((g) => g.code === district?.group);
  if (!group) throw new RangeError(`unknown district: ${districtCode}`);
  return group;
}
