import { suppressTable, type Dimension, type Relation, type TableCell } from '@slt/disclosure';
import { ALL, tally, transitionCells, type SuppressionCount } from './aggregate.ts';
import { meetingZoneCells, monthFields, monthlyZoneCells } from './case-calendar.ts';
import { FROM_ZONE_HIERARCHY, ORANGE_OR_RED, PUBLISHED_ZONES, TO_ZONE_HIERARCHY, ZONE_HIERARCHY, ZONES, zoneRank, type Zone } from './case-model.ts';
import { previousQuarter, type CaseYear, type Transition } from './case-periods.ts';
import { CASE_DIMENSIONS, worthKeeping, yearCells, yearlyCaseFiles, type YearlyCaseTables } from './case-tables.ts';
import { monthOf } from './dates.ts';
import type { Register } from './generate-register.ts';
import type { Column } from './parquet.ts';

/**
 * Every public count of persons, of every time grain, suppressed as one linked table.
 *
 * A person's zone in a period is the zone at their last meeting in it. When period P ends
 * with period S (a year with its fourth quarter, a quarter with its last month, a month
 * with its last meeting), everyone counted in S is counted in P with the same zone, so
 *   P[z] = S[z] + rest[z]
 * where the rest (people whose last meeting in P came before S) is never published. A
 * reader who sees P[z] and S[z] learns the rest, so each nesting is a relation with an
 * unpublished remainder cell that must not be pinned down when it is 1..k-1. The from_zone
 * margin of a quarter is the to_zone margin of the quarter before (the same people), one
 * more relation. Sums over periods are never published (they would count people twice).
 */
const GRAIN_DIMENSIONS = ['grain', 'period', ...CASE_DIMENSIONS, 'from_zone', 'to_zone', 'direction'] as const;
/** The zone columns are a hierarchy (orange_or_red = orange + red), see `case-model.ts`. */
const DIMENSION_SPECS: readonly Dimension[] = GRAIN_DIMENSIONS.map((name) => {
  if (name === 'zone') return { name, hierarchy: ZONE_HIERARCHY };
  if (name === 'from_zone') return { name, hierarchy: FROM_ZONE_HIERARCHY };
  if (name === 'to_zone') return { name, hierarchy: TO_ZONE_HIERARCHY };
  return name;
});
/** Moves between the zones at the end of two consecutive quarters, by direction on the ladder. */
export const DIRECTIONS = ['up', 'down', 'same'] as const;
export const CASE_MOVE_COLUMNS: readonly Column[] = [
  { name: 'period', type: 'VARCHAR' },
  { name: 'year', type: 'INTEGER' },
  { name: 'direction', type: 'VARCHAR' },
  { name: 'moves', type: 'BIGINT' },
  { name: 'status', type: 'VARCHAR' },
];
/** The category of a dimension a grain's table does not have (never a margin). */
const NOT_CROSSED = '-';

type Grain = 'year' | 'quarter' | 'month' | 'meeting' | 'moves' | 'quarter stock' | 'rest';
/** `persons`: the people behind the count (equal to it except for moves, where one person can move twice). */
type ReleaseCell = Record<string, string | number> & { grain: Grain; period: string; value: number; persons: number };

/**
 * What to give up first when something must be hidden: per-meeting detail, then the
 * transitions, then a month's orange, before the months' total, green and yellow, and the
 * yearly figures the dashboards lead with last.
 */
function worth(cell: TableCell): number {
  const leading = cell.zone === ALL || cell.zone === 'green' || cell.zone === 'yellow' || cell.zone === ORANGE_OR_RED;
  switch (cell.grain) {
    case 'year':
      return 10 + worthKeeping(cell);
    case 'moves':
      return 8;
    case 'month':
      return leading ? 9 : cell.zone === 'orange' ? 6 : 0;
    case 'quarter':
      return cell.from_zone === ALL || cell.to_zone === ALL ? 5 : cell.from_zone === ORANGE_OR_RED || cell.to_zone === ORANGE_OR_RED ? 4.5 : 4;
    case 'meeting':
      return leading ? 3 : cell.zone === 'orange' ? 2 : 0;
    default:
      return 0;
  }
}

export interface CaseRelease {
  readonly yearly: YearlyCaseTables;
  readonly monthly: { rows: Array<Record<string, unknown>>; count: SuppressionCount };
  readonly meetings: { rows: Array<Record<string, unknown>>; count: SuppressionCount };
  readonly transitions: { rows: Array<Record<string, unknown>>; count: SuppressionCount };
  readonly moves: { rows: Array<Record<string, unknown>>; count: SuppressionCount };
  /** Unpublished remainder cells and the relations that hold them. */
  readonly nesting: { relations: number; remainders: number; smallRemainders: number };
}

