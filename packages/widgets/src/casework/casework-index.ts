// The index (each young person's months with a meeting, measure spells and concerns as whole
// numbers), and the agenda worked out in the page from it. The page builds the index itself
// from the decoded events (casework-build.ts); `indexSql` and `readIndex` read the same
// tables out of DuckDB after openSql, which the tests hold the page's build to. The agenda's single SQL statement (find each young person's last meeting in the
// filter, the cases due, rank them, their measures and new concerns) cost 60-100 ms per filter
// change at 1M events in DuckDB-WASM, most of a change: a dozen operators over 37 000 rows.
// Here the same work is a pass over the twelve months' rows of whole numbers (people, months,
// district group, age band and sex as codes) and a sort of the cases due: a few milliseconds.
// casework-index.test.ts holds it to the agenda's definition, worked out from the raw events.
import { monthIndex, monthOf } from './casework-months.ts';
import type { AgendaRow, AgendaSort } from './casework-shape.ts';
import type { CaseworkFilters } from './casework-sql.ts';
import { sortedOrder, type Numbers } from './casework-order.ts';

/** 'YYYY-MM' as a whole number of months, in SQL (monthIndex in casework-months.ts). */
const monthIndexSql = (column: string) => `(CAST(substr(${column}, 1, 4) AS INTEGER) * 12 + CAST(substr(${column}, 6, 2) AS INTEGER) - 1)`;
/** A month later than any in a file: a spell not ended yet ends there. */
export const NEVER = 2_147_483_647;

/**
 * Run after openSql, in order: two small code tables, then the tables the page reads
 * (`INDEX_READS`). A person's code is their place in pseudonym order, so ordering by code is
 * ordering by pseudonym; a cell's code stands for a district group, age band and sex.
 */
export const indexSql = (): string[] => [
  `CREATE OR REPLACE TEMP TABLE cw_people AS
SELECT pseudonym, (row_number() OVER (ORDER BY pseudonym) - 1)::INTEGER AS person FROM (SELECT DISTINCT pseudonym FROM cw_events)`,
  `CREATE OR REPLACE TEMP TABLE cw_cells AS
SELECT area_code, age_band, sex, (row_number() OVER (ORDER BY area_code, age_band, sex) - 1)::INTEGER AS cell
FROM (SELECT DISTINCT area_code, age_band, sex FROM cw_cube)`,
];

/** A column's distinct values with their codes: each value's place in alphabetical order. */
const codes = (column: string, table: string) =>
  `(SELECT name, (row_number() OVER (ORDER BY name) - 1)::INTEGER AS code FROM (SELECT DISTINCT ${column} AS name FROM ${table}))`;

/** What the page reads after indexSql, each as one result. */
export const INDEX_READS = {
  people: `SELECT pseudonym FROM cw_people ORDER BY person`,
  cells: `SELECT area_code, age_band, sex FROM cw_cells ORDER BY cell`,
  measureNames: `SELECT name FROM ${codes('category', 'cw_spells')} ORDER BY code`,
  agencyNames: `SELECT name FROM ${codes('agency', 'cw_concerns')} ORDER BY code`,
  // Each person's months with a meeting. (The page puts the rows in order, see caseworkIndex:
  // an ORDER BY of 700 000 rows cost DuckDB-WASM more than the read.)
  hist: `SELECT p.person, ${monthIndexSql('h.month')} AS month, h.rank::INTEGER AS rank, c.cell
FROM cw_hist h JOIN cw_people p USING (pseudonym) JOIN cw_cells c USING (area_code, age_band, sex)`,
  // Every concern, by person and month.
  concernTypeNames: `SELECT name FROM ${codes('category', 'cw_concerns')} ORDER BY code`,
  concerns: `SELECT p.person, ${monthIndexSql('e.month')} AS month, a.code AS agency, t.code AS type, c.cell
FROM cw_concerns e JOIN cw_people p USING (pseudonym) JOIN cw_cells c USING (area_code, age_band, sex)
  JOIN ${codes('agency', 'cw_concerns')} a ON a.name = e.agency
  JOIN ${codes('category', 'cw_concerns')} t ON t.name = e.category`,
  // Every measure spell.
  spells: `SELECT p.person, m.code AS measure, ${monthIndexSql('s.started')} AS started, coalesce(${monthIndexSql('s.ended')}, ${NEVER}) AS ended,
  coalesce(${monthIndexSql('s.next_down')}, ${NEVER}) AS next_down, c.cell
FROM cw_spells s JOIN cw_people p USING (pseudonym) JOIN cw_cells c USING (area_code, age_band, sex)
  JOIN ${codes('category', 'cw_spells')} m ON m.name = s.category`,
} as const;

