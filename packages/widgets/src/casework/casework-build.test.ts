// The index the page builds from the decoded events (casework-build.ts), compared cell by
// cell with the one the SQL definitions make (openSql, indexSql, readIndex) in native
// DuckDB over the same file: on the synthetic register and on a `pipeline scale` file.
// Then every view worked out from either index must be the same, and the monthly figures
// and the filters' options the page makes must be what monthlySql and optionsSql give.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { PlainColumn } from '@slt/engine';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeScaledEvents } from '../../../pipeline/src/scale.ts';
import { DEFAULT_CONFIG } from '../../../pipeline/src/config.ts';
import { nativeRows } from '../testing/native-rows.ts';
import { indexFromEvents } from './casework-build.ts';
import { cubeFromIndex, monthlyFromCube } from './casework-cube.ts';
import { caseworkEvents, EVENT_COLUMNS, type CaseworkEvents } from './casework-events.ts';
import { agendaFromIndex, INDEX_READS, indexSql, readIndex, type CaseworkIndex } from './casework-index.ts';
import { addMonths } from './casework-months.ts';
import { monthlyFromIndex } from './casework-monthly.ts';
import { optionsFromIndex } from './casework-options.ts';
import { pathFromEvents, pathIndex } from './casework-path.ts';
import { AGENDA_SORT_KEYS } from './casework-shape.ts';
import { monthlySql, openSql, optionsSql, pathSql, type CaseworkFilters } from './casework-sql.ts';
import { concernsFromIndex, measuresFromIndex } from './casework-tallies.ts';

const encoder = new TextEncoder();

/** Text as the engine decodes it: bytes and offsets (`plain`), or codes into a dictionary. */
function textColumn(values: readonly (string | null)[], plain: boolean): PlainColumn {
  const nulls = values.filter((v) => v === null).length;
  const validity = nulls === 0 ? undefined : new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((v, row) => v !== null && validity && (validity[row >> 3]! |= 1 << (row & 7)));
  const bytesOf = (texts: readonly string[]) => {
    const encoded = texts.map((t) => encoder.encode(t));
    const offsets = new Int32Array(texts.length + 1);
    encoded.forEach((b, i) => (offsets[i + 1] = offsets[i]! + b.length));
    const bytes = new Uint8Array(offsets[texts.length]!);
    encoded.forEach((b, i) => bytes.set(b, offsets[i]!));
    return { bytes, offsets };
  };
  if (plain) {
    const { bytes, offsets } = bytesOf(values.map((v) => v ?? ''));
    return { type: 'utf8', length: values.length, nullCount: nulls, validity, values: bytes, offsets };
  }
  // A dictionary in order of first appearance, with one text no row uses (a writer may keep one).
  const texts: string[] = [];
  const codeOf = new Map<string, number>();
  const codes = Int32Array.from(values, (v) => {
    if (v === null) return 0;
    if (!codeOf.has(v)) codeOf.set(v, texts.push(v) - 1);
    return codeOf.get(v)!;
  });
  texts.push('zz-unused');
  const { bytes, offsets } = bytesOf(texts);
  return { type: 'utf8', length: values.length, nullCount: nulls, validity, values: codes, dictionary: { type: 'utf8', length: texts.length, nullCount: 0, validity: undefined, values: bytes, offsets } };
}

type EventRow = Record<(typeof EVENT_COLUMNS)[number], string | null>;

/** The event rows as decoded columns: the pseudonym plain (as a 1M-event file stores it), the rest with dictionaries. */
function decodedEvents(rows: readonly EventRow[]): CaseworkEvents {
  const columns = new Map(EVENT_COLUMNS.map((name) => [name, textColumn(rows.map((row) => row[name]), name === 'pseudonym')] as const));
  return caseworkEvents(columns, rows.length);
}

/** Rows of a table as sorted tuples, for tables whose order within a person and month is not defined. */
function tuples(table: Record<string, ArrayLike<number>>): number[][] {
  const names = Object.keys(table).sort();
  const length = table[names[0]!]!.length;
  return Array.from({ length }, (_, i) => names.map((name) => table[name]![i]!)).sort((a, b) => {
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
    return 0;
  });
}

const EVERYONE: Omit<CaseworkFilters, 'month'> = { area: '', age: '', sex: '', measure: '', agency: '' };

