// Every view's SQL run in native DuckDB over data/internal/case_events.parquet, checked
// against figures worked out independently: plain SQL written here, or JavaScript over
// the raw rows, and the public case_monthly.parquet made by the pipeline from the register.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from './casework-months.ts';
import { AGENDA_SORT_KEYS, agendaCases, caseload, sortAgenda, type AgendaRow, type AgendaSort, type MonthFigures } from './casework-shape.ts';
import { monthlySql, openSql, optionsSql, pathSql, ZONE_ORDER, type BoundSql, type CaseworkFilters } from './casework-sql.ts';
import { nativeRows } from '../testing/native-rows.ts';
import { agendaFromIndex, INDEX_READS, indexSql, readIndex, type CaseworkIndex } from './casework-index.ts';
import { concernsFromIndex, measuresFromIndex } from './casework-tallies.ts';

const file = (path: string) => fileURLToPath(new URL(`../../../../data/${path}`, import.meta.url));
const EVENTS = file('internal/case_events.parquet');
const MONTHLY_PUBLIC = file('case_monthly.parquet');
const MONTHLY_DEMO = fileURLToPath(new URL('../../../../test/fixtures/case-monthly-demo.parquet', import.meta.url));
const ALL: CaseworkFilters = { month: '2025-12', area: '', age: '', sex: '', measure: '', agency: '' };
const RANK: Record<string, number> = { green: 1, yellow: 2, orange: 3, red: 4 };

interface Event {
  pseudonym: string;
  month: string;
  event: string;
  category: string;
  agency: string | null;
  age_band: string;
  sex: string;
  area_code: string;
}

let conn: DuckDBConnection;
let events: Event[];
let index: CaseworkIndex;

/** The agenda worked out in the page from the index (as the element does), each row with the number due. */
async function agenda(filters: CaseworkFilters, sort: AgendaSort, limit?: number): Promise<(AgendaRow & { due: number })[]> {
  const { rows, due } = agendaFromIndex(index, filters, sort, limit);
  return rows.map((row) => ({ ...row, due }));
}

/** A view's rows (the histories were computed once by openSql, as in the page). */
async function view<T>(_filters: CaseworkFilters, query: BoundSql): Promise<T[]> {
  return rows<T>(query);
}

const rows = <T>(query: BoundSql | string): Promise<T[]> => nativeRows<T>(conn, query);

beforeAll(async () => {
  const db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
  await conn.run(`CREATE VIEW events AS SELECT * FROM read_parquet('${EVENTS.replace(/'/g, "''")}')`);
  events = await rows<Event>('SELECT pseudonym, month, event, category, agency, age_band, sex, area_code FROM events');
  for (const sql of [...openSql('events'), ...indexSql()]) await conn.run(sql);
  index = await readIndex(async (name) => {
    const read = await rows<Record<string, unknown>>(INDEX_READS[name]);
    return (column) => read.map((row) => row[column]);
  });
});
afterAll(() => conn?.closeSync());

/** The reference: per person and month with a meeting, the highest zone decided. */
function personMonths(list: readonly Event[]): Map<string, Map<string, number>> {
  const byPerson = new Map<string, Map<string, number>>();
  for (const e of list) {
    if (e.event !== 'meeting') continue;
    const months = byPerson.get(e.pseudonym) ?? new Map<string, number>();
    months.set(e.month, Math.max(months.get(e.month) ?? 0, RANK[e.category]!));
    byPerson.set(e.pseudonym, months);
  }
  return byPerson;
}

type Attributes = Pick<Event, 'age_band' | 'sex' | 'area_code'>;

/** Each young person's attributes in each month with a meeting (the oldest age band if two). */
function meetingAttributes(list: readonly Event[]): Map<string, Attributes> {
  const attributes = new Map<string, Attributes>();
  for (const e of list) {
    if (e.event !== 'meeting') continue;
    const key = `${e.pseudonym}|${e.month}`;
    const known = attributes.get(key);
    attributes.set(key, { age_band: known && known.age_band > e.age_band ? known.age_band : e.age_band, sex: e.sex, area_code: e.area_code });
  }
  return attributes;
}

