import { findDisclosures } from '@slt/disclosure';
import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL, crossCount } from '../src/aggregate.ts';
import { caseYears, quartersBetween, TRANSITION_FROM, TRANSITION_TO, zoneTransitions } from '../src/case-periods.ts';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { generateAll, INTERNAL_FILES, PUBLIC_FILES } from '../src/generate.ts';
import type { Register } from '../src/generate-register.ts';
import { QUASI_IDENTIFIERS } from '../src/k-anonymity.ts';
import { openDuckDB, readMetadata } from '../src/parquet.ts';
import { silentProgress } from '../src/progress.ts';
import { demoKey } from '../src/pseudonym.ts';
import { readRegister } from '../src/register-io.ts';
import { connect, query, sqlString } from './helpers.ts';
import { GRAIN_DIMENSIONS, timeGrainAudit } from './time-grains.ts';

const COMMITTED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data');
const K = DEFAULT_CONFIG.k;
/** The yearly case files, one linked table per year: each file's classifying columns. */
const YEARLY_CASE_FILES = {
  [PUBLIC_FILES.caseCounts]: ['zone', 'district_group', 'age_band', 'sex', 'measure'],
  [PUBLIC_FILES.caseZones]: ['zone', 'district_group'],
  [PUBLIC_FILES.caseMeasures]: ['measure'],
  [PUBLIC_FILES.caseDemography]: ['age_band', 'sex'],
} as const;
const CASE_FILES = [
  ...Object.keys(YEARLY_CASE_FILES),
  PUBLIC_FILES.caseMonthly,
  PUBLIC_FILES.caseMeetings,
  PUBLIC_FILES.concernsMonthly,
  PUBLIC_FILES.transitions,
];
const PUBLIC_PARQUET = [PUBLIC_FILES.indicators, ...CASE_FILES];
const INTERNAL_PARQUET = [INTERNAL_FILES.cases, INTERNAL_FILES.events];