/** Both indexes of one file (or of the rows a SELECT makes), and the connection where its SQL ran. */
async function bothIndexes(path: string, select = `SELECT * FROM read_parquet('${path.replace(/'/g, "''")}')`) {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`CREATE TABLE events AS ${select}`);
  for (const sql of [...openSql('events'), ...indexSql()]) await conn.run(sql);
  const sqlIndex = await readIndex(async (name) => {
    const read = await nativeRows<Record<string, unknown>>(conn, INDEX_READS[name]);
    return (column) => read.map((row) => row[column]);
  });
  const events = decodedEvents(await nativeRows<EventRow>(conn, `SELECT ${EVENT_COLUMNS.join(', ')} FROM events`));
  return { conn, sqlIndex, events, pageIndex: indexFromEvents(events) };
}

/** The same comparisons on each file. */
function compareOn(label: string, path: () => string) {
  describe(`the index built in the page, on ${label}`, () => {
    let conn: DuckDBConnection;
    let sqlIndex: CaseworkIndex;
    let pageIndex: CaseworkIndex;
    let events: CaseworkEvents;
    let months: string[];
    beforeAll(async () => {
      ({ conn, sqlIndex, pageIndex, events } = await bothIndexes(path()));
      months = (await nativeRows<{ month: string }>(conn, 'SELECT DISTINCT month FROM cw_cube ORDER BY month')).map((r) => r.month);
    }, 120_000);
    afterAll(() => conn?.closeSync());

    it('has the same people, cells and names', () => {
      expect(pageIndex.people.length).toBeGreaterThan(100);
      expect(pageIndex.people).toEqual(sqlIndex.people);
      expect(pageIndex.cells).toEqual(sqlIndex.cells);
      expect(pageIndex.measureNames).toEqual(sqlIndex.measureNames);
      expect(pageIndex.agencyNames).toEqual(sqlIndex.agencyNames);
      expect(pageIndex.concernTypeNames).toEqual(sqlIndex.concernTypeNames);
    });

    it('has the same months with a meeting, row by row: zone, cell, the zone before, when the zone began', () => {
      // One row per person and month, in month order and people's order within a month: one order.
      expect(pageIndex.hist.person.length).toBeGreaterThan(1000);
      for (const column of ['person', 'month', 'rank', 'cell', 'zone_since', 'previous_rank'] as const) {
        expect(Array.from(pageIndex.hist[column]), column).toEqual(Array.from(sqlIndex.hist[column]));
      }
    });

    it('has the same concerns and measure spells (each person’s in any order), and where each person’s begin', () => {
      expect(tuples(pageIndex.concerns)).toEqual(tuples(sqlIndex.concerns));
      expect(tuples(pageIndex.spells)).toEqual(tuples(sqlIndex.spells));
      expect(Array.from(pageIndex.spells.ended).some((month) => month < 2_000_000)).toBe(true);
      expect(Array.from(pageIndex.spells.next_down).some((month) => month < 2_000_000)).toBe(true);
      expect(Array.from(pageIndex.concernStart)).toEqual(Array.from(sqlIndex.concernStart));
      expect(Array.from(pageIndex.spellStart)).toEqual(Array.from(sqlIndex.spellStart));
    });

    it('makes the count table DuckDB makes (cw_cube), added up per month and cell', async () => {
      const key = (row: Record<string, unknown>) => `${row.month}|${row.area_code}|${row.age_band}|${row.sex}`;
      const sum = (rows: readonly Record<string, unknown>[]) => {
        const out = new Map<string, Record<string, number>>();
        for (const row of rows) {
          const sums = out.get(key(row)) ?? {};
          for (const [name, value] of Object.entries(row)) if (typeof value === 'number') sums[name] = (sums[name] ?? 0) + value;
          out.set(key(row), sums);
        }
        return out;
      };
      const expected = sum(await nativeRows<Record<string, unknown>>(conn, 'SELECT * FROM cw_cube'));
      const got = sum(cubeFromIndex(pageIndex));
      expect(got.size).toBe(expected.size);
      for (const [cell, sums] of expected) expect(got.get(cell), cell).toEqual(sums);
    });

    it('offers the filter options optionsSql gives', async () => {
      const [expected] = await nativeRows<Record<string, string[]>>(conn, optionsSql());
      expect(optionsFromIndex(pageIndex, events)).toEqual(expected);
    });

    it('gives the monthly figures monthlySql gives, under every kind of filter, measure and agency included', async () => {
      const last = months.at(-1)!;
      const cell = pageIndex.cells[0]!;
      const filterSets: CaseworkFilters[] = [
        { ...EVERYONE, month: last },
        { ...EVERYONE, month: addMonths(last, -14), age: cell.age_band, sex: cell.sex },
        { ...EVERYONE, month: last, area: cell.area_code },
        { ...EVERYONE, month: last, measure: pageIndex.measureNames[0]! },
        { ...EVERYONE, month: addMonths(last, -5), agency: pageIndex.agencyNames.at(-1)!, age: cell.age_band },
        { ...EVERYONE, month: last, measure: pageIndex.measureNames.at(-1)!, agency: pageIndex.agencyNames[0]!, sex: cell.sex, area: cell.area_code },
      ];
      for (const filters of filterSets) {
        const expected = await nativeRows(conn, monthlySql(filters));
        expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
        expect(monthlyFromIndex(pageIndex, filters), JSON.stringify(filters)).toEqual(expected);
        if (!filters.measure && !filters.agency) expect(monthlyFromCube(cubeFromIndex(pageIndex), filters)).toEqual(expected);
      }
    });

    it('reads each young person’s path as pathSql does, up to the month, and none for an unknown pseudonym', async () => {
      const paths = pathIndex(events);
      const sorted = <T,>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();
      const last = months.at(-1)!;
      let compared = 0;
      for (let p = 0; p < pageIndex.people.length; p += Math.ceil(pageIndex.people.length / 25)) {
        const pseudonym = pageIndex.people[p]!;
        for (const month of [last, addMonths(last, -30)]) {
          const expected = await nativeRows<Record<string, unknown>>(conn, pathSql({ ...EVERYONE, month }, pseudonym));
          const got = pathFromEvents(events, paths, pseudonym, month);
          // In SQL's order (month, event, category); rows equal in those three in any order.
          expect(got.map(({ month, event, category }) => [month, event, category]), pseudonym).toEqual(expected.map(({ month, event, category }) => [month, event, category]));
          expect(sorted(got), pseudonym).toEqual(sorted(expected));
          compared += got.length;
        }
      }
      expect(compared).toBeGreaterThan(200);
      expect(pathFromEvents(events, paths, 'zzzzzzzzzzzzzzzz', last)).toEqual([]);
    });

    it('works out the same agenda, measures and concerns from either index', () => {
      const last = months.at(-1)!;
      const cell = pageIndex.cells.at(-1)!;
      for (const filters of [
        { ...EVERYONE, month: last },
        { ...EVERYONE, month: addMonths(last, -7), area: cell.area_code, sex: cell.sex },
        { ...EVERYONE, month: last, measure: pageIndex.measureNames[1]!, agency: pageIndex.agencyNames[1]! },
      ]) {
        for (const key of AGENDA_SORT_KEYS) {
          for (const descending of [true, false]) {
            expect(agendaFromIndex(pageIndex, filters, { key, descending }, 50)).toEqual(agendaFromIndex(sqlIndex, filters, { key, descending }, 50));
          }
        }
        expect(agendaFromIndex(pageIndex, filters, { key: 'zone', descending: true }).due).toBeGreaterThan(0);
        expect(measuresFromIndex(pageIndex, filters)).toEqual(measuresFromIndex(sqlIndex, filters));
        expect(concernsFromIndex(pageIndex, filters)).toEqual(concernsFromIndex(sqlIndex, filters));
      }
    });
  });
}