export function releaseCaseTables(
  register: Register,
  years: readonly CaseYear[],
  periods: { months: readonly string[]; quarters: readonly string[]; transitions: readonly Transition[] },
  k: number,
): CaseRelease {
  const cells: ReleaseCell[] = [];
  const index = new Map<string, number>();
  const keyOf = (c: Record<string, unknown>) => GRAIN_DIMENSIONS.map((d) => String(c[d] ?? NOT_CROSSED)).join('|');
  const add = (grain: Grain, period: string, fields: Record<string, string | number>): number => {
    const cell = { ...Object.fromEntries(GRAIN_DIMENSIONS.map((d) => [d, NOT_CROSSED])), persons: fields.value!, ...fields, grain, period } as ReleaseCell;
    index.set(keyOf(cell), cells.length);
    cells.push(cell);
    return cells.length - 1;
  };
  const at = (grain: Grain, period: string, fields: Record<string, string>): number => {
    const i = index.get(keyOf({ ...fields, grain, period }));
    if (i === undefined) throw new Error(`no ${grain} cell ${period} ${JSON.stringify(fields)}`);
    return i;
  };

  for (const year of [...new Set(years.map((y) => y.year))].sort((a, b) => a - b)) {
    for (const cell of yearCells(years.filter((y) => y.year === year))) add('year', String(year), cell);
  }
  for (const quarter of periods.quarters) for (const cell of transitionCells(periods.transitions, quarter)) add('quarter', quarter, cell);
  for (const { month, cells: zones } of monthlyZoneCells(register, periods.months)) for (const cell of zones) add('month', month, cell);
  const meetings = meetingZoneCells(register, periods.months);
  for (const { date, cells: zones } of meetings) for (const cell of zones) add('meeting', date, cell);

  const relations: Relation[] = [];
  const nest = (name: string, total: (zone: string) => number, part: (zone: string) => number) => {
    for (const zone of [...PUBLISHED_ZONES, ALL]) {
      const [t, p] = [total(zone), part(zone)];
      const rest = add('rest', name, { zone, value: cells[t]!.value - cells[p]!.value });
      relations.push({ total: t, parts: [p, rest] });
    }
  };
  // People with a meeting in the quarter: the to_zone total less 'closed' (not itself a row).
  const stock = new Map<string, number>();
  for (const quarter of periods.quarters) {
    const total = at('quarter', quarter, { from_zone: ALL, to_zone: ALL });
    const closed = at('quarter', quarter, { from_zone: ALL, to_zone: 'closed' });
    stock.set(quarter, add('quarter stock', quarter, { zone: ALL, value: cells[total]!.value - cells[closed]!.value }));
    relations.push({ total, parts: [stock.get(quarter)!, closed] });
  }
  const inQuarter = (quarter: string) => (zone: string) =>
    zone === ALL ? stock.get(quarter)! : at('quarter', quarter, { from_zone: ALL, to_zone: zone });
  const inYear = (year: string) => (zone: string) =>
    at('year', year, { zone, ...Object.fromEntries(CASE_DIMENSIONS.slice(1).map((d) => [d, ALL])) });
  const inMonth = (month: string) => (zone: string) => at('month', month, { zone });
  // Every pair in a chain of periods that end together is a nesting with a remainder of
  // its own: year ⊃ Q4 ⊃ December ⊃ December's last meeting gives six (Year - December is
  // as much a group of people as Year - Q4).
  const quarters = new Set(periods.quarters);
  const yearSet = new Set(cells.filter((c) => c.grain === 'year').map((c) => c.period));
  const lastMeeting = new Map<string, string>();
  for (const { date } of meetings) lastMeeting.set(monthOf(date), date);
  for (const month of periods.months) {
    const chain: Array<[string, (zone: string) => number]> = [[`month ${month}`, inMonth(month)]];
    const date = lastMeeting.get(month);
    if (date) chain.push([`meeting ${date}`, (zone) => at('meeting', date, { zone })]);
    const [year, monthNumber] = [month.slice(0, 4), Number(month.slice(5))];
    const quarter = `${year}K${monthNumber / 3}`;
    if (monthNumber % 3 === 0 && quarters.has(quarter)) {
      chain.unshift([`quarter ${quarter}`, inQuarter(quarter)]);
      if (monthNumber === 12 && yearSet.has(year)) chain.unshift([`year ${year}`, inYear(year)]);
    }
    chain.forEach(([outer, total], i) => chain.slice(i + 1).forEach(([inner, part]) => nest(`${outer} - ${inner}`, total, part)));
  }
  for (const quarter of periods.quarters) {
    const previous = previousQuarter(quarter);
    if (!quarters.has(previous)) continue;
    for (const zone of PUBLISHED_ZONES) relations.push({ total: at('quarter', quarter, { from_zone: zone, to_zone: ALL }), parts: [inQuarter(previous)(zone)] });
  }
  addMoves(periods, at, add, relations);

  const unpublished = (cell: TableCell) => cell.grain === 'rest' || cell.grain === 'quarter stock';
  const published = suppressTable(cells, { k, dimensions: DIMENSION_SPECS, relations, unpublished, keep: worth, personsField: 'persons' });
  return { ...filesOf(published), nesting: nestingSummary(cells, relations.length, k) };
}