let dir: string;
let register: Register;
let db: DuckDBConnection;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slt-pipeline-'));
  await generateAll(await openDuckDB(), { config: DEFAULT_CONFIG, dataDir: dir, progress: silentProgress, key: demoKey() });
  db = await connect();
  register = await readRegister(db, join(dir, 'raw'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Strings from the raw register that must never leave it. */
function secrets(): { exact: string[]; anywhere: string[] } {
  const anywhere = new Set<string>();
  const exact = new Set<string>();
  for (const p of register.persons) {
    anywhere.add(p.national_id);
    anywhere.add(p.birth_date);
    anywhere.add(`${p.first_name} ${p.last_name}`);
    exact.add(p.first_name);
    exact.add(p.last_name);
    exact.add(p.school);
  }
  for (const row of [...register.concerns, ...register.meetings, ...register.measures]) anywhere.add(row.note);
  // Birth dates as a municipality might also write them (DD.MM.YYYY) and the ID's first six digits.
  for (const p of register.persons) {
    const [y, m, d] = p.birth_date.split('-');
    anywhere.add(`${d}.${m}.${y}`);
  }
  return { exact: [...exact], anywhere: [...anywhere] };
}

describe('generate', () => {
  it('writes a raw register with identifiers and free text (so the scans below mean something)', () => {
    expect(register.persons.length).toBeGreaterThan(300);
    expect(register.persons.every((p) => /^\d{11}$/.test(p.national_id))).toBe(true);
    expect(register.concerns.some((c) => c.note.includes(register.persons[0]!.first_name) || c.note.length > 20)).toBe(true);
  });

  it('keeps every national ID, name, birth date and note out of the public and internal files, byte for byte', async () => {
    const { anywhere } = secrets();
    // Snappy would hide text inside compressed pages, so each file is also scanned as an
    // uncompressed copy; the raw register is scanned the same way as a control.
    const scan = async (file: string): Promise<string[]> => {
      const copies = [readFileSync(join(dir, file))];
      if (file.endsWith('.parquet')) {
        const plain = join(dir, `${file.replaceAll('/', '_')}.plain`);
        await db.run(
          `COPY (SELECT * FROM read_parquet(${sqlString(join(dir, file))})) TO ${sqlString(plain)} (FORMAT parquet, COMPRESSION uncompressed)`,
        );
        copies.push(readFileSync(plain));
      }
      const texts = copies.flatMap((bytes) => [bytes.toString('latin1'), bytes.toString('utf8')]);
      return anywhere.filter((secret) => texts.some((text) => text.includes(secret))).map((secret) => `${file}: ${secret}`);
    };
    const found: string[] = [];
    for (const file of [...PUBLIC_PARQUET, ...INTERNAL_PARQUET, PUBLIC_FILES.report]) found.push(...(await scan(file)));
    expect(found).toEqual([]);
    expect((await scan('raw/persons.parquet')).length).toBeGreaterThan(register.persons.length);
    expect((await scan('raw/concerns.parquet')).length).toBeGreaterThan(register.concerns.length / 2);
  });

  it('keeps them out as data too: no value in any column equals or contains one', async () => {
    const { anywhere, exact } = secrets();
    const exactSet = new Set(exact);
    const idNumbers = new Set(register.persons.map((p) => Number(p.national_id)));
    const found: string[] = [];
    for (const file of [...PUBLIC_PARQUET, ...INTERNAL_PARQUET]) {
      const rows = await query(db, `SELECT * FROM read_parquet(${sqlString(join(dir, file))})`);
      const strings = new Set<string>();
      for (const row of rows) {
        for (const value of Object.values(row)) {
          if (typeof value === 'string') strings.add(value);
          if ((typeof value === 'number' || typeof value === 'bigint') && idNumbers.has(Number(value))) {
            found.push(`${file}: an ID number as a number`);
          }
        }
      }
      for (const value of strings) {
        if (exactSet.has(value)) found.push(`${file}: ${value} (a name or school)`);
        for (const secret of anywhere) if (value.includes(secret)) found.push(`${file}: ${secret}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('writes record-level internal files that are k-anonymous on age band, sex, area and period', async () => {
    for (const file of INTERNAL_PARQUET) {
      const path = sqlString(join(dir, file));
      const classes = await query<{ persons: bigint }>(
        db,
        `SELECT age_band, sex, area_code AS area, period, count(DISTINCT pseudonym) AS persons
         FROM read_parquet(${path}) GROUP BY ALL ORDER BY persons`,
      );
      expect(classes.length).toBeGreaterThan(0);
      expect(Number(classes[0]!.persons), `smallest class in ${file}`).toBeGreaterThanOrEqual(K);
      const columns = (await query<{ column_name: string }>(db, `DESCRIBE SELECT * FROM read_parquet(${path})`)).map(
        (c) => c.column_name,
      );
      expect(columns).toEqual(expect.arrayContaining(['pseudonym', 'age_band', 'sex', 'area_code', 'period']));
      for (const dropped of ['national_id', 'first_name', 'last_name', 'birth_date', 'school', 'note', 'date']) {
        expect(columns).not.toContain(dropped);
      }
      expect(QUASI_IDENTIFIERS).toContain('area');
    }
  });

  it('shows no count of 1..k-1 in the public case files', async () => {
    for (const file of CASE_FILES) {
      const count = file === PUBLIC_FILES.concernsMonthly ? 'concerns' : 'persons';
      const rows = await query<{ small: bigint; hidden: bigint; inconsistent: bigint }>(
        db,
        `SELECT count(*) FILTER (WHERE ${count} BETWEEN 1 AND ${K - 1}) AS small,
                count(*) FILTER (WHERE status = ':') AS hidden,
                count(*) FILTER (WHERE (status = ':') <> (${count} IS NULL)) AS inconsistent
         FROM read_parquet(${sqlString(join(dir, file))})`,
      );
      expect(Number(rows[0]!.small), file).toBe(0);
      expect(Number(rows[0]!.hidden), file).toBeGreaterThan(0);
      expect(Number(rows[0]!.inconsistent), file).toBe(0);
    }
  });

  it('publishes transitions from which no hidden count can be recomputed', async () => {
    const quarters = quartersBetween(2018, 2025);
    const truth = zoneTransitions(register, quarters);
    const published = await query<Record<string, unknown>>(
      db,
      `SELECT * FROM read_parquet(${sqlString(join(dir, PUBLIC_FILES.transitions))})`,
    );
    for (const quarter of quarters) {
      const cells = crossCount(
        truth.filter((t) => t.quarter === quarter),
        [
          ['from_zone', TRANSITION_FROM, (t) => t.from],
          ['to_zone', TRANSITION_TO, (t) => t.to],
        ],
      );
      const rows = published.filter((r) => r.period === quarter);
      const ordered = cells.map((cell) => {
        const row = rows.find((r) => r.from_zone === cell.from_zone && r.to_zone === cell.to_zone)!;
        return { ...row, value: row.persons === null ? null : Number(row.persons) };
      });
      expect(findDisclosures(cells, ordered, { k: K, dimensions: ['from_zone', 'to_zone'] })).toEqual([]);
    }
  });

  it('publishes the yearly case files as one linked table per year: audited together, nothing recomputable', async () => {
    const dims = YEARLY_CASE_FILES[PUBLIC_FILES.caseCounts];
    const key = (r: Record<string, unknown>) => dims.map((d) => r[d] ?? ALL).join('|');
    // Every file's rows in the five-dimensional layout ('all' where a file has no column).
    const union = new Map<string, Record<string, unknown>>();
    const inFile = new Map<string, Set<string>>();
    for (const [file, own] of Object.entries(YEARLY_CASE_FILES)) {
      const rows = await query<Record<string, unknown>>(db, `SELECT * FROM read_parquet(${sqlString(join(dir, file))})`);
      inFile.set(file, new Set(rows.map((r) => `${r.year}|${key(r)}`)));
      for (const row of rows) {
        const cell: Record<string, unknown> = { year: row.year, persons: row.persons === null ? null : Number(row.persons), status: row.status };
        for (const d of dims) cell[d] = own.includes(d as never) || file === PUBLIC_FILES.caseCounts ? row[d] : ALL;
        const id = `${row.year}|${key(cell)}`;
        const seen = union.get(id);
        if (seen) expect([seen.persons, seen.status], `${file} ${id} disagrees with another file`).toEqual([cell.persons, cell.status]);
        else union.set(id, cell);
      }
    }
    // case_counts is exactly the union of the narrower files.
    const narrower = new Set([...inFile].filter(([file]) => file !== PUBLIC_FILES.caseCounts).flatMap(([, ids]) => [...ids]));
    expect([...inFile.get(PUBLIC_FILES.caseCounts)!].sort()).toEqual([...narrower].sort());

    const years = caseYears(register);
    let audited = 0;
    for (const year of [...new Set(years.map((y) => y.year))]) {
      // The truth, recounted here independently of the aggregate step.
      const truth = new Map<string, number>();
      for (const y of years.filter((c) => c.year === year)) {
        // Orange and red are also counted together (the published category orange_or_red).
        const zones = y.zoneEnd === 'orange' || y.zoneEnd === 'red' ? [y.zoneEnd, 'orange_or_red'] : [y.zoneEnd];
        for (const zone of zones) {
          const own = [zone, groupOf(y.person.district_code), ageBandPublic(y.age), y.person.sex, y.mainMeasure];
          for (let mask = 0; mask < 1 << dims.length; mask += 1) {
            if (zone === 'orange_or_red' && mask & 1) continue; // 'all' counted once, from the zone itself
            const combo = own.map((v, d) => (mask & (1 << d) ? ALL : v)).join('|');
            truth.set(combo, (truth.get(combo) ?? 0) + 1);
          }
        }
      }
      const rows = [...union.values()].filter((r) => r.year === year);
      const cells = rows.map((r) => ({ ...r, value: truth.get(key(r)) ?? 0 }));
      const shown = rows.map((r) => ({ ...r, value: r.persons }));
      const hierarchy = { all: ['green', 'yellow', 'orange_or_red'], orange_or_red: ['orange', 'red'] };
      const dimensions = dims.map((d) => (d === 'zone' ? { name: d, hierarchy } : d));
      expect(findDisclosures(cells, shown, { k: K, dimensions }), `year ${year}`).toEqual([]);
      audited += 1;
    }
    expect(audited).toBe(8);
  });

  it('publishes no count that nested time grains give away: year, quarter, month and meeting audited together', async () => {
    const read = (file: string) => query<Record<string, unknown>>(db, `SELECT * FROM read_parquet(${sqlString(join(dir, file))})`);
    const dims = YEARLY_CASE_FILES[PUBLIC_FILES.caseCounts];
    const truth = new Map<string, number>();
    for (const y of caseYears(register)) {
      const zones = y.zoneEnd === 'orange' || y.zoneEnd === 'red' ? [y.zoneEnd, 'orange_or_red'] : [y.zoneEnd];
      for (const zone of zones) {
        const own = [zone, groupOf(y.person.district_code), ageBandPublic(y.age), y.person.sex, y.mainMeasure];
        for (let mask = 0; mask < 1 << dims.length; mask += 1) {
          if (zone === 'orange_or_red' && mask & 1) continue;
          const combo = `${y.year}|${own.map((v, d) => (mask & (1 << d) ? ALL : v)).join('|')}`;
          truth.set(combo, (truth.get(combo) ?? 0) + 1);
        }
      }
    }
    const yearly = (await read(PUBLIC_FILES.caseCounts)).map((r) => ({ ...r, value: truth.get(`${r.year}|${dims.map((d) => r[d]).join('|')}`) ?? 0 }));
    const audit = timeGrainAudit(register, {
      yearly,
      monthly: await read(PUBLIC_FILES.caseMonthly),
      meetings: await read(PUBLIC_FILES.caseMeetings),
      transitions: await read(PUBLIC_FILES.transitions),
    });
    const zoneHierarchy = (extra: Record<string, string[]>) => ({ orange_or_red: ['orange', 'red'], ...extra });
    const dimensions = GRAIN_DIMENSIONS.map((d) =>
      d === 'zone' ? { name: d, hierarchy: zoneHierarchy({ all: ['green', 'yellow', 'orange_or_red'] }) }
      : d === 'from_zone' ? { name: d, hierarchy: zoneHierarchy({ all: ['new', 'green', 'yellow', 'orange_or_red'] }) }
      : d === 'to_zone' ? { name: d, hierarchy: zoneHierarchy({ all: ['green', 'yellow', 'orange_or_red', 'closed'] }) }
      : d,
    );
    const options = { k: K, dimensions, relations: audit.relations, unpublished: audit.unpublished };
    const shown = audit.cells.map((c) => ({ ...c, value: c.shown }));
    const problems = findDisclosures(audit.cells, shown, options).map(({ row, kind }) => {
      const c = audit.cells[row]!;
      return `${kind}: ${GRAIN_DIMENSIONS.map((d) => c[d]).filter((v) => v !== '-').join(' ')} = ${c.value}`;
    });
    expect(problems).toEqual([]);
    expect(audit.relations.length).toBeGreaterThan(8 * 5 + 32 * 5 + 96 * 5);
  }, 300_000);

  it('keeps the municipality zone counts visible in most years (what the dashboards lead with)', async () => {
    const rows = await query<{ year: number; zone: string; persons: bigint | null }>(
      db,
      `SELECT year, zone, persons FROM read_parquet(${sqlString(join(dir, PUBLIC_FILES.caseZones))}) WHERE district_group = 'all'`,
    );
    const visible = (zone: string) => rows.filter((r) => r.zone === zone && r.persons !== null).length;
    expect(visible('all')).toBe(8);
    expect(visible('green')).toBeGreaterThanOrEqual(5);
    expect(visible('yellow')).toBeGreaterThanOrEqual(5);
    expect(visible('orange_or_red')).toBeGreaterThanOrEqual(5);
    // Months, quarterly transitions and meetings are withheld (data/README.md, "The history audit").
    const months = await query<{ visible: bigint }>(db, `SELECT count(persons) AS visible FROM read_parquet(${sqlString(join(dir, PUBLIC_FILES.caseMonthly))})`);
    expect(Number(months[0]!.visible)).toBe(0);
  });

  it('publishes monthly, per-meeting and concern tables from which no hidden count can be recomputed', async () => {
    const read = (file: string) => query<Record<string, unknown>>(db, `SELECT * FROM read_parquet(${sqlString(join(dir, file))})`);
    const shownOf = (rows: Record<string, unknown>[], count: string) =>
      rows.map((r) => ({ ...r, value: r[count] === null ? null : Number(r[count]) }));
    // Persons per month and per meeting, by the zone at their last meeting of the period.
    const meetings = [...register.meetings].sort((a, b) => a.date.localeCompare(b.date) || a.meeting_id - b.meeting_id);
    for (const [file, periodOf, column] of [
      [PUBLIC_FILES.caseMonthly, (date: string) => date.slice(0, 7), 'period'],
      [PUBLIC_FILES.caseMeetings, (date: string) => date, 'meeting_date'],
    ] as const) {
      const last = new Map<string, Map<number, string>>();
      for (const m of meetings) {
        const period = periodOf(m.date);
        last.set(period, (last.get(period) ?? new Map()).set(m.person_id, m.zone));
      }
      const published = await read(file);
      for (const [period, rows] of groupBy(published, (r) => String(r[column]))) {
        const zones = [...(last.get(period)?.values() ?? [])];
        const cells = rows.map((r) => ({ ...r, value: zones.filter((z) => r.zone === ALL || z === r.zone).length }));
        expect(findDisclosures(cells, shownOf(rows, 'persons'), { k: K, dimensions: ['zone'] }), `${file} ${period}`).toEqual([]);
      }
    }
    // Concerns per month by type and by agency, linked through the month's total.
    const published = await read(PUBLIC_FILES.concernsMonthly);
    for (const [month, rows] of groupBy(published, (r) => String(r.period))) {
      const cells = rows.map((r) => {
        const matching = register.concerns.filter(
          (c) => c.date.startsWith(month) && (r.concern_type === ALL || c.concern_type === r.concern_type) && (r.agency === ALL || c.agency === r.agency),
        );
        return { ...r, value: matching.length, persons: new Set(matching.map((c) => c.person_id)).size };
      });
      const options = { k: K, dimensions: ['concern_type', 'agency'], personsField: 'persons' };
      expect(findDisclosures(cells, shownOf(rows, 'concerns').map((r, i) => ({ ...r, persons: cells[i]!.persons })), options), month).toEqual([]);
    }
    expect(new Set(published.map((r) => r.period)).size).toBe(96);
  });

  it('puts the slt.* metadata on every Parquet file', async () => {
    for (const file of [...PUBLIC_PARQUET, ...INTERNAL_PARQUET]) {
      const meta = await readMetadata(db, join(dir, file));
      expect(meta['slt.synthetic']).toBe('true');
      expect(meta['slt.k']).toBe(String(K));
      expect(meta['slt.updated']).toBe(DEFAULT_CONFIG.updated);
      expect(meta['slt.tier']).toBe(file.startsWith('internal/') ? 'internal' : 'public');
      for (const key of ['slt.title', 'slt.source', 'slt.description']) expect(meta[key]?.length).toBeGreaterThan(10);
      if (file.startsWith('internal/')) continue;
      for (const key of ['slt.title', 'slt.source', 'slt.description']) {
        for (const language of ['nb', 'nn', 'da', 'en']) expect(meta[`${key}.${language}`]?.length, `${file} ${key}.${language}`).toBeGreaterThan(10);
      }
      // The footer adds "Kilde:" and the full stop itself.
      expect(meta['slt.source.nb']).not.toMatch(/^Kilde|\.$/);
      const columns = (await query<{ column_name: string }>(db, `DESCRIBE SELECT * FROM read_parquet(${sqlString(join(dir, file))})`)).map((c) => c.column_name);
      for (const name of [...meta['slt.count_columns']!.split(','), ...meta['slt.dimensions']!.split(',')]) expect(columns, file).toContain(name);
    }
    const cases = await readMetadata(db, join(dir, PUBLIC_FILES.caseCounts));
    expect(cases['slt.count_columns']).toBe('persons');
    expect(cases['slt.dimensions']).toBe('zone,district_group,age_band,sex,measure');
    expect((await readMetadata(db, join(dir, PUBLIC_FILES.transitions)))['slt.dimensions']).toBe('from_zone,to_zone');
    const indicators = await readMetadata(db, join(dir, PUBLIC_FILES.indicators));
    expect(indicators['slt.count_columns']).toBe('numerator,denominator');
    expect(indicators['slt.rate_columns']).toBe('value=numerator/denominator');
    expect(indicators['slt.source.nb']).toBe('Statistisk sentralbyrå (SSB), tabell 13556, CC BY 4.0 for kommunene og landet; syntetiske tall for delområdene og ellers');
  });

  it('reproduces the committed data/ byte for byte (same seed, same files)', () => {
    for (const file of [...PUBLIC_PARQUET, ...INTERNAL_PARQUET, PUBLIC_FILES.report]) {
      const fresh = readFileSync(join(dir, file));
      const committed = readFileSync(join(COMMITTED, file));
      expect(fresh.equals(committed), `${file} differs from data/${file}: run the generate command`).toBe(true);
    }
  });

  it('keeps committed files small', () => {
    for (const file of [...PUBLIC_PARQUET, ...INTERNAL_PARQUET]) {
      expect(readFileSync(join(COMMITTED, file)).length).toBeLessThan(1_000_000);
    }
    // No register as published (register-as-published.ts): the synthetic one is drawn again from its seed.
    expect(readdirSync(join(dir, 'raw')).sort()).toEqual(['concerns.parquet', 'measures.parquet', 'meetings.parquet', 'persons.parquet']);
  });
});

function groupOf(districtCode: string): string {
  const n = Number(districtCode.slice(-2));
  return n <= 3 ? '3203-G1' : n <= 5 ? '3203-G2' : n <= 8 ? '3203-G3' : '3203-G4';
}

function ageBandPublic(age: number): string {
  return age <= 14 ? '12-14' : age <= 17 ? '15-17' : '18-24';
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
