/**
 * Yearly figures or the 3-year moving average: which view an indicator dashboard opens in,
 * and what may be averaged. Small districts' yearly shares swing by chance (a district of
 * 500 young people moves a percentage point with five more of them), so, as FHI's public
 * health profiles do, a small district is shown as the 3-year figure by default. Pure, so
 * the rule is tested in Node.
 */

/**
 * A district is small when the population behind its latest figure (the denominator: the
 * people in the indicator's age group, or of the chosen sex) is under this. 1 000 people
 * is where a yearly share's 95 % interval is about ±2 percentage points at 10 %: as wide as
 * the differences between districts the dashboards show.
 */
export const SMALL_AREA_THRESHOLD = 1000;

/** The years in a moving-average window. */
export const AVERAGE_WINDOW = 3;

/** The view of the district trends: `yearly` figures, or the 3-year `average`. */
export type TrendView = 'yearly' | 'average';

/** What the dashboard's `view` attribute says: a view, or `auto` (small districts averaged). */
export type ViewSetting = TrendView | 'auto';

/** The `view` attribute read leniently: `average`, `yearly`, anything else `auto`. */
export function parseViewSetting(text: string | null | undefined): ViewSetting {
  const value = (text ?? '').trim().toLowerCase();
  return value === 'average' || value === 'yearly' ? value : 'auto';
}

/** A period that is already a pooled window (`2021-2023`): never averaged again. */
export function isWindowPeriod(period: string): boolean {
  return /^\d{4}\s*[-–]\s*\d{4}$/.test(period.trim());
}

/** What the view rule needs to know of one indicator of the dashboard. */
export interface AverageCandidate {
  /** Its latest period as published: `2024`, or a window `2022-2024`. */
  readonly period: string;
  /** The district in focus's denominator in that period (null when hidden or unknown). */
  readonly denominator?: number | null | undefined;
}

/**
 * Whether an indicator can be shown as a 3-year average: yearly periods only. An indicator
 * the source publishes as 3-year windows (Ungdata, persistent low income, completion) is
 * already pooled, and the average of three overlapping windows would count years twice.
 */
export function canAverage(candidate: Pick<AverageCandidate, 'period'>): boolean {
  return /^\d{4}$/.test(candidate.period.trim());
}

/** Whether the district in focus is small for any indicator that can be averaged. */
export function isSmallDistrict(candidates: readonly AverageCandidate[], threshold = SMALL_AREA_THRESHOLD): boolean {
  return candidates.some((c) => canAverage(c) && c.denominator != null && c.denominator < threshold);
}

/** The view in force and why: chosen by the reader or host, or the default for the district's size. */
export interface ViewChoice {
  readonly view: TrendView;
  /** `small`: averaged by default because the district is small; `chosen`: the reader's or host's choice; `default`: yearly. */
  readonly reason: 'small' | 'chosen' | 'default';
}

/**
 * The view: the one set (attribute or toggle) if any, else the average for a small
 * district, else yearly. Nothing to average (every indicator is already a window) is yearly.
 */
export function chooseView(setting: ViewSetting, candidates: readonly AverageCandidate[], threshold = SMALL_AREA_THRESHOLD): ViewChoice {
  if (!candidates.some(canAverage)) return { view: 'yearly', reason: 'default' };
  if (setting !== 'auto') return { view: setting, reason: 'chosen' };
  return isSmallDistrict(candidates, threshold) ? { view: 'average', reason: 'small' } : { view: 'yearly', reason: 'default' };
}

/** The years a window ending in `year` covers, as text: `2022–2024`. */
export function windowLabel(year: number, window = AVERAGE_WINDOW): string {
  return `${year - window + 1}–${year}`;
}

/** A year's counts (and its published rate, for a series without counts), null where hidden or missing. */
export interface YearCounts {
  readonly year: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value?: number | null;
}

/**
 * The summed counts of the window ending in `end`: sum of numerators and of denominators
 * over its years; null unless every year is there with both counts (a hidden count is null,
 * so a window with a hidden year has none). What the 3-year figure and its test against the
 * country rest on.
 */
export function pooledCounts(rows: readonly YearCounts[], end: number, window = AVERAGE_WINDOW): { numerator: number; denominator: number } | null {
  const years = rows.filter((row) => row.year > end - window && row.year <= end);
  if (years.length !== window || years.some((row) => row.numerator === null || row.denominator === null)) return null;
  return { numerator: years.reduce((sum, row) => sum + row.numerator!, 0), denominator: years.reduce((sum, row) => sum + row.denominator!, 0) };
}

/**
 * The pooled rate of the window ending in `end`: sum of numerators / sum of denominators
 * over its years, times `scale`; null unless every year is there with both counts. For a
 * sentence beside the chart, which the engine's `movingAverage` with `pooled: true` draws
 * by the same rule.
 */
export function pooledRate(rows: readonly YearCounts[], end: number, scale: number, window = AVERAGE_WINDOW): number | null {
  const counts = pooledCounts(rows, end, window);
  return counts && counts.denominator > 0 ? (scale * counts.numerator) / counts.denominator : null;
}

/**
 * A reference's figure over the same window (the country beside a district's 3-year
 * figure): its pooled rate where it has counts for every year, else the mean of its
 * published yearly rates where it has all three (a country's modelled series has no counts;
 * its population changes too little in three years for the mean to differ from the pooled
 * rate); else null, and nothing is compared.
 */
export function windowReference(rows: readonly YearCounts[], end: number, scale: number, window = AVERAGE_WINDOW): number | null {
  const pooled = pooledRate(rows, end, scale, window);
  if (pooled !== null) return pooled;
  const values = rows.filter((row) => row.year > end - window && row.year <= end).map((row) => row.value ?? null);
  if (values.length !== window || values.some((value) => value === null)) return null;
  return values.reduce<number>((sum, value) => sum + value!, 0) / window;
}