/** The results of INDEX_READS, as read from DuckDB (columns of whole numbers, lists of text). */
export interface IndexTables {
  readonly people: readonly string[];
  readonly cells: readonly { readonly area_code: string; readonly age_band: string; readonly sex: string }[];
  readonly measureNames: readonly string[];
  readonly agencyNames: readonly string[];
  readonly concernTypeNames: readonly string[];
  readonly hist: { readonly person: Numbers; readonly month: Numbers; readonly rank: Numbers; readonly cell: Numbers };
  readonly concerns: { readonly person: Numbers; readonly month: Numbers; readonly agency: Numbers; readonly type: Numbers; readonly cell: Numbers };
  readonly spells: { readonly person: Numbers; readonly measure: Numbers; readonly started: Numbers; readonly ended: Numbers; readonly next_down: Numbers; readonly cell: Numbers };
}

/**
 * The tables in the order the views read them: the meetings in month order, the concerns by
 * person and month, the spells by person; with where each person's concerns and spells begin.
 */
export interface CaseworkIndex extends IndexTables {
  /**
   * The meetings, with the month each row's zone began (the last change of zone up to it, or
   * the first meeting) and the zone at the person's meeting month before (0: none).
   */
  readonly hist: IndexTables['hist'] & { readonly zone_since: Numbers; readonly previous_rank: Numbers };
  /** Person p's concerns are rows concernStart[p] .. concernStart[p + 1] - 1 of `concerns`. */
  readonly concernStart: Int32Array;
  readonly spellStart: Int32Array;
}

/** Every column of `table` in `order`. */
function reordered<T extends Record<string, Numbers>>(table: T, order: Int32Array): T {
  const out: Record<string, Int32Array> = {};
  for (const [name, column] of Object.entries(table)) {
    const values = new Int32Array(order.length);
    for (let i = 0; i < order.length; i++) values[i] = column[order[i]!]!;
    out[name] = values;
  }
  return out as unknown as T;
}

/**
 * Walking each person's months in order (`order`): the month each meeting row's zone began
 * (the month of the last change, or the first meeting), and the zone at the meeting month
 * before (`previous_rank`, 0 for a new case: the monthly figures under a measure or agency
 * filter count escalations from it, casework-monthly.ts).
 */
function withZoneSince(hist: IndexTables['hist'], order: Int32Array): IndexTables['hist'] & { zone_since: Int32Array; previous_rank: Int32Array } {
  const { person, month, rank } = hist;
  const zoneSince = new Int32Array(person.length);
  const previousRank = new Int32Array(person.length);
  let since = 0;
  for (let i = 0; i < order.length; i++) {
    const row = order[i]!;
    const before = i > 0 ? order[i - 1]! : -1;
    const samePerson = before >= 0 && person[before] === person[row];
    if (!samePerson || rank[before] !== rank[row]) since = month[row]!;
    zoneSince[row] = since;
    previousRank[row] = samePerson ? rank[before]! : 0;
  }
  return { ...hist, zone_since: zoneSince, previous_rank: previousRank };
}

