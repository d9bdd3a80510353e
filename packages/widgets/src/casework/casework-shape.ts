// Pure shaping of query rows into what the views show: the caseload and its changes,
// the sorted agenda, and the aggregate figures the monthly report exports.
import { addMonths, monthIndex, weeksBetween } from './casework-months.ts';
import { ZONE_ORDER, type Zone } from './casework-sql.ts';

/** One row of monthlySql(). */
export interface MonthFigures {
  readonly month: string;
  readonly discussed: number;
  readonly green: number;
  readonly yellow: number;
  readonly orange: number;
  readonly red: number;
  readonly escalations: number;
  readonly deescalations: number;
  readonly new_cases: number;
  readonly concerns: number;
  readonly measures_started: number;
}

export const EMPTY_MONTH = (month: string): MonthFigures => ({
  month, discussed: 0, green: 0, yellow: 0, orange: 0, red: 0, escalations: 0, deescalations: 0, new_cases: 0, concerns: 0, measures_started: 0,
});

export type CaseloadKey = Zone | 'discussed';
export const CASELOAD_KEYS: readonly CaseloadKey[] = [...ZONE_ORDER, 'discussed'];

/** The months the caseload is compared with. `lastMeeting` is undefined before the first. */
export interface ComparedMonths {
  readonly now: string;
  readonly lastMeeting: string | undefined;
  readonly lastMonth: string;
  readonly lastYear: string;
}

export interface Caseload {
  readonly months: ComparedMonths;
  readonly rows: readonly { key: CaseloadKey; now: number; lastMeeting: number | undefined; lastMonth: number; lastYear: number }[];
}

export function figuresFor(monthly: readonly MonthFigures[], month: string): MonthFigures {
  return monthly.find((row) => row.month === month) ?? EMPTY_MONTH(month);
}

/**
 * The caseload in `month` by zone (young people discussed, by the zone decided), against
 * the last earlier month with a meeting, the calendar month before and the same month a
 * year before.
 */
export function caseload(monthly: readonly MonthFigures[], month: string): Caseload {
  const lastMeeting = [...monthly].reverse().find((row) => row.month < month && row.discussed > 0)?.month;
  const months: ComparedMonths = { now: month, lastMeeting, lastMonth: addMonths(month, -1), lastYear: addMonths(month, -12) };
  const at = (m: string) => figuresFor(monthly, m);
  return {
    months,
    rows: CASELOAD_KEYS.map((key) => ({
      key,
      now: at(month)[key],
      lastMeeting: lastMeeting === undefined ? undefined : at(lastMeeting)[key],
      lastMonth: at(months.lastMonth)[key],
      lastYear: at(months.lastYear)[key],
    })),
  };
}

/** One row of the agenda (agendaFromIndex), with weeks in zone worked out. */
export interface AgendaCase {
  readonly pseudonym: string;
  readonly zone: Zone;
  readonly zoneSince: string;
  readonly weeksInZone: number;
  readonly lastDiscussed: string;
  readonly measures: readonly string[];
  readonly newConcerns: number;
}

export interface AgendaRow {
  readonly pseudonym: string;
  readonly rank: number;
  readonly zone_since: string;
  readonly last_month: string;
  readonly measures: string;
  readonly new_concerns: number;
}

export function agendaCases(rows: readonly AgendaRow[], month: string): AgendaCase[] {
  return rows.map((row) => ({
    pseudonym: row.pseudonym,
    zone: ZONE_ORDER[row.rank - 1] ?? 'green',
    zoneSince: row.zone_since,
    weeksInZone: weeksBetween(row.zone_since, month),
    lastDiscussed: row.last_month,
    measures: row.measures === '' ? [] : row.measures.split(','),
    newConcerns: row.new_concerns,
  }));
}

export const AGENDA_SORT_KEYS = ['zone', 'weeksInZone', 'lastDiscussed', 'measures', 'newConcerns', 'pseudonym'] as const;
export type AgendaSortKey = (typeof AGENDA_SORT_KEYS)[number];
export interface AgendaSort {
  readonly key: AgendaSortKey;
  readonly descending: boolean;
}

