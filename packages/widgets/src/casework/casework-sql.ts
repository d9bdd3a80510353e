// The SQL of every view of <slt-casework>, as text with bound values. No value is ever
// spliced in: filters are parameters ($1, $2, ...), and there are no column names from
// outside.
//
// These statements are the views' definitions. The element does not run them: the
// histories, spells, count table and every view are built and worked out in the page from
// the decoded events (casework-build.ts, casework-index.ts, casework-tallies.ts,
// casework-cube.ts, casework-monthly.ts, casework-path.ts), so that the dashboard does not
// wait for DuckDB-WASM to start. The tests run these statements in native DuckDB and in
// DuckDB-WASM and compare the page's tables and views with them cell by cell.
//
// `openSql` computes each young person's history once: their zone in every month with a
// meeting and the zone before it, the measure spells with the first step down after each
// start, the concerns, and small tables of counts by month, district group, age band and sex.
//
// What a filter means, written down because the histories are computed once:
// - month: the views are as of the end of that month; nothing after it counts.
// - district group, age band, sex: which months and events are counted, by the attributes
//   they carry (a meeting month by its meetings'; when a month has meetings in two age
//   bands, a birthday between them, the month counts in the older band). A person's history
//   stays whole: someone who was yellow at 17 and orange at 18 has escalated in the 18-24
//   band, not become a new case there. The agenda (worked out in the page from these tables:
//   casework-index.ts) lists the people whose last meeting in the filter is due, each with
//   their running measures and new concerns.
// - measure, agency: only the young people who had that measure started, or a concern from
//   that agency, by the month (a person's whole history again).
import { isMonth } from './casework-months.ts';

/** What the coordinator filters on. '' means everyone. */
export interface CaseworkFilters {
  /** The month the views are as of ('YYYY-MM'): the month before the next meeting. */
  readonly month: string;
  /** `area_code` (a district group, or the municipality when the data are that coarse). */
  readonly area: string;
  readonly age: string;
  readonly sex: string;
  /** Only young people who had this measure started by `month`. */
  readonly measure: string;
  /** Only young people with a concern reported by this agency by `month`. */
  readonly agency: string;
}

export interface BoundSql {
  readonly sql: string;
  readonly params: readonly string[];
}

export const ZONE_ORDER = ['green', 'yellow', 'orange', 'red'] as const;
export type Zone = (typeof ZONE_ORDER)[number];

/** 'YYYY-MM' as a whole number of months, in SQL. */
const monthIndexSql = (column: string) => `(CAST(substr(${column}, 1, 4) AS INTEGER) * 12 + CAST(substr(${column}, 6, 2) AS INTEGER) - 1)`;

/**
 * The histories and count tables, in SQL: the definition the page's own build
 * (casework-build.ts) is held to by the tests. Run once, in order, on one connection (its
 * temporary tables are that connection's own). `table` holds data/internal/case_events.parquet.
 * - `cw_events`: the events (a view of the table).
 * - `cw_hist`: per young person and month with a meeting, the zone decided (the highest when
 *   two meetings in a month decided differently: the internal tier dates meetings only to the
 *   month and cannot tell which came last), the zone at their meeting month before
 *   (`previous_rank`, null for a new case), and the month's district group, age band and sex.
 * - `cw_spells`: each measure start paired with the same measure's next end (the n-th start
 *   with the n-th end), with the person's first step down the ladder after the start.
 * - `cw_concerns`: the concerns.
 * - `cw_firsts`: per person the first month of each measure started and each agency's first
 *   concern (the measure and agency filters).
 * - `cw_cube`: the monthly figures counted by month, district group, age band and sex: what
 *   a filter change adds up in the page (casework-cube.ts).
 * The agenda, measures and concerns are worked out in the page from these tables read out
 * as whole numbers (casework-index.ts, casework-tallies.ts).
 */
