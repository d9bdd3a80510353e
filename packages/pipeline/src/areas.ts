/**
 * The municipality and its districts. Asker's municipality number has changed twice
 * (0220 until 2019, 3025 in 2020-2023, 3203 from 2024); every series here is on the
 * 2024 borders and code. District names are real places; the district split, the
 * population shares and the load factors are synthetic.
 */
export interface District {
  readonly code: string;
  readonly name: string;
  /** Share of the municipality's population. */
  readonly share: number;
  /** Relative level of hardship: 1 is the municipal average. Drives indicator values. */
  readonly hardship: number;
  /** Relative number of SLT cases per young person (Borgen is the pilot's focus). */
  readonly caseLoad: number;
  /** The district group used when districts must be merged for k-anonymity. */
  readonly group: string;
}

export interface DistrictGroup {
  readonly code: string;
  readonly name: string;
}

export const MUNICIPALITY = { code: '3203', name: 'Asker' } as const;
export const COUNTRY = { code: '0', name: 'Norge' } as const;

export const DISTRICT_GROUPS: readonly DistrictGroup[] = [
  { code: '3203-G1', name: 'Asker nord' },
  { code: '3203-G2', name: 'Asker vest' },
  { code: '3203-G3', name: 'Røyken' },
  { code: '3203-G4', name: 'Hurum' },
];

export const DISTRICTS: readonly District[] = [
  { code: '3203-01', name: 'Asker sentrum', share: 0.16, hardship: 1.1, caseLoad: 1.1, group: '3203-G1' },
  { code: '3203-02', name: 'Borgen', share: 0.1, hardship: 1.6, caseLoad: 3.0, group: '3203-G1' },
  { code: '3203-03', name: 'Hvalstad', share: 0.1, hardship: 0.7, caseLoad: 0.6, group: '3203-G1' },
  { code: '3203-04', name: 'Heggedal', share: 0.09, hardship: 0.9, caseLoad: 0.8, group: '3203-G2' },
  { code: '3203-05', name: 'Vollen', share: 0.11, hardship: 0.7, caseLoad: 0.6, group: '3203-G2' },
  { code: '3203-06', name: 'Slemmestad', share: 0.1, hardship: 1.1, caseLoad: 1.0, group: '3203-G3' },
  { code: '3203-07', name: 'Spikkestad', share: 0.11, hardship: 0.9, caseLoad: 0.8, group: '3203-G3' },
  { code: '3203-08', name: 'Røyken', share: 0.1, hardship: 1.0, caseLoad: 0.9, group: '3203-G3' },
  { code: '3203-09', name: 'Sætre', share: 0.08, hardship: 1.2, caseLoad: 1.1, group: '3203-G4' },
  { code: '3203-10', name: 'Tofte', share: 0.05, hardship: 1.3, caseLoad: 1.0, group: '3203-G4' },
];

export function districtGroupOf(districtCode: string): DistrictGroup {
  const district = DISTRICTS.find((d) => d.code === districtCode);
  const group = DISTRICT_GROUPS.find((g) => g.code === district?.group);
  if (!group) throw new RangeError(`unknown district: ${districtCode}`);
  return group;
}