/**
 * The monthly figures by the definition in casework-sql.ts: a person's months with a meeting
 * and the zone before come from their whole history; `keep` chooses which months count, by
 * the month's attributes (the highest age band when a month has two), and which concerns and
 * measure starts count, by their own.
 */
function referenceMonthly(list: readonly Event[], keep: (attributes: Attributes) => boolean = () => true): Map<string, Omit<MonthFigures, 'month'>> {
  const out = new Map<string, { discussed: number; green: number; yellow: number; orange: number; red: number; escalations: number; deescalations: number; new_cases: number; concerns: number; measures_started: number }>();
  const at = (m: string) => {
    let f = out.get(m);
    if (!f) out.set(m, (f = { discussed: 0, green: 0, yellow: 0, orange: 0, red: 0, escalations: 0, deescalations: 0, new_cases: 0, concerns: 0, measures_started: 0 }));
    return f;
  };
  const attributes = meetingAttributes(list);
  for (const [pseudonym, months] of personMonths(list)) {
    let previous: number | undefined;
    for (const m of [...months.keys()].sort()) {
      const rank = months.get(m)!;
      const counted = keep(attributes.get(`${pseudonym}|${m}`)!);
      const before = previous;
      previous = rank;
      if (!counted) continue;
      const f = at(m);
      f.discussed++;
      f[(['green', 'yellow', 'orange', 'red'] as const)[rank - 1]!]++;
      if (before === undefined) f.new_cases++;
      else if (rank > before) f.escalations++;
      else if (rank < before) f.deescalations++;
    }
  }
  for (const e of list) {
    if (!keep(e)) continue;
    if (e.event === 'concern') at(e.month).concerns++;
    if (e.event === 'measure_start') at(e.month).measures_started++;
  }
  return out;
}

