/** Everything a run is derived from. Same config, same files. */
export interface RunConfig {
  readonly seed: number;
  /** The k of primary suppression for every public file. */
  readonly k: number;
  /** Written as slt.updated: the data vintage, fixed by the config, never the clock. */
  readonly updated: string;
}

export const DEFAULT_CONFIG: RunConfig = { seed: 20170901, k: 5, updated: '2026-01-15' };

/** Years the indicator tables cover. */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2025;

/** Years the case register covers. */
export const CASE_FIRST_YEAR = 2018;
export const CASE_LAST_YEAR = 2025;