const REGISTER = fileURLToPath(new URL('../../../../data/internal/case_events.parquet', import.meta.url));
compareOn('the synthetic register', () => REGISTER);

// A `pipeline scale` file of 50 000 events (2 000 young people), made here.
let scaleDir = '';
let scaleFile = '';
beforeAll(async () => {
  scaleDir = mkdtempSync(join(tmpdir(), 'casework-build-'));
  scaleFile = join(scaleDir, 'case_events_50000.parquet');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await writeScaledEvents(conn, scaleFile, 50_000, DEFAULT_CONFIG);
  conn.closeSync();
}, 120_000);
afterAll(() => rmSync(scaleDir, { recursive: true, force: true }));
compareOn('a pipeline scale file of 50 000 events', () => scaleFile);

describe('the index built in the page, on the cases the files above may not hold', () => {
  it('groups a month’s meetings to the highest zone and attributes, pairs spells by order, and finds the step down after a start', async () => {
    const rows = [
      // aaa: two meetings in March (a birthday and a move between them), then down in May.
      ['aaa', '2025-01', 'meeting', 'orange', null, '12-17', 'male', 'G1', 'Nord'],
      ['aaa', '2025-03', 'meeting', 'yellow', null, '12-17', 'male', 'G2', 'Sør'],
      ['aaa', '2025-03', 'meeting', 'red', null, '18-24', 'male', 'G1', 'Nord'],
      ['aaa', '2025-05', 'meeting', 'green', null, '18-24', 'male', 'G1', 'Nord'],
      // Two starts of one measure in a month, one end; an end of a measure never started.
      ['aaa', '2025-02', 'measure_start', 'mentor', null, '12-17', 'male', 'G1', 'Nord'],
      ['aaa', '2025-02', 'measure_start', 'mentor', null, '12-17', 'male', 'G1', 'Nord'],
      ['aaa', '2025-04', 'measure_end', 'mentor', null, '18-24', 'male', 'G1', 'Nord'],
      ['aaa', '2025-04', 'measure_end', 'police_talk', null, '18-24', 'male', 'G1', 'Nord'],
      ['aaa', '2025-06', 'concern', 'theft', 'police', '18-24', 'male', 'G1', 'Nord'],
      // bbb: only a concern and a measure started after their last step down.
      ['bbb', '2024-12', 'concern', 'weapon', 'school', '12-17', 'female', 'G2', 'Sør'],
      ['bbb', '2025-01', 'measure_start', 'police_talk', null, '12-17', 'female', 'G2', 'Sør'],
      // ccc: down twice; a start between the two steps down.
      ['ccc', '2025-01', 'meeting', 'red', null, '12-17', 'female', 'G2', 'Sør'],
      ['ccc', '2025-02', 'meeting', 'orange', null, '12-17', 'female', 'G2', 'Sør'],
      ['ccc', '2025-02', 'measure_start', 'mentor', null, '12-17', 'female', 'G2', 'Sør'],
      ['ccc', '2025-04', 'meeting', 'yellow', null, '12-17', 'female', 'G2', 'Sør'],
      ['ccc', '2025-04', 'measure_end', 'mentor', null, '12-17', 'female', 'G2', 'Sør'],
      // ddd: 150 meetings over 50 months, three a month in a shuffled order (more than a
      // person's few: sorted another way).
      ...Array.from({ length: 150 }, (_, i) => {
        const j = (i * 37) % 150;
        const month = `${2020 + Math.floor(j / 3 / 12)}-${String(((j / 3) | 0) % 12 + 1).padStart(2, '0')}`;
        return ['ddd', month, 'meeting', ['green', 'yellow', 'orange', 'red'][(j * 7) % 4]!, null, j % 2 ? '12-17' : '18-24', 'male', j % 5 ? 'G1' : 'G2', j % 5 ? 'Nord' : 'Sør'] as const;
      }),
    ] as const;
    const literal = (value: string | null) => (value === null ? 'NULL::VARCHAR' : `'${value}'`);
    const select = `SELECT * FROM (VALUES ${rows.map((row) => `(${row.map(literal).join(', ')})`).join(', ')}) t(${EVENT_COLUMNS.join(', ')})`;
    const { conn, sqlIndex, pageIndex, events } = await bothIndexes('', select);
    try {
      expect(pageIndex.people).toEqual(['aaa', 'bbb', 'ccc', 'ddd']);
      expect(Array.from(pageIndex.hist.person).filter((p) => p === 3).length).toBe(50);
      expect(pageIndex.cells).toEqual(sqlIndex.cells);
      for (const column of ['person', 'month', 'rank', 'cell', 'zone_since', 'previous_rank'] as const) {
        expect(Array.from(pageIndex.hist[column]), column).toEqual(Array.from(sqlIndex.hist[column]));
      }
      // aaa's March: red, in the older band and the higher district group code.
      const march = Array.from(pageIndex.hist.month).findIndex((month, i) => month === 2025 * 12 + 2 && pageIndex.hist.person[i] === 0);
      expect(pageIndex.hist.rank[march]).toBe(4);
      expect(pageIndex.cells[pageIndex.hist.cell[march]!]).toEqual({ area_code: 'G2', age_band: '18-24', sex: 'male' });
      expect(tuples(pageIndex.spells)).toEqual(tuples(sqlIndex.spells));
      expect(tuples(pageIndex.concerns)).toEqual(tuples(sqlIndex.concerns));
      expect(optionsFromIndex(pageIndex, events)).toEqual((await nativeRows(conn, optionsSql()))[0]);
      for (const month of ['2025-02', '2025-04', '2025-06']) {
        for (const measure of ['', 'mentor', 'police_talk']) {
          const filters = { ...EVERYONE, month, measure };
          expect(monthlyFromIndex(pageIndex, filters), JSON.stringify(filters)).toEqual(await nativeRows(conn, monthlySql(filters)));
        }
      }
    } finally {
      conn.closeSync();
    }
  });
});