describe('monthlySql', () => {
  it('counts every month as the reference does from the raw events', async () => {
    const got = await view<MonthFigures>(ALL, monthlySql(ALL));
    const expected = referenceMonthly(events);
    expect(got.length).toBe(96);
    for (const row of got) expect({ month: row.month, ...expected.get(row.month) }).toEqual(row);
  });

  it('has the same number of young people discussed as the public case_monthly.parquet, wherever that is shown', async () => {
    const got = new Map((await view<MonthFigures>(ALL, monthlySql(ALL))).map((row) => [row.month, row.discussed]));
    // The current release hides every monthly count (status ':', data/README.md): there every
    // month's total must be hidden, and the internal figure for it a count of young people.
    const current = await rows<{ period: string; persons: number | null; status: string | null }>(
      `SELECT period, persons, status FROM read_parquet('${MONTHLY_PUBLIC}') WHERE zone = 'all' ORDER BY period`,
    );
    expect(current.length).toBeGreaterThan(80);
    for (const { period, persons, status } of current) {
      expect([period, persons, status]).toEqual([period, null, ':']);
      expect(Number.isInteger(got.get(period)) && got.get(period)! >= 0, `internal figure for ${period}`).toBe(true);
    }
    // The figures: the previous release of the same file, from the same register
    // (data/internal/ is unchanged since f582ae1), frozen in test/fixtures/.
    const published = await rows<{ period: string; persons: number | null }>(
      `SELECT period, persons FROM read_parquet('${MONTHLY_DEMO}') WHERE zone = 'all' AND persons IS NOT NULL`,
    );
    expect(published.length).toBeGreaterThan(80);
    for (const { period, persons } of published) expect([period, got.get(period)]).toEqual([period, persons]);
  });

  it('keeps each history whole under an age band, sex or district filter: turning 18 is no new case', async () => {
    for (const filters of [{ ...ALL, age: '18-24' }, { ...ALL, age: '12-17', sex: 'male' }, { ...ALL, area: events[0]!.area_code, month: '2023-03' }]) {
      const got = await view<MonthFigures>(filters, monthlySql(filters));
      const keep = (a: Attributes) => (!filters.age || a.age_band === filters.age) && (!filters.sex || a.sex === filters.sex) && (!filters.area || a.area_code === filters.area);
      const expected = referenceMonthly(events.filter((e) => e.month <= filters.month), keep);
      expect(got.map((row) => row.month)).toEqual([...expected.keys()].sort());
      for (const row of got) expect(row).toEqual({ month: row.month, ...expected.get(row.month) });
    }
    // The difference the definition makes: people who turned 18 while in follow-up are new
    // cases among 18-24-year-olds only if their meetings before 18 are dropped first.
    const newCases = (figures: Map<string, Omit<MonthFigures, 'month'>>) => [...figures.values()].reduce((sum, f) => sum + f.new_cases, 0);
    const whole = newCases(referenceMonthly(events, (a) => a.age_band === '18-24'));
    const cut = newCases(referenceMonthly(events.filter((e) => e.age_band === '18-24')));
    expect(whole).toBeLessThan(cut);
    const got = await view<MonthFigures>({ ...ALL, age: '18-24' }, monthlySql({ ...ALL, age: '18-24' }));
    expect(got.reduce((sum, row) => sum + row.new_cases, 0)).toBe(whole);
  });

  it('applies each filter as an independent query does', async () => {
    const filters: CaseworkFilters = { ...ALL, age: '12-17', sex: 'female', measure: 'police_talk', agency: 'school' };
    const got = await view<MonthFigures>(filters, monthlySql(filters));
    const expected = await rows<{ month: string; discussed: number }>(`
      SELECT month, count(*) AS discussed
      FROM (SELECT pseudonym, month, max(age_band) AS age_band, max(sex) AS sex FROM events WHERE event = 'meeting' GROUP BY ALL)
      WHERE age_band = '12-17' AND sex = 'female'
        AND pseudonym IN (SELECT pseudonym FROM events WHERE event = 'measure_start' AND category = 'police_talk' AND month <= '2025-12')
        AND pseudonym IN (SELECT pseudonym FROM events WHERE event = 'concern' AND agency = 'school' AND month <= '2025-12')
      GROUP BY month ORDER BY month`);
    expect(expected.length).toBeGreaterThan(10);
    expect(got.filter((row) => row.discussed > 0).map(({ month, discussed }) => ({ month, discussed }))).toEqual(expected);
  });

  it('binds values: a filter value with SQL in it matches nothing and breaks nothing', async () => {
    const got = await view<MonthFigures>({ ...ALL, sex: "female' OR '1'='1" }, monthlySql({ ...ALL, sex: "female' OR '1'='1" }));
    expect(got.every((row) => row.discussed === 0)).toBe(true);
    expect(() => monthlySql({ ...ALL, month: "2025-12'; DROP TABLE x; --" })).toThrow(/YYYY-MM/);
  });
});

describe('caseload', () => {
  it('compares December 2025 with the last meeting, November and December 2024', async () => {
    const monthly = await view<MonthFigures>(ALL, monthlySql(ALL));
    const shown = caseload(monthly, '2025-12');
    const total = async (m: string) =>
      (await rows<{ n: number }>(`SELECT count(DISTINCT pseudonym) AS n FROM events WHERE event = 'meeting' AND month = '${m}'`))[0]!.n;
    expect(shown.months).toEqual({ now: '2025-12', lastMeeting: '2025-11', lastMonth: '2025-11', lastYear: '2024-12' });
    const all = shown.rows.find((row) => row.key === 'discussed')!;
    expect(all).toEqual({ key: 'discussed', now: await total('2025-12'), lastMeeting: await total('2025-11'), lastMonth: await total('2025-11'), lastYear: await total('2024-12') });
    expect(shown.rows.filter((row) => row.key !== 'discussed').reduce((sum, row) => sum + row.now, 0)).toBe(all.now);
  });
});

/**
 * The agenda by its definition, from the raw events: per young person their last month with a
 * meeting up to `month` whose attributes pass `keep` (the zone and the month it began from
 * their whole history), due when that month is in the last three, or in the last twelve with
 * a concern since; their running measures and new concerns from all their events.
 */
