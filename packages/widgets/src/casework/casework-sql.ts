// The SQL of every view of <slt-casework>, as text with bound values. The same text runs
// in DuckDB-WASM in the page and in native DuckDB in the Node tests, over a table or view
// named `events` holding data/internal/case_events.parquet. No value is ever spliced in:
// filters are parameters ($1..$2), and there are no column names from outside.
import { addMonths, isMonth } from './casework-months.ts';

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
 * Run first, on the connection the views then run on: the filtered events up to the
 * month ($1; then area, age band, sex, measure and agency when chosen, each bound) as
 * temporary table `cw_ev`, and
 * `cw_pm`: per young person and month with a meeting the zone decided, the highest one
 * when two meetings in a month decided differently, because the internal tier dates
 * meetings only to the month and cannot tell which came last. Made once per filter
 * change instead of once per view (a 1M-event file made that the cost).
 */
export function prepareSql(filters: CaseworkFilters, table = 'events'): BoundSql[] {
  const source = quoteIdentifier(table);
  // Only the filters in use become conditions (each value still bound): an unused
  // "$5 = '' OR pseudonym IN (...)" still costs its subquery on a big file.
  const conditions: string[] = [];
  const params: string[] = [checkedMonth(filters)];
  const bindValue = (value: string) => `$${params.push(value)}`;
  if (filters.area) conditions.push(`area_code = ${bindValue(filters.area)}`);
  if (filters.age) conditions.push(`age_band = ${bindValue(filters.age)}`);
  if (filters.sex) conditions.push(`sex = ${bindValue(filters.sex)}`);
  if (filters.measure) {
    conditions.push(`pseudonym IN (SELECT pseudonym FROM ${source} WHERE event = 'measure_start' AND category = ${bindValue(filters.measure)} AND month <= $1)`);
  }
  if (filters.agency) {
    conditions.push(`pseudonym IN (SELECT pseudonym FROM ${source} WHERE event = 'concern' AND agency = ${bindValue(filters.agency)} AND month <= $1)`);
  }
  return [
    {
      // Events after the month never count in a view; $1 is used by every filter version.
      sql: `CREATE OR REPLACE TEMP TABLE cw_ev AS
SELECT pseudonym, month, event, category, agency FROM ${source}
WHERE month <= $1${conditions.map((condition) => `\n  AND ${condition}`).join('')}`,
      params,
    },
    {
      sql: `CREATE OR REPLACE TEMP TABLE cw_pm AS
SELECT pseudonym, month,
  max(CASE category WHEN 'green' THEN 1 WHEN 'yellow' THEN 2 WHEN 'orange' THEN 3 WHEN 'red' THEN 4 END) AS rank
FROM cw_ev WHERE event = 'meeting' GROUP BY pseudonym, month`,
      params: [],
    },
  ];
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
 * the monthly report and the movements per period are all read from it.
 */
export function monthlySql(filters: CaseworkFilters): BoundSql {
  return {
    sql: `WITH
moves AS (
  SELECT pseudonym, month, rank,
    lag(rank) OVER (PARTITION BY pseudonym ORDER BY month) AS previous_rank
  FROM cw_pm
),
discussed AS (
  SELECT month,
    count(*) AS discussed,
    count(*) FILTER (WHERE rank = 1) AS green,
    count(*) FILTER (WHERE rank = 2) AS yellow,
    count(*) FILTER (WHERE rank = 3) AS orange,
    count(*) FILTER (WHERE rank = 4) AS red,
    count(*) FILTER (WHERE rank > previous_rank) AS escalations,
    count(*) FILTER (WHERE rank < previous_rank) AS deescalations,
    count(*) FILTER (WHERE previous_rank IS NULL) AS new_cases
  FROM moves GROUP BY month
),
other AS (
  SELECT month,
    count(*) FILTER (WHERE event = 'concern') AS concerns,
    count(*) FILTER (WHERE event = 'measure_start') AS measures_started
  FROM cw_ev GROUP BY month
)
SELECT month,
  coalesce(d.discussed, 0) AS discussed, coalesce(d.green, 0) AS green, coalesce(d.yellow, 0) AS yellow,
  coalesce(d.orange, 0) AS orange, coalesce(d.red, 0) AS red,
  coalesce(d.escalations, 0) AS escalations, coalesce(d.deescalations, 0) AS deescalations,
  coalesce(d.new_cases, 0) AS new_cases, coalesce(o.concerns, 0) AS concerns, coalesce(o.measures_started, 0) AS measures_started
FROM discussed d FULL OUTER JOIN other o USING (month)
WHERE month <= $1
ORDER BY month`,
    params: [checkedMonth(filters)],
  };
}

/**
 * The agenda for the next meeting: every young person discussed in the last three months
 * up to $1, or with a concern since their last meeting in that time. Per case: the zone
 * at the last meeting, the month that zone began (for weeks in zone), the last month
 * discussed, the measures running at $1, and the concerns dated in the month of the last
 * meeting or later (the tier has months, not days).
 */
export function agendaSql(filters: CaseworkFilters): BoundSql {
  return {
    sql: `WITH
last AS (SELECT pseudonym, max(month) AS last_month FROM cw_pm WHERE month <= $1 GROUP BY pseudonym),
current AS (
  SELECT l.pseudonym, l.last_month, p.rank FROM last l JOIN cw_pm p ON p.pseudonym = l.pseudonym AND p.month = l.last_month
),
changed AS (
  SELECT c.pseudonym, max(p.month) AS last_other
  FROM current c JOIN cw_pm p ON p.pseudonym = c.pseudonym AND p.month < c.last_month AND p.rank <> c.rank
  GROUP BY c.pseudonym
),
since AS (
  SELECT c.pseudonym, min(p.month) AS zone_since
  FROM current c JOIN cw_pm p ON p.pseudonym = c.pseudonym AND p.month <= c.last_month
  LEFT JOIN changed x ON x.pseudonym = c.pseudonym
  WHERE x.last_other IS NULL OR p.month > x.last_other
  GROUP BY c.pseudonym
),
starts AS (
  SELECT pseudonym, category, count(*) AS n FROM cw_ev WHERE event = 'measure_start' AND month <= $1 GROUP BY ALL
),
ends AS (
  SELECT pseudonym, category, count(*) AS n FROM cw_ev WHERE event = 'measure_end' AND month <= $1 GROUP BY ALL
),
running AS (
  SELECT s.pseudonym, string_agg(s.category, ',' ORDER BY s.category) AS measures
  FROM starts s LEFT JOIN ends e USING (pseudonym, category)
  WHERE s.n > coalesce(e.n, 0) GROUP BY s.pseudonym
),
fresh AS (
  SELECT c.pseudonym, count(*) AS new_concerns
  FROM current c JOIN cw_ev e ON e.pseudonym = c.pseudonym AND e.event = 'concern' AND e.month >= c.last_month AND e.month <= $1
  GROUP BY c.pseudonym
)
SELECT c.pseudonym, c.rank, s.zone_since, c.last_month, coalesce(r.measures, '') AS measures,
  coalesce(f.new_concerns, 0) AS new_concerns
FROM current c
JOIN since s USING (pseudonym)
LEFT JOIN running r USING (pseudonym)
LEFT JOIN fresh f USING (pseudonym)
WHERE c.last_month >= $2 OR coalesce(f.new_concerns, 0) > 0 AND c.last_month >= $3
ORDER BY c.rank DESC, new_concerns DESC, c.pseudonym`,
    params: [checkedMonth(filters), addMonths(filters.month, -2), addMonths(filters.month, -11)],
  };
}

/**
 * Measures: per measure, young people with it running at $1, starts in the 12 months to
 * $1, the median months from start to end (ended ones), and the median months from its
 * start to the person's next step down the ladder, with how many had one.
 */
export function measuresSql(filters: CaseworkFilters): BoundSql {
  return {
    sql: `WITH
starts AS (
  SELECT pseudonym, category, month,
    row_number() OVER (PARTITION BY pseudonym, category ORDER BY month) AS nth
  FROM cw_ev WHERE event = 'measure_start' AND month <= $1
),
ends AS (
  SELECT pseudonym, category, month,
    row_number() OVER (PARTITION BY pseudonym, category ORDER BY month) AS nth
  FROM cw_ev WHERE event = 'measure_end' AND month <= $1
),
spells AS (
  SELECT s.pseudonym, s.category, s.nth, s.month AS started, e.month AS ended
  FROM starts s LEFT JOIN ends e USING (pseudonym, category, nth)
),
moves AS (
  SELECT pseudonym, month, rank, lag(rank) OVER (PARTITION BY pseudonym ORDER BY month) AS previous_rank FROM cw_pm
),
downs AS (SELECT pseudonym, month FROM moves WHERE rank < previous_rank AND month <= $1),
to_down AS (
  SELECT sp.pseudonym, sp.category, sp.nth, min(${monthIndexSql('d.month')}) - ${monthIndexSql('sp.started')} AS months_to_down
  FROM spells sp LEFT JOIN downs d ON d.pseudonym = sp.pseudonym AND d.month > sp.started
  GROUP BY sp.pseudonym, sp.category, sp.nth, sp.started
),
down_stats AS (
  SELECT category, median(months_to_down) AS median_months_to_down, count(months_to_down) AS stepped_down FROM to_down GROUP BY category
)
SELECT sp.category AS measure,
  count(DISTINCT sp.pseudonym) FILTER (WHERE sp.ended IS NULL) AS running,
  count(*) FILTER (WHERE sp.started >= $2) AS started_12m,
  median(${monthIndexSql('sp.ended')} - ${monthIndexSql('sp.started')}) FILTER (WHERE sp.ended IS NOT NULL) AS median_months,
  count(*) FILTER (WHERE sp.ended IS NOT NULL) AS ended,
  any_value(ds.median_months_to_down) AS median_months_to_down,
  any_value(ds.stepped_down) AS stepped_down,
  count(*) AS spells
FROM spells sp JOIN down_stats ds USING (category)
GROUP BY sp.category ORDER BY running DESC, sp.category`,
    params: [checkedMonth(filters), addMonths(filters.month, -11)],
  };
}

/** New concerns in the 12 months to $1, by type and reporting agency. */
export function concernsSql(filters: CaseworkFilters): BoundSql {
  return {
    sql: `SELECT category AS concern_type, agency, count(*) AS concerns
FROM cw_ev WHERE event = 'concern' AND month <= $1 AND month >= $2
GROUP BY ALL ORDER BY concern_type, agency`,
    params: [checkedMonth(filters), addMonths(filters.month, -11)],
  };
}

/** One young person's path: every event up to $1, by month (the filters still apply). */
export function pathSql(filters: CaseworkFilters, pseudonym: string): BoundSql {
  return {
    sql: `SELECT month, event, category, agency FROM cw_ev
WHERE pseudonym = $2 AND month <= $1
ORDER BY month, event, category`,
    params: [checkedMonth(filters), pseudonym],
  };
}

/** What the filters offer: the months and the values in the file. */
export const optionsSql = (table = 'events'): string => `WITH events AS (SELECT * FROM ${quoteIdentifier(table)})
SELECT
  (SELECT list(DISTINCT month ORDER BY month) FROM events) AS months,
  (SELECT list(DISTINCT area_code || '=' || area ORDER BY area_code || '=' || area) FROM events) AS areas,
  (SELECT list(DISTINCT age_band ORDER BY age_band) FROM events) AS ages,
  (SELECT list(DISTINCT sex ORDER BY sex) FROM events) AS sexes,
  (SELECT list(DISTINCT category ORDER BY category) FROM events WHERE event = 'measure_start') AS measures,
  (SELECT list(DISTINCT agency ORDER BY agency) FROM events WHERE event = 'concern') AS agencies`;