export const DEFAULT_AGENDA_SORT: AgendaSort = { key: 'zone', descending: true };

/** The agenda in the reader's chosen order; ties fall back to zone (highest first), then pseudonym. */
export function sortAgenda(cases: readonly AgendaCase[], sort: AgendaSort): AgendaCase[] {
  const value = (c: AgendaCase): number | string => {
    switch (sort.key) {
      case 'zone':
        return ZONE_ORDER.indexOf(c.zone);
      case 'measures':
        return c.measures.length;
      default:
        return c[sort.key];
    }
  };
  const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...cases].sort(
    (a, b) =>
      (sort.descending ? -1 : 1) * compare(value(a), value(b)) ||
      compare(ZONE_ORDER.indexOf(b.zone), ZONE_ORDER.indexOf(a.zone)) ||
      compare(a.pseudonym, b.pseudonym),
  );
}

/** A figure of the exported report: a number, or hidden (':') by disclosure control. */
export type ExportFigure = number | ':';

export interface ExportRow {
  readonly period: string;
  readonly measure: string;
  readonly zone: string;
  readonly value: ExportFigure;
}

/**
 * The monthly report as the aggregate figures a public file may hold: per month (this,
 * last, same last year) the young people discussed by zone with the total, and the
 * month's counts of escalations, de-escalations, new cases, concerns and measures
 * started, suppressed at k the way the public files are.
 */
export function exportFigures(monthly: readonly MonthFigures[], month: string, k: number): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const period of [month, addMonths(month, -1), addMonths(month, -12)]) {
    const f = figuresFor(monthly, period);
    const zones = suppressOneWay(ZONE_ORDER.map((zone) => f[zone]), f.discussed, k);
    ZONE_ORDER.forEach((zone, index) => rows.push({ period, measure: 'discussed', zone, value: zones.cells[index]! }));
    rows.push({ period, measure: 'discussed', zone: 'all', value: zones.total });
    for (const measure of ['escalations', 'deescalations', 'new_cases', 'concerns', 'measures_started'] as const) {
      const n = f[measure];
      rows.push({ period, measure, zone: 'all', value: n > 0 && n < k ? ':' : n });
    }
  }
  return rows;
}

/**
 * Suppression of a one-way table with its total: counts 1..k-1 hidden (primary), then
 * more until no hidden cell is fixed by the rest. A reader knows the total, the shown
 * cells and that every hidden cell is at least 1 (zeros are shown), so with h hidden
 * cells summing to R a cell is fixed when h = 1 or R = h (all ones). The smallest shown
 * non-zero cell goes next; with none left, the total is hidden too.
 */
export function suppressOneWay(cells: readonly number[], total: number, k: number): { cells: ExportFigure[]; total: ExportFigure } {
  const hidden = cells.map((n) => n > 0 && n < k);
  let totalHidden = total > 0 && total < k;
  for (;;) {
    const count = hidden.filter(Boolean).length;
    if (count === 0 || totalHidden) break;
    const rest = cells.reduce((sum, n, i) => (hidden[i] ? sum + n : sum), 0);
    if (count > 1 && rest !== count) break;
    const candidates = cells.map((n, i) => ({ n, i })).filter(({ n, i }) => !hidden[i] && n > 0);
    if (candidates.length === 0) {
      totalHidden = true;
      break;
    }
    candidates.sort((a, b) => a.n - b.n || a.i - b.i);
    hidden[candidates[0]!.i] = true;
  }
  // A hidden total with hidden cells could still be fixed by the shown cells: hide all.
  if (totalHidden) return { cells: cells.map((n) => (n === 0 ? 0 : ':')), total: ':' };
  return { cells: cells.map((n, i) => (hidden[i] ? ':' : n)), total };
}

/** CSV of the exported figures (UTF-8, comma-separated, ':' for hidden). */
export function exportCsv(rows: readonly ExportRow[]): string {
  return ['period,measure,zone,value', ...rows.map((row) => `${row.period},${row.measure},${row.zone},${row.value}`)].join('\n') + '\n';
}

/** Whole months from a to b (b later). */
export const monthsBetween = (a: string, b: string): number => monthIndex(b) - monthIndex(a);