/** The rows' order when they are already by person and month (as the page builds them), else undefined. */
function inOrder(person: Numbers, month: Numbers): Int32Array | undefined {
  for (let i = 1; i < person.length; i++) if (person[i]! < person[i - 1]! || (person[i] === person[i - 1] && month[i]! <= month[i - 1]!)) return undefined;
  const order = new Int32Array(person.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order;
}

export function caseworkIndex(tables: IndexTables): CaseworkIndex {
  // The meetings by person and month (to work out where zones began), then by month keeping
  // that order: each month's rows in people's order, so that the agenda's pass over twelve
  // months and its look-ups run through memory in order (at 10M events, random order left
  // most of the agenda's time waiting on memory).
  const byPerson = inOrder(tables.hist.person, tables.hist.month) ?? sortedOrder([tables.hist.person, tables.hist.month], tables.hist.person.length);
  const hist = reordered(withZoneSince(tables.hist, byPerson), sortedOrder([tables.hist.month], tables.hist.month.length, byPerson));
  const concerns = reordered(tables.concerns, sortedOrder([tables.concerns.person, tables.concerns.month], tables.concerns.person.length));
  const spells = reordered(tables.spells, sortedOrder([tables.spells.person], tables.spells.person.length));
  const starts = (person: Numbers) => {
    const start = new Int32Array(tables.people.length + 1);
    for (let i = 0; i < person.length; i++) start[person[i]! + 1]!++;
    for (let p = 0; p < tables.people.length; p++) start[p + 1]! += start[p]!;
    return start;
  };
  return { ...tables, hist, concerns, spells, concernStart: starts(concerns.person), spellStart: starts(spells.person) };
}

/** Runs one of INDEX_READS (by name) and gives its columns by name (Arrow's in the page, rows' in Node). */
export type ReadColumns = (read: keyof typeof INDEX_READS) => Promise<(column: string) => ArrayLike<unknown>>;

/** Reads the index (after openSql and indexSql ran on the connection behind `read`). */
export async function readIndex(read: ReadColumns): Promise<CaseworkIndex> {
  const texts = (column: ArrayLike<unknown>) => Array.from(column, String);
  const numbers = (column: ArrayLike<unknown>): Numbers => (column instanceof Int32Array ? column : Int32Array.from(column as ArrayLike<number>));
  const people = await read('people');
  const cells = await read('cells');
  const areas = texts(cells('area_code'));
  const ages = texts(cells('age_band'));
  const sexes = texts(cells('sex'));
  const measureNames = texts((await read('measureNames'))('name'));
  const agencyNames = texts((await read('agencyNames'))('name'));
  const concernTypeNames = texts((await read('concernTypeNames'))('name'));
  const hist = await read('hist');
  const concerns = await read('concerns');
  const spells = await read('spells');
  return caseworkIndex({
    people: texts(people('pseudonym')),
    cells: areas.map((area_code, i) => ({ area_code, age_band: ages[i]!, sex: sexes[i]! })),
    measureNames,
    agencyNames,
    concernTypeNames,
    hist: { person: numbers(hist('person')), month: numbers(hist('month')), rank: numbers(hist('rank')), cell: numbers(hist('cell')) },
    concerns: { person: numbers(concerns('person')), month: numbers(concerns('month')), agency: numbers(concerns('agency')), type: numbers(concerns('type')), cell: numbers(concerns('cell')) },
    spells: {
      person: numbers(spells('person')), measure: numbers(spells('measure')), started: numbers(spells('started')),
      ended: numbers(spells('ended')), next_down: numbers(spells('next_down')), cell: numbers(spells('cell')),
    },
  });
}

/** The first row of a month-ordered column at or after `month` (binary search). */
function firstAtOrAfter(months: Numbers, month: number, from = 0, to = months.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (months[middle]! < month) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Which cells (district group, age band, sex) pass the filter, by cell code. */
export const cellsInFilter = (index: CaseworkIndex, filters: CaseworkFilters): boolean[] =>
  index.cells.map((cell) => (!filters.area || cell.area_code === filters.area) && (!filters.age || cell.age_band === filters.age) && (!filters.sex || cell.sex === filters.sex));

/** Which people pass the measure and agency filters (undefined: everyone). */
export function peopleInFilter(index: CaseworkIndex, filters: CaseworkFilters, month: number): Uint8Array | undefined {
  if (!filters.measure && !filters.agency) return undefined;
  const wanted = (filters.measure ? 1 : 0) + (filters.agency ? 1 : 0);
  const passed = new Uint8Array(index.people.length);
  if (filters.measure) {
    const code = index.measureNames.indexOf(filters.measure);
    const { person, measure, started } = index.spells;
    const had = new Uint8Array(index.people.length);
    for (let i = 0; i < person.length; i++) if (measure[i] === code && started[i]! <= month) had[person[i]!] = 1;
    for (let p = 0; p < had.length; p++) passed[p]! += had[p]!;
  }
  if (filters.agency) {
    const code = index.agencyNames.indexOf(filters.agency);
    const { person, agency, month: months } = index.concerns;
    const reported = new Uint8Array(index.people.length);
    for (let i = 0; i < person.length; i++) if (agency[i] === code && months[i]! <= month) reported[person[i]!] = 1;
    for (let p = 0; p < reported.length; p++) passed[p]! += reported[p]!;
  }
  for (let p = 0; p < passed.length; p++) passed[p] = passed[p] === wanted ? 1 : 0;
  return passed;
}

/**
 * The agenda's working arrays, one per person, kept with the index and used again on every
 * change: at 10M events they are 400 000 long, and making them anew each time left the
 * garbage collector a few megabytes a change (the slowest changes' time).
 */
interface Scratch {
  readonly lastRow: Int32Array;
  readonly seen: Int32Array;
  readonly duePeople: Int32Array;
  readonly newConcerns: Int32Array;
  readonly values: Float64Array;
  readonly keys: Float64Array;
}
const scratches = new WeakMap<CaseworkIndex, Scratch>();
function scratchOf(index: CaseworkIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const n = index.people.length;
    scratch = { lastRow: new Int32Array(n), seen: new Int32Array(n), duePeople: new Int32Array(n), newConcerns: new Int32Array(n), values: new Float64Array(n), keys: new Float64Array(n) };
    scratches.set(index, scratch);
  }
  return scratch;
}

/**
 * The agenda for the next meeting: every young person whose last
 * meeting up to the month (in the filter) was in the last three months, or in the last twelve
 * with a concern since; per case the zone at that meeting, the month it began, the last month
 * discussed, the measures running at the month and the concerns dated in the month of the
 * last meeting or later. Ranked in `sort`'s order (ties: zone, highest first, then
 * pseudonym), cut to the first `limit` (all when undefined), with the number due.
 */
export function agendaFromIndex(index: CaseworkIndex, filters: CaseworkFilters, sort: AgendaSort, limit?: number): { rows: AgendaRow[]; due: number } {
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 0)) throw new Error(`limit: ${limit} is not a whole number`);
  const month = monthIndex(filters.month);
  const cellInFilter = cellsInFilter(index, filters);
  const people = peopleInFilter(index, filters, month);

  // Each person's last meeting in the filter within the twelve months: the latest row seen.
  const { person, month: months, rank, zone_since: zoneSince, cell } = index.hist;
  const { lastRow, seen, duePeople, newConcerns, values, keys } = scratchOf(index);
  lastRow.fill(-1);
  let seenCount = 0;
  const end = firstAtOrAfter(months, month + 1);
  for (let row = firstAtOrAfter(months, month - 11, 0, end); row < end; row++) {
    const p = person[row]!;
    if (!cellInFilter[cell[row]!] || (people && !people[p])) continue;
    if (lastRow[p] === -1) seen[seenCount++] = p;
    lastRow[p] = row; // Rows are in month order: a later one is a later meeting.
  }

  // The cases due (a 10M-event file has 200 000: typed arrays, no object per case), with
  // their new concerns: in the month of the last meeting or later.
  const concernMonths = index.concerns.month;
  let count = 0;
  for (let i = 0; i < seenCount; i++) {
    const p = seen[i]!;
    const last = months[lastRow[p]!]!;
    const from = index.concernStart[p]!;
    const to = index.concernStart[p + 1]!;
    newConcerns[p] = firstAtOrAfter(concernMonths, month + 1, from, to) - firstAtOrAfter(concernMonths, last, from, to);
    if (last >= month - 2 || newConcerns[p]! > 0) duePeople[count++] = p;
  }
  /** The measures running at the month for person p (codes, each once). */
  const running = (p: number): number[] => {
    const codes: number[] = [];
    for (let s = index.spellStart[p]!; s < index.spellStart[p + 1]!; s++) {
      const code = index.spells.measure[s]!;
      if (index.spells.started[s]! <= month && index.spells.ended[s]! > month && !codes.includes(code)) codes.push(code);
    }
    return codes;
  };

  // Ranked by one number per case: the sort key (turned so that the reader's order is
  // ascending), then the zone, highest first, then the person's code (pseudonym order).
  const value = (p: number): number => {
    const row = lastRow[p]!;
    switch (sort.key) {
      case 'zone':
        return rank[row]!;
      // More weeks in the zone is an earlier month the zone began.
      case 'weeksInZone':
        return -zoneSince[row]!;
      case 'lastDiscussed':
        return months[row]!;
      case 'measures':
        return running(p).length;
      case 'newConcerns':
        return newConcerns[p]!;
      case 'pseudonym':
        return p;
    }
  };
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < count; i++) {
    values[i] = value(duePeople[i]!);
    low = Math.min(low, values[i]!);
    high = Math.max(high, values[i]!);
  }
  const everyone = index.people.length;
  for (let i = 0; i < count; i++) {
    const p = duePeople[i]!;
    const first = sort.descending ? high - values[i]! : values[i]! - low;
    keys[i] = (first * 4 + (4 - rank[lastRow[p]!]!)) * everyone + p;
  }
  const ranked = keys.subarray(0, count).sort();

  const shown = limit === undefined ? count : Math.min(limit, count);
  const measureNames = index.measureNames;
  const rows: AgendaRow[] = [];
  for (let i = 0; i < shown; i++) {
    const p = ranked[i]! % everyone;
    const row = lastRow[p]!;
    rows.push({
      pseudonym: index.people[p]!,
      rank: rank[row]!,
      zone_since: monthOf(zoneSince[row]!),
      last_month: monthOf(months[row]!),
      measures: running(p).map((code) => measureNames[code]!).sort().join(','),
      new_concerns: newConcerns[p]!,
    });
  }
  return { due: count, rows };
}
