// Every view's SQL run in native DuckDB over data/internal/case_events.parquet, checked
// against figures worked out independently: plain SQL written here, or JavaScript over
// the raw rows, and the public case_monthly.parquet made by the pipeline from the register.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from './casework-months.ts';
import { agendaCases, caseload, type AgendaRow, type MonthFigures } from './casework-shape.ts';
import { agendaSql, concernsSql, measuresSql, monthlySql, openSql, optionsSql, pathSql, type BoundSql, type CaseworkFilters } from './casework-sql.ts';

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

/** A view's rows (the histories were computed once by openSql, as in the page). */
async function view<T>(_filters: CaseworkFilters, query: BoundSql): Promise<T[]> {
  return rows<T>(query);
}

async function rows<T>(query: BoundSql | string): Promise<T[]> {
  const { sql, params } = typeof query === 'string' ? { sql: query, params: [] } : query;
  const reader = await conn.runAndReadAll(sql, [...params]);
  return reader.getRowObjectsJS().map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value])),
  ) as T[];
}

beforeAll(async () => {
  const db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
  await conn.run(`CREATE VIEW events AS SELECT * FROM read_parquet('${EVENTS.replace(/'/g, "''")}')`);
  events = await rows<Event>('SELECT pseudonym, month, event, category, agency, age_band, sex, area_code FROM events');
  for (const sql of openSql('events')) await conn.run(sql);
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
  const attributes = new Map<string, Attributes>();
  for (const e of list) {
    if (e.event !== 'meeting') continue;
    const key = `${e.pseudonym}|${e.month}`;
    const known = attributes.get(key);
    attributes.set(key, { age_band: known && known.age_band > e.age_band ? known.age_band : e.age_band, sex: e.sex, area_code: e.area_code });
  }
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

describe('agendaSql', () => {
  it('lists the cases due as the reference works them out from the raw events', async () => {
    for (const month of ['2025-12', '2022-06']) {
      const filters = { ...ALL, month };
      const got = agendaCases(await view<AgendaRow>(filters, agendaSql(filters)), month);
      const upTo = events.filter((e) => e.month <= month);
      const expected = [];
      for (const [pseudonym, months] of personMonths(upTo)) {
        const sorted = [...months.keys()].sort();
        const last = sorted[sorted.length - 1]!;
        const rank = months.get(last)!;
        let since = last;
        for (let i = sorted.length - 1; i >= 0 && months.get(sorted[i]!) === rank; i--) since = sorted[i]!;
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
        expected.push({ pseudonym, rank, since, last, measures, newConcerns });
      }
      expect(got.length).toBe(expected.length);
      expect(got.length).toBeGreaterThan(20);
      const byPseudonym = new Map(expected.map((e) => [e.pseudonym, e]));
      for (const c of got) {
        const e = byPseudonym.get(c.pseudonym)!;
        expect({ p: c.pseudonym, zone: c.zone, since: c.zoneSince, last: c.lastDiscussed, measures: c.measures, concerns: c.newConcerns }).toEqual({
          p: e.pseudonym, zone: ['green', 'yellow', 'orange', 'red'][e.rank - 1], since: e.since, last: e.last, measures: e.measures, concerns: e.newConcerns,
        });
      }
    }
  });
});

describe('measuresSql', () => {
  it('counts measures running and started as the reference does, with durations from start to end', async () => {
    const got = await view<{ measure: string; running: number; started_12m: number; median_months: number | null; ended: number; spells: number }>(ALL, measuresSql(ALL));
    const upTo = events.filter((e) => e.month <= '2025-12');
    for (const row of got) {
      const starts = upTo.filter((e) => e.event === 'measure_start' && e.category === row.measure);
      const ends = upTo.filter((e) => e.event === 'measure_end' && e.category === row.measure);
      const people = new Set(starts.map((e) => e.pseudonym));
      const running = [...people].filter((p) => starts.filter((e) => e.pseudonym === p).length > ends.filter((e) => e.pseudonym === p).length).length;
      expect([row.measure, row.running, row.spells, row.ended]).toEqual([row.measure, running, starts.length, ends.length]);
      expect(row.started_12m).toBe(starts.filter((e) => e.month >= '2025-01').length);
    }
    expect(got.map((row) => row.measure).sort()).toEqual([...new Set(upTo.filter((e) => e.event === 'measure_start').map((e) => e.category))].sort());
  });
});

describe('concernsSql', () => {
  it('counts concerns by type and agency over the 12 months to the month, as plain SQL does', async () => {
    const got = await view<{ concern_type: string; agency: string; concerns: number }>(ALL, concernsSql(ALL));
    const expected = await rows<{ concern_type: string; agency: string; concerns: number }>(`
      SELECT category AS concern_type, agency, count(*) AS concerns FROM read_parquet('${EVENTS}')
      WHERE event = 'concern' AND month BETWEEN '2025-01' AND '2025-12' GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(got).toEqual(expected);
  });
});

describe('pathSql and optionsSql', () => {
  it("gives one young person's events in order, and the filter options in the file", async () => {
    const someone = events.find((e) => e.event === 'measure_start')!.pseudonym;
    const got = await view<{ month: string; event: string }>(ALL, pathSql(ALL, someone));
    expect(got.length).toBe(events.filter((e) => e.pseudonym === someone).length);
    expect(got.map((r) => r.month)).toEqual([...got.map((r) => r.month)].sort());
    const [options] = await rows<{ months: string[]; ages: string[]; sexes: string[] }>(optionsSql());
    expect(options!.months.length).toBe(96);
    expect(options!.ages).toEqual(['12-17', '18-24']);
    expect(options!.sexes).toEqual(['female', 'male']);
  });
});
