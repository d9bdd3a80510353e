// The histories, measure spells and concerns built in the page from the decoded events, as
// whole numbers: the same tables `openSql` and `indexSql` make in SQL and `readIndex` reads
// out of DuckDB (casework-index.ts), without waiting for DuckDB-WASM. Starting DuckDB-WASM
// alone took 2.5 s on a 2-core machine, handing it a million events 1.1 s and its SQL for
// the histories 3-4 s more; grouping a million rows of codes here takes a fraction of that
// (docs/COORDINATORS.md, "Speed"). casework-build.test.ts compares every table, cell by
// cell, with the SQL-derived one, on the synthetic register and a `pipeline scale` file.
//
// Each step follows its SQL (casework-sql.ts, casework-index.ts):
// - hist: per person and month with a meeting, the highest zone decided and the highest
//   district group, age band and sex (`max(...)` of each, as the SQL groups them);
// - spells: the n-th start of a measure paired with the n-th end of the same measure, with
//   the person's first step down (a meeting month with a lower zone than the one before)
//   after the start;
// - concerns; people as their place in pseudonym order; cells (district group, age band,
//   sex) numbered in that order among those of the months with a meeting, the concerns and
//   the measure starts (the count table's).
import { NEVER, caseworkIndex, type CaseworkIndex, type IndexTables } from './casework-index.ts';
import { CONCERN, MEASURE_END, MEASURE_START, MEETING, type CaseworkEvents } from './casework-events.ts';
import { sortedOrder } from './casework-order.ts';
import { ZONE_ORDER } from './casework-sql.ts';

/** The rows of one kind of event, as compact columns. */
function rowsOf(events: CaseworkEvents, kind: number): Int32Array {
  let count = 0;
  for (let row = 0; row < events.length; row++) if (events.event[row] === kind) count++;
  const rows = new Int32Array(count);
  for (let row = 0, i = 0; row < events.length; row++) if (events.event[row] === kind) rows[i++] = row;
  return rows;
}

/** `column` at `rows`. */
function take(column: Int32Array, rows: Int32Array): Int32Array {
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = column[rows[i]!]!;
  return out;
}

/** The codes used among `codes` (of a sorted list of names), renumbered in the same order: names and each old code's new one. */
function usedNames(names: readonly string[], codes: Int32Array): { names: string[]; code: Int32Array } {
  const used = new Uint8Array(names.length);
  for (let i = 0; i < codes.length; i++) used[codes[i]!] = 1;
  const code = new Int32Array(names.length).fill(-1);
  const kept: string[] = [];
  for (let c = 0; c < names.length; c++) if (used[c]) code[c] = kept.push(names[c]!) - 1;
  return { names: kept, code };
}

/** Person p's rows of a person-ordered column are start[p] .. start[p + 1] - 1. */
function startsByPerson(person: ArrayLike<number>, people: number): Int32Array {
  const start = new Int32Array(people + 1);
  for (let i = 0; i < person.length; i++) start[person[i]! + 1]!++;
  for (let p = 0; p < people; p++) start[p + 1]! += start[p]!;
  return start;
}

/** Per person and month with a meeting: zone, attributes; in person and month order. */
function histories(events: CaseworkEvents) {
  const { text, month } = events;
  const rows = rowsOf(events, MEETING);
  const rankOfCategory = text.category.names.map((name) => ZONE_ORDER.indexOf(name as (typeof ZONE_ORDER)[number]) + 1);
  const person = take(text.pseudonym.codes, rows);
  const months = take(month, rows);
  const order = sortedOrder([person, months], rows.length);
  const n = rows.length;
  const out = { person: new Int32Array(n), month: new Int32Array(n), rank: new Int32Array(n), previous: new Int32Array(n), area: new Int32Array(n), age: new Int32Array(n), sex: new Int32Array(n) };
  let groups = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[order[i]!]!;
    const rank = rankOfCategory[text.category.codes[row]!]!;
    if (rank === 0) throw new Error(`a meeting's category is ${JSON.stringify(text.category.names[text.category.codes[row]!])}, not a zone`);
    const p = text.pseudonym.codes[row]!;
    const m = month[row]!;
    const g = groups - 1;
    if (g >= 0 && out.person[g] === p && out.month[g] === m) {
      out.rank[g] = Math.max(out.rank[g]!, rank);
      out.area[g] = Math.max(out.area[g]!, text.area_code.codes[row]!);
      out.age[g] = Math.max(out.age[g]!, text.age_band.codes[row]!);
      out.sex[g] = Math.max(out.sex[g]!, text.sex.codes[row]!);
      continue;
    }
    out.person[groups] = p;
    out.month[groups] = m;
    out.rank[groups] = rank;
    out.area[groups] = text.area_code.codes[row]!;
    out.age[groups] = text.age_band.codes[row]!;
    out.sex[groups] = text.sex.codes[row]!;
    groups++;
  }
  // The zone at the person's meeting month before (each month's zone is final only after its last meeting).
  for (let g = 1; g < groups; g++) out.previous[g] = out.person[g - 1] === out.person[g] ? out.rank[g - 1]! : 0;
  const cut = (column: Int32Array) => column.subarray(0, groups);
  return { person: cut(out.person), month: cut(out.month), rank: cut(out.rank), previous: cut(out.previous), area: cut(out.area), age: cut(out.age), sex: cut(out.sex) };
}

