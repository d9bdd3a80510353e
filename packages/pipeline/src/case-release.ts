import { CONFIDENTIAL, neighbours, suppressTable, type Dimension, type Relation, type TableCell } from '@slt/disclosure';
import { DEMO_AREAS, type Areas } from './areas.ts';
import { protectHistories } from './case-audit.ts';
import { historyModel } from './case-histories.ts';
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

/**
 * Grains whose figures are not published (every row ':'); they stay in the model as
 * unpublished figures, so one of 1..k-1 among them must not be recomputable either.
 * The quarterly transitions: the year's zone is its 4th quarter's for everyone seen in
 * it, and with the transitions published the history audit gave up most yearly orange,
 * red and district-group figures; the escalation figures per year (case_moves) are their
 * publishable summary. (Per-meeting counts are withheld too, and not modelled at all.)
 */
const WITHHELD = new Set<string>(['quarter', 'month']);

/**
 * A district group's count by zone is withheld (its total is published): with a handful of
 * young people per group in yellow, orange and red, those cells cost the municipality's
 * yellow and orange-or-red figures in the history audit.
 */
const withheldDetail = (cell: TableCell) => cell.grain === 'year' && cell.district_group !== ALL && cell.zone !== ALL && cell.district_group !== NOT_CROSSED;

export interface CaseRelease {
  readonly yearly: YearlyCaseTables;
  readonly monthly: { rows: Array<Record<string, unknown>>; count: SuppressionCount };
  readonly meetings: { rows: Array<Record<string, unknown>>; count: SuppressionCount };
  readonly transitions: { rows: Array<Record<string, unknown>>; count: SuppressionCount };
  readonly moves: { rows: Array<Record<string, unknown>>; count: SuppressionCount };
  /** Rounds of the history audit (for the operator). */
  readonly historyRounds: number;
  /** Unpublished remainder cells and the relations that hold them. */
  readonly nesting: { relations: number; remainders: number; smallRemainders: number };
}

export async function releaseCaseTables(
  register: Register,
  years: readonly CaseYear[],
  periods: { months: readonly string[]; quarters: readonly string[]; transitions: readonly Transition[] },
  k: number,
  log?: (line: string) => void,
  areas: Areas = DEMO_AREAS,
): Promise<CaseRelease> {
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
    for (const cell of yearCells(years.filter((y) => y.year === year), areas)) add('year', String(year), cell);
  }
  for (const quarter of periods.quarters) for (const cell of transitionCells(periods.transitions, quarter)) add('quarter', quarter, cell);
  for (const { month, cells: zones } of monthlyZoneCells(register, periods.months)) for (const cell of zones) add('month', month, cell);
  // Per-meeting counts are withheld (every row ':'): the month's zone is its last
  // meeting's, so each meeting nests in its month, and with them published the monthly
  // and yearly figures the dashboards lead with could not pass the history audit.
  const meetings = meetingZoneCells(register, periods.months);

  const relations: Relation[] = [];
  const nest = (name: string, total: (zone: string) => number, part: (zone: string) => number) => {
    for (const zone of [...PUBLISHED_ZONES, ALL]) {
      const [t, p] = [total(zone), part(zone)];
      const rest = add('rest', name, { zone, value: cells[t]!.value - cells[p]!.value, outer: t, inner: p });
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
  for (const month of periods.months) {
    const chain: Array<[string, (zone: string) => number]> = [[`month ${month}`, inMonth(month)]];
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

  const unpublished = (cell: TableCell) => cell.grain === 'rest' || cell.grain === 'quarter stock' || WITHHELD.has(String(cell.grain)) || withheldDetail(cell);
  const options = { k, dimensions: DIMENSION_SPECS, relations, unpublished, keep: worth, personsField: 'persons', interval: true };
  const first = suppressTable(cells, options);
  // The stricter check: people's histories over the integers, with the protection interval,
  // over the published grains (withheld ones, and remainders that involve them, are left out).
  const withheldGrain = (grain: string) => WITHHELD.has(grain) || (grain === 'quarter stock' && WITHHELD.has('quarter'));
  const withheld = (cell: ReleaseCell) =>
    withheldGrain(cell.grain) ||
    withheldDetail(cell) ||
    (cell.grain === 'rest' && (withheldGrain(cells[Number(cell.outer)]!.grain) || withheldGrain(cells[Number(cell.inner)]!.grain)));
  const audited = cells.flatMap((cell, i) => (withheld(cell) ? [] : [i]));
  const position = new Map(audited.map((cell, j) => [cell, j]));
  const auditedCells = audited.map((i) => {
    const cell = cells[i]!;
    const moved = cell.grain === 'rest' ? { outer: position.get(Number(cell.outer))!, inner: position.get(Number(cell.inner))! } : {};
    return { ...cell, ...moved, hidden: first[i]!.status !== null, unpublished: unpublished(cell) };
  });
  log?.(`building the model of people's histories over time`);
  const model = historyModel(register, years, auditedCells, periods, areas);
  if (process.env.SLT_DUMP_MODEL) (await import('node:fs')).writeFileSync(process.env.SLT_DUMP_MODEL, JSON.stringify(model));
  log?.(`history model: ${model.atoms} atoms, ${model.balances?.length} balances, ${model.figures.length} figures`);
  const near = neighbours(cells, options);
  const protection = await protectHistories(model, audited.map((i) => first[i]!.status !== null), {
    k,
    neighbours: audited.map((i) => near[i]!.flatMap((j) => (position.has(j) ? [position.get(j)!] : []))),
    worth: audited.map((i) => worth(cells[i]!)),
    unpublished: audited.map((i) => unpublished(cells[i]!)),
    ...(log ? { log } : {}),
    describe: (j) => JSON.stringify(Object.fromEntries(Object.entries(cells[audited[j]!]!).filter(([, v]) => v !== NOT_CROSSED))),
  });
  const rounds = protection.rounds;
  const hidden = cells.map((_, i) => (position.has(i) ? protection.hidden[position.get(i)!]! : true));
  const published = first.map((cell, i) =>
    hidden[i] && cell.status === null ? { ...cell, value: null, status: CONFIDENTIAL, suppression: 'secondary' as const } : cell,
  );
  const files = filesOf(published, areas);
  for (const { date, cells: zones } of meetings) {
    for (const cell of zones) {
      files.meetings.rows.push({ meeting_date: date, ...monthFields(monthOf(date)), zone: cell.zone, persons: null, status: CONFIDENTIAL });
      files.meetings.count.cells += 1;
    }
  }
  return { ...files, historyRounds: rounds, nesting: nestingSummary(cells, relations.length, k) };
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
function filesOf(published: ReadonlyArray<Readonly<Record<string, unknown>>>, areas: Areas) {
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
  return { yearly: yearlyCaseFiles(yearly, areas), monthly, meetings, transitions, moves };
}
