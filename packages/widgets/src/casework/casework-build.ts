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
import { monthIndex } from './casework-months.ts';
import { sortedOrder, startsByPerson } from './casework-order.ts';
import { ZONE_ORDER } from './casework-sql.ts';

/** The rows of each kind of event (EVENT_KINDS), in file order: two passes over the events. */
function rowsByKind(events: CaseworkEvents): Int32Array[] {
  const counts = [0, 0, 0, 0];
  for (let row = 0; row < events.length; row++) if (events.event[row]! >= 0) counts[events.event[row]!]!++;
  const rows = counts.map((count) => new Int32Array(count));
  const next = [0, 0, 0, 0];
  for (let row = 0; row < events.length; row++) {
    const kind = events.event[row]!;
    if (kind >= 0) rows[kind]![next[kind]!++] = row;
  }
  return rows;
}

/** Codes turned into other codes by `map` (old code to new). */
function recoded(codes: Int32Array, map: Int32Array): Int32Array {
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = map[codes[i]!]!;
  return out;
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

/**
 * Per person and month with a meeting: the zone and the attributes, in person and month
 * order. The meetings are put in people's order by a counting sort, each carrying its month
 * and zone as one number and its attributes as another (so that the grouping reads two
 * arrays in order rather than five columns all over the file), and each person's few are
 * sorted by month and zone: the last of a month holds its highest zone.
 */
function histories(events: CaseworkEvents) {
  const { text, month, event } = events;
  const person = text.pseudonym.codes;
  const [ages, sexes] = [text.age_band.names.length, text.sex.names.length];
  const rankOfCategory = Int32Array.from(text.category.names, (name) => ZONE_ORDER.indexOf(name as (typeof ZONE_ORDER)[number]) + 1);
  const firstMonth = text.month.names.length > 0 ? monthIndex(text.month.names[0]!) : 0;
  const people = text.pseudonym.names.length;
  const start = new Int32Array(people + 1);
  for (let row = 0; row < events.length; row++) if (event[row] === MEETING) start[person[row]! + 1]!++;
  for (let p = 0; p < people; p++) start[p + 1]! += start[p]!;
  const meetings = start[people]!;
  const monthAndRank = new Int32Array(meetings);
  const attributes = new Int32Array(meetings);
  const next = start.slice(0, people);
  for (let row = 0; row < events.length; row++) {
    if (event[row] !== MEETING) continue;
    const rank = rankOfCategory[text.category.codes[row]!]!;
    if (rank === 0) throw new Error(`a meeting's category is ${JSON.stringify(text.category.names[text.category.codes[row]!])}, not a zone`);
    const at = next[person[row]!]!++;
    monthAndRank[at] = (month[row]! - firstMonth) * 8 + rank;
    attributes[at] = (text.area_code.codes[row]! * ages + text.age_band.codes[row]!) * sexes + text.sex.codes[row]!;
  }
  const attributeKeys = text.area_code.names.length * ages * sexes;
  const out = { person: new Int32Array(meetings), month: new Int32Array(meetings), rank: new Int32Array(meetings), previous: new Int32Array(meetings), area: new Int32Array(meetings), age: new Int32Array(meetings), sex: new Int32Array(meetings) };
  let groups = 0;
  for (let p = 0; p < people; p++) {
    const from = start[p]!;
    const to = start[p + 1]!;
    // A person has a few dozen meetings: an insertion sort. (Many more, in a file where one
    // pseudonym stands for many, would make that quadratic: those are sorted as whole numbers.)
    if (to - from > 64) {
      const sorted = Float64Array.from(monthAndRank.subarray(from, to), (key, i) => key * attributeKeys + attributes[from + i]!).sort();
      for (let i = 0; i < sorted.length; i++) {
        monthAndRank[from + i] = Math.floor(sorted[i]! / attributeKeys);
        attributes[from + i] = sorted[i]! % attributeKeys;
      }
    }
    for (let i = from + 1; i < to; i++) {
      const key = monthAndRank[i]!;
      const attribute = attributes[i]!;
      let j = i - 1;
      for (; j >= from && monthAndRank[j]! > key; j--) {
        monthAndRank[j + 1] = monthAndRank[j]!;
        attributes[j + 1] = attributes[j]!;
      }
      monthAndRank[j + 1] = key;
      attributes[j + 1] = attribute;
    }
    let previous = 0;
    for (let i = from; i < to; i++) {
      const m = monthAndRank[i]! >> 3;
      const sex = attributes[i]! % sexes;
      const age = Math.floor(attributes[i]! / sexes) % ages;
      const area = Math.floor(attributes[i]! / (sexes * ages));
      if (i > from && monthAndRank[i - 1]! >> 3 === m) {
        // The same month again: its zone is the highest (this one, in order), each attribute the highest.
        const g = groups - 1;
        out.rank[g] = monthAndRank[i]! & 7;
        out.area[g] = Math.max(out.area[g]!, area);
        out.age[g] = Math.max(out.age[g]!, age);
        out.sex[g] = Math.max(out.sex[g]!, sex);
        continue;
      }
      if (i > from) previous = out.rank[groups - 1]!;
      out.person[groups] = p;
      out.month[groups] = m + firstMonth;
      out.rank[groups] = monthAndRank[i]! & 7;
      out.previous[groups] = previous;
      out.area[groups] = area;
      out.age[groups] = age;
      out.sex[groups] = sex;
      groups++;
    }
  }
  const cut = (column: Int32Array) => column.subarray(0, groups);
  return { person: cut(out.person), month: cut(out.month), rank: cut(out.rank), previous: cut(out.previous), area: cut(out.area), age: cut(out.age), sex: cut(out.sex) };
}

/** The index's tables from the decoded events: what readIndex reads from DuckDB, worked out here. */
export function indexTablesFromEvents(events: CaseworkEvents): IndexTables {
  const { text, month } = events;
  const people = text.pseudonym.names.length;
  const hist = histories(events);
  const rows = rowsByKind(events);

  // Each person's steps down, in month order (the histories are in person and month order).
  const downPerson = new Int32Array(hist.person.length);
  const downMonths = new Int32Array(hist.person.length);
  let downs = 0;
  for (let g = 0; g < hist.person.length; g++) {
    if (hist.previous[g]! > hist.rank[g]!) {
      downPerson[downs] = hist.person[g]!;
      downMonths[downs++] = hist.month[g]!;
    }
  }
  const downStart = startsByPerson(downPerson.subarray(0, downs), people);

  // Measure spells: starts and ends by person, measure and month, the n-th start with the n-th end.
  const startRows = rows[MEASURE_START]!;
  const measures = usedNames(text.category.names, take(text.category.codes, startRows));
  const starts = { person: take(text.pseudonym.codes, startRows), measure: recoded(take(text.category.codes, startRows), measures.code), month: take(month, startRows) };
  const startOrder = sortedOrder([starts.person, starts.measure, starts.month], startRows.length);
  // Ends of measures never started pair with nothing.
  const endRows = rows[MEASURE_END]!.filter((row) => measures.code[text.category.codes[row]!] !== -1);
  const ends = { person: take(text.pseudonym.codes, endRows), measure: recoded(take(text.category.codes, endRows), measures.code), month: take(month, endRows) };
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
    // The first step down after the start: a binary search in the person's down months (in order).
    let low = downStart[p]!;
    let high = downStart[p + 1]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (downMonths[middle]! > starts.month[s]!) high = middle;
      else low = middle + 1;
    }
    if (low < downStart[p + 1]!) nextDown[s] = downMonths[low]!;
  }

  // Concerns, with their agency and type as codes among the concerns'.
  const concernRows = rows[CONCERN]!;
  const agencyCodes = take(text.agency.codes, concernRows);
  if (agencyCodes.includes(-1)) throw new Error(`agency is empty on ${agencyCodes.filter((c) => c === -1).length} concerns`);
  const agencies = usedNames(text.agency.names, agencyCodes);
  const types = usedNames(text.category.names, take(text.category.codes, concernRows));

  // Cells: the district group, age band and sex combinations of the count table, in that order.
  const sizes = [text.area_code.names.length, text.age_band.names.length, text.sex.names.length] as const;
  const cellOfKey = new Int32Array(sizes[0] * sizes[1] * sizes[2]).fill(-1);
  for (let g = 0; g < hist.person.length; g++) cellOfKey[(hist.area[g]! * sizes[1] + hist.age[g]!) * sizes[2] + hist.sex[g]!] = 0;
  const cellOfRows = (rows: Int32Array) => {
    const cell = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      cell[i] = (text.area_code.codes[row]! * sizes[1] + text.age_band.codes[row]!) * sizes[2] + text.sex.codes[row]!;
      cellOfKey[cell[i]!] = 0;
    }
    return cell;
  };
  // The concerns' and starts' cells as keys, turned into cell codes once the cells are numbered.
  const concernCells = cellOfRows(concernRows);
  const startCells = cellOfRows(startRows);
  const cells: { area_code: string; age_band: string; sex: string }[] = [];
  for (let key = 0; key < cellOfKey.length; key++) {
    if (cellOfKey[key] === -1) continue;
    cellOfKey[key] = cells.length;
    const sex = key % sizes[2];
    const age = Math.floor(key / sizes[2]) % sizes[1];
    const area = Math.floor(key / (sizes[2] * sizes[1]));
    cells.push({ area_code: text.area_code.names[area]!, age_band: text.age_band.names[age]!, sex: text.sex.names[sex]! });
  }
  for (const cells of [concernCells, startCells]) for (let i = 0; i < cells.length; i++) cells[i] = cellOfKey[cells[i]!]!;
  const histCell = new Int32Array(hist.person.length);
  for (let g = 0; g < histCell.length; g++) histCell[g] = cellOfKey[(hist.area[g]! * sizes[1] + hist.age[g]!) * sizes[2] + hist.sex[g]!]!;

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
      agency: recoded(agencyCodes, agencies.code),
      type: recoded(take(text.category.codes, concernRows), types.code),
      cell: concernCells,
    },
    spells: { person: starts.person, measure: starts.measure, started: starts.month, ended, next_down: nextDown, cell: startCells },
  };
}

/** The index the views read, built from the decoded events. */
export const indexFromEvents = (events: CaseworkEvents): CaseworkIndex => caseworkIndex(indexTablesFromEvents(events));