/** The index's tables from the decoded events: what readIndex reads from DuckDB, worked out here. */
export function indexTablesFromEvents(events: CaseworkEvents): IndexTables {
  const { text, month } = events;
  const people = text.pseudonym.names.length;
  const hist = histories(events);

  // Each person's steps down, in month order (the histories are in person and month order).
  const downMonths: number[] = [];
  const downPerson: number[] = [];
  for (let g = 0; g < hist.person.length; g++) {
    if (hist.previous[g]! > hist.rank[g]!) {
      downPerson.push(hist.person[g]!);
      downMonths.push(hist.month[g]!);
    }
  }
  const downStart = startsByPerson(downPerson, people);

  // Measure spells: starts and ends by person, measure and month, the n-th start with the n-th end.
  const startRows = rowsOf(events, MEASURE_START);
  const measures = usedNames(text.category.names, take(text.category.codes, startRows));
  const starts = { person: take(text.pseudonym.codes, startRows), measure: Int32Array.from(take(text.category.codes, startRows), (c) => measures.code[c]!), month: take(month, startRows) };
  const startOrder = sortedOrder([starts.person, starts.measure, starts.month], startRows.length);
  const endRows = rowsOf(events, MEASURE_END).filter((row) => measures.code[text.category.codes[row]!] !== -1);
  const ends = { person: take(text.pseudonym.codes, endRows), measure: Int32Array.from(take(text.category.codes, endRows), (c) => measures.code[c]!), month: take(month, endRows) };
  const endOrder = sortedOrder([ends.person, ends.measure, ends.month], endRows.length);
  const ended = new Int32Array(startRows.length).fill(NEVER);
  const nextDown = new Int32Array(startRows.length).fill(NEVER);
  let e = 0;
  for (let i = 0; i < startOrder.length; ) {
    const p = starts.person[startOrder[i]!]!;
    const m = starts.measure[startOrder[i]!]!;
    let to = i;
    while (to < startOrder.length && starts.person[startOrder[to]!] === p && starts.measure[startOrder[to]!] === m) to++;
    while (e < endOrder.length && (ends.person[endOrder[e]!]! < p || (ends.person[endOrder[e]!] === p && ends.measure[endOrder[e]!]! < m))) e++;
    for (let n = 0; i + n < to; n++) {
      const end = endOrder[e + n];
      if (end !== undefined && ends.person[end] === p && ends.measure[end] === m) ended[startOrder[i + n]!] = ends.month[end]!;
    }
    while (e < endOrder.length && ends.person[endOrder[e]!] === p && ends.measure[endOrder[e]!] === m) e++;
    i = to;
  }
  for (let s = 0; s < startRows.length; s++) {
    const p = starts.person[s]!;
    // The first step down after the start: the person's down months are in order.
    for (let d = downStart[p]!; d < downStart[p + 1]!; d++) {
      if (downMonths[d]! > starts.month[s]!) {
        nextDown[s] = downMonths[d]!;
        break;
      }
    }
  }

  // Concerns, with their agency and type as codes among the concerns'.
  const concernRows = rowsOf(events, CONCERN);
  const agencyCodes = take(text.agency.codes, concernRows);
  if (agencyCodes.includes(-1)) throw new Error(`agency is empty on ${agencyCodes.filter((c) => c === -1).length} concerns`);
  const agencies = usedNames(text.agency.names, agencyCodes);
  const types = usedNames(text.category.names, take(text.category.codes, concernRows));

  // Cells: the district group, age band and sex combinations of the count table, in that order.
  const sizes = [text.area_code.names.length, text.age_band.names.length, text.sex.names.length] as const;
  const keyOf = (area: number, age: number, sex: number) => (area * sizes[1] + age) * sizes[2] + sex;
  const cellOfKey = new Int32Array(sizes[0] * sizes[1] * sizes[2]).fill(-1);
  for (let g = 0; g < hist.person.length; g++) cellOfKey[keyOf(hist.area[g]!, hist.age[g]!, hist.sex[g]!)] = 0;
  for (const rows of [concernRows, startRows]) for (const row of rows) cellOfKey[keyOf(text.area_code.codes[row]!, text.age_band.codes[row]!, text.sex.codes[row]!)] = 0;
  const cells: { area_code: string; age_band: string; sex: string }[] = [];
  for (let key = 0; key < cellOfKey.length; key++) {
    if (cellOfKey[key] === -1) continue;
    cellOfKey[key] = cells.length;
    const sex = key % sizes[2];
    const age = Math.floor(key / sizes[2]) % sizes[1];
    const area = Math.floor(key / (sizes[2] * sizes[1]));
    cells.push({ area_code: text.area_code.names[area]!, age_band: text.age_band.names[age]!, sex: text.sex.names[sex]! });
  }
  const cellOfRows = (rows: Int32Array) => Int32Array.from(rows, (row) => cellOfKey[keyOf(text.area_code.codes[row]!, text.age_band.codes[row]!, text.sex.codes[row]!)]!);
  const histCell = new Int32Array(hist.person.length);
  for (let g = 0; g < histCell.length; g++) histCell[g] = cellOfKey[keyOf(hist.area[g]!, hist.age[g]!, hist.sex[g]!)]!;

  return {
    people: text.pseudonym.names,
    cells,
    measureNames: measures.names,
    agencyNames: agencies.names,
    concernTypeNames: types.names,
    hist: { person: hist.person, month: hist.month, rank: hist.rank, cell: histCell },
    concerns: {
      person: take(text.pseudonym.codes, concernRows),
      month: take(month, concernRows),
      agency: Int32Array.from(agencyCodes, (c) => agencies.code[c]!),
      type: Int32Array.from(take(text.category.codes, concernRows), (c) => types.code[c]!),
      cell: cellOfRows(concernRows),
    },
    spells: { person: starts.person, measure: starts.measure, started: starts.month, ended, next_down: nextDown, cell: cellOfRows(startRows) },
  };
}

/** The index the views read, built from the decoded events. */
export const indexFromEvents = (events: CaseworkEvents): CaseworkIndex => caseworkIndex(indexTablesFromEvents(events));