function referenceAgenda(month: string, keep: (attributes: Attributes) => boolean = () => true) {
  const upTo = events.filter((e) => e.month <= month);
  const attributes = meetingAttributes(upTo);
  const expected = [];
  for (const [pseudonym, months] of personMonths(upTo)) {
    const sorted = [...months.keys()].sort();
    const at = sorted.findLastIndex((m) => keep(attributes.get(`${pseudonym}|${m}`)!));
    if (at < 0) continue;
    const last = sorted[at]!;
    const rank = months.get(last)!;
    let since = last;
    for (let i = at; i >= 0 && months.get(sorted[i]!) === rank; i--) since = sorted[i]!;
    const mine = upTo.filter((e) => e.pseudonym === pseudonym);
    const newConcerns = mine.filter((e) => e.event === 'concern' && e.month >= last).length;
    const due = last >= addMonths(month, -2) || (newConcerns > 0 && last >= addMonths(month, -11));
    if (!due) continue;
    const balance = new Map<string, number>();
    for (const e of mine) {
      if (e.event === 'measure_start') balance.set(e.category, (balance.get(e.category) ?? 0) + 1);
      if (e.event === 'measure_end') balance.set(e.category, (balance.get(e.category) ?? 0) - 1);
    }
    const measures = [...balance].filter(([, n]) => n > 0).map(([m]) => m).sort();
    expected.push({ pseudonym, zone: ZONE_ORDER[rank - 1], zoneSince: since, lastDiscussed: last, measures, newConcerns });
  }
  return expected;
}

const BY_ZONE: AgendaSort = { key: 'zone', descending: true };

describe('agendaFromIndex', () => {
  it('lists the cases due as the reference works them out from the raw events', async () => {
    for (const month of ['2025-12', '2022-06']) {
      const filters = { ...ALL, month };
      const rows = await agenda(filters, BY_ZONE);
      const got = agendaCases(rows, month);
      const expected = referenceAgenda(month);
      expect(got.length).toBe(expected.length);
      expect(got.length).toBeGreaterThan(20);
      expect(rows.every((row) => row.due === expected.length)).toBe(true);
      const byPseudonym = new Map(expected.map((e) => [e.pseudonym, e]));
      for (const c of got) {
        const { weeksInZone: _, ...shown } = c;
        expect(shown).toEqual(byPseudonym.get(c.pseudonym));
      }
    }
  });

  it('takes each case’s last meeting in the filter, also for young people whose age band or district changed', async () => {
    // Young people who turned 18 between meetings: their last 12-17 meeting is not their last.
    const bands = new Map<string, Set<string>>();
    for (const e of events) if (e.event === 'meeting') bands.set(e.pseudonym, (bands.get(e.pseudonym) ?? new Set()).add(e.age_band));
    expect([...bands.values()].filter((set) => set.size > 1).length).toBeGreaterThan(0);
    const area = events[0]!.area_code;
    for (const filters of [
      { ...ALL, age: '12-17' },
      { ...ALL, age: '18-24', sex: 'female' },
      { ...ALL, area, month: '2023-03' },
      { ...ALL, age: '12-17', measure: 'police_talk', agency: 'school' },
    ]) {
      const got = agendaCases(await agenda(filters, BY_ZONE), filters.month);
      const keep = (a: Attributes) => (!filters.age || a.age_band === filters.age) && (!filters.sex || a.sex === filters.sex) && (!filters.area || a.area_code === filters.area);
      let expected = referenceAgenda(filters.month, keep);
      if (filters.measure || filters.agency) {
        const had = (e: Event) => e.month <= filters.month && e.event === 'measure_start' && e.category === filters.measure;
        const reported = (e: Event) => e.month <= filters.month && e.event === 'concern' && e.agency === filters.agency;
        const people = new Set(events.filter(had).map((e) => e.pseudonym));
        const reporting = new Set(events.filter(reported).map((e) => e.pseudonym));
        expected = expected.filter((e) => people.has(e.pseudonym) && reporting.has(e.pseudonym));
      }
      expect(got.length, JSON.stringify(filters)).toBeGreaterThan(3);
      // In the agenda's first order: zone, highest first, then pseudonym.
      expected.sort((a, b) => ZONE_ORDER.indexOf(b.zone!) - ZONE_ORDER.indexOf(a.zone!) || (a.pseudonym < b.pseudonym ? -1 : 1));
      expect(got.map(({ weeksInZone: _, ...shown }) => shown), JSON.stringify(filters)).toEqual(expected);
    }
  });

  it('ranks every case due in each order and cuts to the first N: the first N of the whole list sorted by sortAgenda', async () => {
    for (const filters of [ALL, { ...ALL, sex: 'male', month: '2024-09' }]) {
      const whole = agendaCases(await agenda(filters, BY_ZONE), filters.month);
      expect(whole.length).toBeGreaterThan(30);
      for (const key of AGENDA_SORT_KEYS) {
        for (const descending of [true, false]) {
          const sort = { key, descending };
          const rows = await agenda(filters, sort, 25);
          expect(rows.length).toBe(25);
          expect(rows.every((row) => row.due === whole.length)).toBe(true);
          expect(agendaCases(rows, filters.month), `${key} ${descending}`).toEqual(sortAgenda(whole, sort).slice(0, 25));
          // Without a limit, the whole list in the same order.
          const all = agendaCases(await agenda(filters, sort), filters.month);
          expect(all).toEqual(sortAgenda(whole, sort));
        }
      }
    }
  });

  it('says how many are due when none is shown, and refuses a limit that is not a whole number', async () => {
    expect(await agenda(ALL, BY_ZONE, 0)).toEqual([]);
    expect(() => agendaFromIndex(index, ALL, BY_ZONE, 1.5)).toThrow(/whole number/);
    expect(() => agendaFromIndex(index, ALL, BY_ZONE, -1)).toThrow(/whole number/);
  });
});