export function openSql(table: string): string[] {
  const rank = `CASE category WHEN 'green' THEN 1 WHEN 'yellow' THEN 2 WHEN 'orange' THEN 3 WHEN 'red' THEN 4 END`;
  return [
    `CREATE OR REPLACE TEMP VIEW cw_events AS SELECT * FROM ${quoteIdentifier(table)}`,
    `CREATE OR REPLACE TEMP TABLE cw_hist AS
WITH pm AS (
  SELECT pseudonym, month, max(${rank}) AS rank,
    max(area_code) AS area_code, max(age_band) AS age_band, max(sex) AS sex
  FROM cw_events WHERE event = 'meeting' GROUP BY pseudonym, month
)
-- One window pass; where the present zone began (the agenda's weeks in zone) is worked
-- out in the page from these rows (casework-index.ts): a second pass cost DuckDB-WASM a second.
SELECT pseudonym, month, rank, lag(rank) OVER (PARTITION BY pseudonym ORDER BY month) AS previous_rank,
  area_code, age_band, sex
FROM pm`,
    `CREATE OR REPLACE TEMP TABLE cw_spells AS
WITH starts AS (
  SELECT pseudonym, category, month, area_code, age_band, sex,
    row_number() OVER (PARTITION BY pseudonym, category ORDER BY month) AS nth
  FROM cw_events WHERE event = 'measure_start'
),
ends AS (
  SELECT pseudonym, category, month,
    row_number() OVER (PARTITION BY pseudonym, category ORDER BY month) AS nth
  FROM cw_events WHERE event = 'measure_end'
),
spells AS (
  SELECT s.pseudonym, s.category, s.nth, s.month AS started, e.month AS ended, s.area_code, s.age_band, s.sex
  FROM starts s LEFT JOIN ends e USING (pseudonym, category, nth)
),
downs AS (SELECT pseudonym, month FROM cw_hist WHERE rank < previous_rank),
linked AS (
  SELECT sp.pseudonym, sp.category, sp.nth, sp.started, sp.ended, sp.area_code, sp.age_band, sp.sex, min(d.month) AS next_down
  FROM spells sp LEFT JOIN downs d ON d.pseudonym = sp.pseudonym AND d.month > sp.started
  GROUP BY ALL
)
SELECT *, ${monthIndexSql('ended')} - ${monthIndexSql('started')} AS months_to_end,
  ${monthIndexSql('next_down')} - ${monthIndexSql('started')} AS months_to_down
FROM linked`,
    `CREATE OR REPLACE TEMP TABLE cw_concerns AS
SELECT pseudonym, month, category, agency, area_code, age_band, sex FROM cw_events WHERE event = 'concern' ORDER BY month`,
    `CREATE OR REPLACE TEMP TABLE cw_firsts AS
SELECT pseudonym, 'measure' AS kind, category AS value, min(started) AS first_month FROM cw_spells GROUP BY ALL
UNION ALL
SELECT pseudonym, 'agency', agency, min(month) FROM cw_concerns GROUP BY ALL`,
    `CREATE OR REPLACE TEMP TABLE cw_cube AS
SELECT month, area_code, age_band, sex,
  count(*) AS discussed,
  count(*) FILTER (WHERE rank = 1) AS green,
  count(*) FILTER (WHERE rank = 2) AS yellow,
  count(*) FILTER (WHERE rank = 3) AS orange,
  count(*) FILTER (WHERE rank = 4) AS red,
  count(*) FILTER (WHERE rank > previous_rank) AS escalations,
  count(*) FILTER (WHERE rank < previous_rank) AS deescalations,
  count(*) FILTER (WHERE previous_rank IS NULL) AS new_cases,
  0 AS concerns, 0 AS measures_started
FROM cw_hist GROUP BY ALL
UNION ALL
SELECT month, area_code, age_band, sex, 0, 0, 0, 0, 0, 0, 0, 0,
  count(*) FILTER (WHERE event = 'concern'), count(*) FILTER (WHERE event = 'measure_start')
FROM cw_events WHERE event IN ('concern', 'measure_start') GROUP BY ALL`,
  ];
}

/**
 * The conditions a filter makes, with its values bound after $1 (the month) and the view's
 * own parameters: the attributes (`attributes`, on rows with area_code, age_band and sex)
 * and the people (`people`, on rows with pseudonym).
 */