describe('caseworkEvents on a file that is not an events file', () => {
  const row: EventRow = { pseudonym: 'abcdefghabcdefgh', month: '2025-01', event: 'meeting', category: 'red', agency: null, age_band: '12-17', sex: 'male', area_code: 'G1', area: 'Sentrum' };

  it('names the column that is missing, empty, not text or not a month', () => {
    const columns = (rows: EventRow[]) => new Map(EVENT_COLUMNS.map((name) => [name, textColumn(rows.map((r) => r[name]), false)] as const));
    const without = columns([row]);
    without.delete('sex');
    expect(() => caseworkEvents(without, 1)).toThrow(/no column sex/);
    expect(() => decodedEvents([row, { ...row, area_code: null }])).toThrow(/area_code is empty in 1 rows/);
    expect(() => decodedEvents([{ ...row, month: '2025-13' }])).toThrow(/month: "2025-13" is not YYYY-MM/);
    const numbers = columns([row]);
    numbers.set('month', { type: 'int32', length: 1, nullCount: 0, validity: undefined, values: Int32Array.of(202501) });
    expect(() => caseworkEvents(numbers, 1)).toThrow(/month: text expected, the file has int32/);
  });

  it('refuses a meeting without a zone and a concern without an agency', () => {
    expect(() => indexFromEvents(decodedEvents([{ ...row, category: 'theft' }]))).toThrow(/not a zone/);
    expect(() => indexFromEvents(decodedEvents([{ ...row, event: 'concern', category: 'theft' }]))).toThrow(/agency is empty on 1 concerns/);
  });

  it('builds an empty index, count table and options from a file with no rows', () => {
    const index = indexFromEvents(decodedEvents([]));
    expect([index.people, index.cells, index.hist.person.length, index.spells.person.length]).toEqual([[], [], 0, 0]);
    expect(cubeFromIndex(index)).toEqual([]);
    expect(optionsFromIndex(index, decodedEvents([]))).toEqual({ months: [], areas: [], ages: [], sexes: [], measures: [], agencies: [] });
  });

  it('reads the same codes from a plain column and a dictionary, NULLs as -1, in sorted order', () => {
    const values = ['b', null, 'a', 'b', 'c', 'a'];
    for (const plain of [true, false]) {
      const events = caseworkEvents(new Map(EVENT_COLUMNS.map((name) => [name, textColumn(name === 'agency' ? values : Array(6).fill(row[name]), plain)] as const)), 6);
      expect(events.text.agency.names).toEqual(['a', 'b', 'c']);
      expect(Array.from(events.text.agency.codes)).toEqual([1, -1, 0, 1, 2, 0]);
    }
  });

  it('reads a very long text and one beyond ASCII as they are', () => {
    const long = 'x'.repeat(200_000);
    const values = [long, 'Bærum', long];
    for (const plain of [true, false]) {
      const events = caseworkEvents(new Map(EVENT_COLUMNS.map((name) => [name, textColumn(name === 'agency' ? values : Array(3).fill(row[name]), plain)] as const)), 3);
      expect(events.text.agency.names).toEqual(['Bærum', long]);
      expect(Array.from(events.text.agency.codes)).toEqual([1, 0, 1]);
    }
  });
});