describe('measuresFromIndex', () => {
  it('counts measures running and started as the reference does, with durations from start to end', async () => {
    const agency = events.find((e) => e.event === 'concern')!.agency!;
    for (const filters of [ALL, { ...ALL, month: '2024-08', agency }]) {
      const got = measuresFromIndex(index, filters);
      // With an agency filter: everyone with a concern from it by the month, and all their spells.
      const reporting = new Set(events.filter((e) => e.event === 'concern' && e.agency === agency && e.month <= filters.month).map((e) => e.pseudonym));
      const upTo = events.filter((e) => e.month <= filters.month && (!filters.agency || reporting.has(e.pseudonym)));
      expect(got.length).toBeGreaterThan(2);
      for (const row of got) {
        const starts = upTo.filter((e) => e.event === 'measure_start' && e.category === row.measure);
        const ends = upTo.filter((e) => e.event === 'measure_end' && e.category === row.measure);
        const people = new Set(starts.map((e) => e.pseudonym));
        const running = [...people].filter((p) => starts.filter((e) => e.pseudonym === p).length > ends.filter((e) => e.pseudonym === p).length).length;
        expect([row.measure, row.running, row.spells, row.ended]).toEqual([row.measure, running, starts.length, ends.length]);
        expect(row.started_12m).toBe(starts.filter((e) => e.month >= addMonths(filters.month, -11)).length);
      }
      expect(got.map((row) => row.measure).sort()).toEqual([...new Set(upTo.filter((e) => e.event === 'measure_start').map((e) => e.category))].sort());
      // Most running first, then by name.
      expect(got.map((row) => [-row.running, row.measure])).toEqual(got.map((row) => [-row.running, row.measure]).sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : 1)));
    }
  });
});