function filterConditions(filters: CaseworkFilters, params: string[]) {
  const bind = (value: string) => `$${params.push(value)}`;
  const attributes: string[] = [];
  if (filters.area) attributes.push(`area_code = ${bind(filters.area)}`);
  if (filters.age) attributes.push(`age_band = ${bind(filters.age)}`);
  if (filters.sex) attributes.push(`sex = ${bind(filters.sex)}`);
  const people: string[] = [];
  if (filters.measure) people.push(`pseudonym IN (SELECT pseudonym FROM cw_firsts WHERE kind = 'measure' AND value = ${bind(filters.measure)} AND first_month <= $1)`);
  if (filters.agency) people.push(`pseudonym IN (SELECT pseudonym FROM cw_firsts WHERE kind = 'agency' AND value = ${bind(filters.agency)} AND first_month <= $1)`);
  const and = (list: readonly string[]) => list.map((condition) => `\n  AND ${condition}`).join('');
  return { attributes: and(attributes), people: and(people), byPeople: people.length > 0 };
}

/** Our own table names only (never from outside), quoted all the same. */
const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

function checkedMonth(filters: CaseworkFilters): string {
  if (!isMonth(filters.month)) throw new Error(`month: ${JSON.stringify(filters.month)} is not YYYY-MM`);
  return filters.month;
}


/**
 * One row per month up to $1: young people discussed (by zone decided), escalations and
 * de-escalations (zone up or down since the person's previous month with a meeting), new
 * cases (first meeting), new concerns and measures started. The caseload, its changes,
 * the monthly report and the movements per period are all read from it. Without a measure
 * or agency filter it sums the counts in `cw_cube`; with one, it counts those people's rows.
 */
export function monthlySql(filters: CaseworkFilters): BoundSql {
  const params = [checkedMonth(filters)];
  const { attributes, people, byPeople } = filterConditions(filters, params);
  const figures = `sum(discussed)::BIGINT AS discussed, sum(green)::BIGINT AS green, sum(yellow)::BIGINT AS yellow,
  sum(orange)::BIGINT AS orange, sum(red)::BIGINT AS red, sum(escalations)::BIGINT AS escalations,
  sum(deescalations)::BIGINT AS deescalations, sum(new_cases)::BIGINT AS new_cases,
  sum(concerns)::BIGINT AS concerns, sum(measures_started)::BIGINT AS measures_started`;
  if (!byPeople) {
    return { sql: `SELECT month, ${figures}\nFROM cw_cube WHERE month <= $1${attributes}\nGROUP BY month ORDER BY month`, params };
  }
  return {
    sql: `WITH counted AS (
  SELECT month, 1 AS discussed, (rank = 1)::INTEGER AS green, (rank = 2)::INTEGER AS yellow,
    (rank = 3)::INTEGER AS orange, (rank = 4)::INTEGER AS red,
    coalesce(rank > previous_rank, false)::INTEGER AS escalations,
    coalesce(rank < previous_rank, false)::INTEGER AS deescalations,
    (previous_rank IS NULL)::INTEGER AS new_cases, 0 AS concerns, 0 AS measures_started
  FROM cw_hist WHERE month <= $1${attributes}${people}
  UNION ALL
  SELECT month, 0, 0, 0, 0, 0, 0, 0, 0, (event = 'concern')::INTEGER, (event = 'measure_start')::INTEGER
  FROM cw_events WHERE event IN ('concern', 'measure_start') AND month <= $1${attributes}${people}
)
SELECT month, ${figures}\nFROM counted GROUP BY month ORDER BY month`,
    params,
  };
}

/** One young person's path: every event of theirs up to $1, by month. */
export function pathSql(filters: CaseworkFilters, pseudonym: string): BoundSql {
  return {
    sql: `SELECT month, event, category, agency FROM cw_events
WHERE pseudonym = $2 AND month <= $1
ORDER BY month, event, category`,
    params: [checkedMonth(filters), pseudonym],
  };
}

/** What the filters offer: the months and the values in the file (after `openSql`, from its small tables). */
export const optionsSql = (): string => `SELECT
  (SELECT list(DISTINCT month ORDER BY month) FROM cw_cube) AS months,
  (SELECT list(DISTINCT area_code || '=' || area ORDER BY area_code || '=' || area) FROM (SELECT DISTINCT area_code, area FROM cw_events WHERE event = 'meeting')) AS areas,
  (SELECT list(DISTINCT age_band ORDER BY age_band) FROM cw_cube) AS ages,
  (SELECT list(DISTINCT sex ORDER BY sex) FROM cw_cube) AS sexes,
  (SELECT list(DISTINCT category ORDER BY category) FROM cw_spells) AS measures,
  (SELECT list(DISTINCT agency ORDER BY agency) FROM cw_concerns) AS agencies`;