/**
 * Escalation and de-escalation per year: the quarter-to-quarter moves of people with a
 * meeting in both quarters (from_zone and to_zone both a zone), summed over the year's
 * four quarters, by direction. Each is a sum of published transition cells (a relation);
 * the persons behind it are counted for the primary rule (one person can move twice).
 */
function addMoves(
  periods: { quarters: readonly string[]; transitions: readonly Transition[] },
  at: (grain: Grain, period: string, fields: Record<string, string>) => number,
  add: (grain: Grain, period: string, fields: Record<string, string | number>) => number,
  relations: Relation[],
): void {
  const directionOf = (from: string, to: string) => {
    const [a, b] = [zoneRank(from as Zone), zoneRank(to as Zone)];
    return b > a ? 'up' : b < a ? 'down' : 'same';
  };
  const years = [...new Set(periods.quarters.map((q) => q.slice(0, 4)))];
  for (const year of years) {
    const quarters = periods.quarters.filter((q) => q.startsWith(year));
    const moves = periods.transitions.filter(
      (t) => quarters.includes(t.quarter) && (ZONES as readonly string[]).includes(t.from) && (ZONES as readonly string[]).includes(t.to),
    );
    for (const direction of [...DIRECTIONS, ALL]) {
      const these = moves.filter((m) => direction === ALL || directionOf(m.from, m.to) === direction);
      const cell = add('moves', year, { direction, value: these.length, persons: new Set(these.map((m) => m.person)).size });
      if (direction === ALL) continue;
      const parts = quarters.flatMap((quarter) =>
        ZONES.flatMap((from) => ZONES.filter((to) => directionOf(from, to) === direction).map((to) => at('quarter', quarter, { from_zone: from, to_zone: to }))),
      );
      relations.push({ total: cell, parts });
    }
  }
}

function nestingSummary(cells: readonly ReleaseCell[], relations: number, k: number) {
  const rests = cells.filter((c) => c.grain === 'rest');
  return { relations, remainders: rests.length, smallRemainders: rests.filter((c) => c.value >= 1 && c.value < k).length };
}

/** Splits the published cells back into the files' rows, in the order they were counted. */
function filesOf(published: ReadonlyArray<Readonly<Record<string, unknown>>>) {
  const empty = (): SuppressionCount => ({ cells: 0, zero: 0, primary: 0, secondary: 0 });
  const monthly = { rows: [] as Array<Record<string, unknown>>, count: empty() };
  const meetings = { rows: [] as Array<Record<string, unknown>>, count: empty() };
  const transitions = { rows: [] as Array<Record<string, unknown>>, count: empty() };
  const moves = { rows: [] as Array<Record<string, unknown>>, count: empty() };
  const yearly: Array<{ year: number; cell: Readonly<Record<string, unknown>> }> = [];
  for (const cell of published) {
    const period = String(cell.period);
    const figures = { persons: cell.value, status: cell.status };
    switch (cell.grain) {
      case 'year':
        yearly.push({ year: Number(period), cell });
        break;
      case 'month':
        tally(monthly.count, [cell]);
        monthly.rows.push({ ...monthFields(period), zone: cell.zone, ...figures });
        break;
      case 'meeting':
        tally(meetings.count, [cell]);
        meetings.rows.push({ meeting_date: period, ...monthFields(monthOf(period)), zone: cell.zone, ...figures });
        break;
      case 'quarter':
        tally(transitions.count, [cell]);
        transitions.rows.push({
          period,
          year: Number(period.slice(0, 4)),
          quarter: Number(period.slice(5)),
          from_zone: cell.from_zone,
          to_zone: cell.to_zone,
          ...figures,
        });
        break;
      case 'moves':
        tally(moves.count, [cell]);
        moves.rows.push({ period, year: Number(period), direction: cell.direction, moves: cell.value, status: cell.status });
        break;
      default: // remainders and stocks are never published
    }
  }
  return { yearly: yearlyCaseFiles(yearly), monthly, meetings, transitions, moves };
}