describe('measuresFromIndex durations', () => {
  it('has the median months from start to end and to the next step down as worked out from the raw events', async () => {
    const median = (list: number[]) => {
      if (list.length === 0) return null;
      const sorted = [...list].sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    };
    const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
    for (const filters of [ALL, { ...ALL, month: '2022-06', sex: 'female' }]) {
      const got = measuresFromIndex(index, filters);
      const upTo = events.filter((e) => e.month <= filters.month);
      // Each start with the same measure's n-th end, and the person's first step down after it.
      const downs = new Map<string, string[]>();
      for (const [pseudonym, months] of personMonths(upTo)) {
        const sorted = [...months.keys()].sort();
        downs.set(pseudonym, sorted.filter((m, i) => i > 0 && months.get(m)! < months.get(sorted[i - 1]!)!));
      }
      const byMeasure = new Map<string, { toEnd: number[]; toDown: number[] }>();
      const starts = upTo.filter((e) => e.event === 'measure_start' && (!filters.sex || e.sex === filters.sex));
      for (const start of starts) {
        const mine = (event: string) => upTo.filter((e) => e.event === event && e.pseudonym === start.pseudonym && e.category === start.category).map((e) => e.month).sort();
        const nth = mine('measure_start').indexOf(start.month) + starts.filter((e) => e !== start && e.pseudonym === start.pseudonym && e.category === start.category && e.month === start.month && starts.indexOf(e) < starts.indexOf(start)).length;
        const end = mine('measure_end')[nth];
        const down = downs.get(start.pseudonym)?.find((m) => m > start.month);
        const entry = byMeasure.get(start.category) ?? { toEnd: [], toDown: [] };
        if (end !== undefined) entry.toEnd.push(monthNumber(end) - monthNumber(start.month));
        if (down !== undefined) entry.toDown.push(monthNumber(down) - monthNumber(start.month));
        byMeasure.set(start.category, entry);
      }
      expect(got.length).toBe(byMeasure.size);
      expect(got.filter((row) => row.median_months !== null && row.median_months_to_down !== null).length).toBeGreaterThan(2);
      for (const row of got) {
        const expected = byMeasure.get(row.measure)!;
        expect(row, row.measure).toMatchObject({ median_months: median(expected.toEnd), ended: expected.toEnd.length, median_months_to_down: median(expected.toDown), stepped_down: expected.toDown.length });
      }
    }
  });
});

describe('concernsFromIndex', () => {
  it('counts concerns by type and agency over the 12 months to the month, as plain SQL does', async () => {
    const area = events[0]!.area_code;
    const agency = events.find((e) => e.event === 'concern')!.agency!;
    for (const [filters, where] of [
      [ALL, ''],
      [{ ...ALL, month: '2023-05', sex: 'female', age: '12-17' }, "AND sex = 'female' AND age_band = '12-17'"],
      [{ ...ALL, area }, `AND area_code = '${area}'`],
      // Everyone with a concern from this agency by the month, and all their concerns.
      [{ ...ALL, agency }, `AND pseudonym IN (SELECT pseudonym FROM events WHERE event = 'concern' AND agency = '${agency}' AND month <= '2025-12')`],
    ] as const) {
      const expected = await rows<{ concern_type: string; agency: string; concerns: number }>(`
        SELECT category AS concern_type, agency, count(*) AS concerns FROM read_parquet('${EVENTS}')
        WHERE event = 'concern' AND month BETWEEN '${addMonths(filters.month, -11)}' AND '${filters.month}' ${where} GROUP BY 1, 2 ORDER BY 1, 2`);
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(1);
      expect(concernsFromIndex(index, filters), JSON.stringify(filters)).toEqual(expected);
    }
  });
});

describe('pathSql and optionsSql', () => {
  it("gives one young person's events in order, and the filter options in the file", async () => {
    const someone = events.find((e) => e.event === 'measure_start')!.pseudonym;
    const got = await view<{ month: string; event: string }>(ALL, pathSql(ALL, someone));
    expect(got.length).toBe(events.filter((e) => e.pseudonym === someone).length);
    expect(got.map((r) => r.month)).toEqual([...got.map((r) => r.month)].sort());
    const [options] = await rows<{ months: string[]; areas: string[]; ages: string[]; sexes: string[] }>(optionsSql());
    expect(options!.months.length).toBe(96);
    // Each district group of a meeting once, with its name.
    const codes = [...new Set(events.filter((e) => e.event === 'meeting').map((e) => e.area_code))].sort();
    expect(options!.areas.map((a) => a.split('=')[0])).toEqual(codes);
    expect(options!.areas.every((a) => /^[^=]+=.+$/.test(a))).toBe(true);
    expect(options!.ages).toEqual(['12-17', '18-24']);
    expect(options!.sexes).toEqual(['female', 'male']);
  });
});
