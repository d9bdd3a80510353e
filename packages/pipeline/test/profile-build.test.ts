import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { openDuckDB } from '../src/parquet.ts';
import { generateProfile } from '../src/profile-build.ts';
import { ReleaseCheckError } from '../src/release-check.ts';
import { INDICATOR_HISTORY_FILE } from '../src/release-history.ts';
import { silentProgress } from '../src/progress.ts';
import type { ReadOptions } from '../src/sources.ts';
import { connect, query } from './helpers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/sources');
const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'profiles', name), 'utf8')) as Record<string, any>;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'slt-profile-'));
  // The profiles' relative paths (../data/sources/...) resolve from work/profiles.
  mkdirSync(join(work, 'profiles'));
  cpSync(join(ROOT, 'data/sources'), join(work, 'data/sources'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes a (changed) profile into the work folder and builds it into `out`. */
async function build(profile: Record<string, any>, out: string, options: ReadOptions & { previous?: string | null } = {}) {
  const path = join(work, 'profiles', `${profile.id}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(profile));
  return generateProfile(await openDuckDB(), path, DEFAULT_CONFIG, silentProgress, { ...options, output: out });
}

/** Every file in a folder with a hash of its bytes. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, createHash('sha256').update(readFileSync(join(folder, name))).digest('hex')]));
}

describe('generate --profile: from the recorded public sources to the indicator file', () => {
  it('Asker: SSB 13556 through the whole path, one line across the 2020 and 2024 reforms with its notes', async () => {
    const out = join(work, 'out-asker');
    await build(read('asker.json'), out);
    const db = await connect();
    const rows = await query<{ year: number; area: string; area_code: string; numerator: bigint; denominator: bigint; value: number; published: boolean }>(
      db,
      `SELECT year, area, area_code, numerator, denominator, value, published FROM '${out}/indicators.parquet'
       WHERE indicator = 'neet' AND age_group = '15-29' AND sex = 'all' AND area_level = 'municipality' ORDER BY year`,
    );
    // One series under today's code 3203, 2015-2024, with no gap at 2019/2020 or 2023/2024.
    expect(rows.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(new Set(rows.map((r) => `${r.area_code} ${r.area}`))).toEqual(new Set(['3203 Asker']));
    const at = (year: number) => rows.find((r) => r.year === year)!;
    expect([at(2019).numerator, at(2019).denominator]).toEqual([1606n, 15747n]); // 0220 + 0627 + 0628
    expect([at(2022).numerator, at(2022).denominator, at(2022).value]).toEqual([1483n, 15854n, 9.4]); // 3025
    expect([at(2023).published, at(2024).numerator, at(2024).denominator]).toEqual([true, 1672n, 16205n]); // 3203
    const published = JSON.parse(readFileSync(join(out, 'profile.json'), 'utf8'));
    const asker = published.notes.filter((note: { area: string }) => note.area === 'Asker');
    expect(asker.map((n: any) => [n.first, n.last, n.areaChanged])).toEqual([[2015, 2019, true], [2020, 2023, false]]);
    expect(asker[0].text.nb).toBe(
      'Asker 2015–2019: summen av 0220 Asker, 0627 Røyken, 0628 Hurum, som ble slått sammen etter 2019. Tallene gjelder dagens område, så årene før og etter kan sammenlignes.',
    );
    expect(asker[1].text.en).toBe('Asker 2020–2023: municipality code 3025 Asker (same area, another code).');
    const metadata = await query<{ key: string; value: string }>(db, `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${out}/indicators.parquet')`);
    const source = metadata.find((m) => m.key === 'slt.source.nb')!.value;
    expect(source).toContain('Statistisk sentralbyrå (SSB), tabell 13556, CC BY 4.0');
    expect(metadata.find((m) => m.key === 'slt.description.nb')!.value).toContain('som ble slått sammen etter 2019');
    // Each public row's source (the English credit) in every language, for the widgets' footers.
    const rowSources = JSON.parse(metadata.find((m) => m.key === 'slt.row_sources')!.value);
    const credited = await query<{ source: string }>(db, `SELECT DISTINCT source FROM '${out}/indicators.parquet' WHERE published AND source LIKE 'Statistics Norway%'`);
    expect(credited.length).toBeGreaterThan(0);
    for (const { source } of credited) expect(Object.keys(rowSources[source]).sort()).toEqual(['da', 'en', 'nb', 'nn']);
    expect(rowSources['Statistics Norway (SSB), table 13556, CC BY 4.0'].nb).toBe('Statistisk sentralbyrå (SSB), tabell 13556, CC BY 4.0');
  }, 60_000);

  it('Bærum: SSB codes 0219 -> 3024 -> 3201 as one series, Asker and Oslo as comparison areas', async () => {
    const out = join(work, 'out-baerum');
    await build(read('baerum.json'), out);
    const rows = await query<{ year: number; area: string; area_level: string; numerator: bigint; denominator: bigint }>(
      await connect(),
      `SELECT year, area, area_level, numerator, denominator FROM '${out}/indicators.parquet'
       WHERE indicator = 'neet' AND age_group = '15-29' AND sex = 'all' AND year IN (2019, 2022, 2024) AND area_level <> 'district' ORDER BY area_level, area, year`,
    );
    const get = (area: string, year: number) => rows.find((r) => r.area === area && r.year === year);
    expect(get('Bærum', 2022)).toMatchObject({ area_level: 'municipality', numerator: 1873n, denominator: 21014n });
    expect(get('Bærum', 2024)).toMatchObject({ numerator: 2069n, denominator: 21594n });
    expect(get('Asker', 2019)).toMatchObject({ area_level: 'comparison', numerator: 1606n, denominator: 15747n });
    expect(get('Oslo', 2024)).toMatchObject({ area_level: 'comparison', numerator: 16109n, denominator: 159078n });
    expect(get('Norge', 2022)).toMatchObject({ area_level: 'country', numerator: 97162n, denominator: 1026774n });
  }, 60_000);

  it('a comparison area whose old municipality was divided (Hitra, 2020): its series starts at the reform, with a note saying why', async () => {
    const profile = structuredClone(read('baerum.json'));
    profile.comparison.areas.push({ code: '5056', name: 'Hitra' });
    const out = join(work, 'out-hitra');
    await build(profile, out);
    const rows = await query<{ year: number; numerator: bigint; denominator: bigint }>(
      await connect(),
      `SELECT year, numerator, denominator FROM '${out}/indicators.parquet'
       WHERE indicator = 'neet' AND age_group = '15-29' AND sex = 'all' AND area_code = '5056' ORDER BY year`,
    );
    // SSB lists the old Hitra (1617, 5013) among the divided municipalities ("K.Rest"): Hitra took
    // part of Snillfjord in 2020, so 5013's 873 people aged 15-29 in 2019 are another area.
    expect(rows[0]).toMatchObject({ year: 2020, numerator: 75n, denominator: 936n });
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    const published = JSON.parse(readFileSync(join(out, 'profile.json'), 'utf8'));
    const hitra = published.notes.filter((note: { area: string }) => note.area === 'Hitra');
    expect(hitra.map((n: any) => [n.indicator, n.first, n.last, n.areaChanged])).toEqual([['neet', 2015, 2019, true]]);
    expect(hitra[0].text.nb).toBe(
      'Hitra 2015–2019: ingen tall for dagens område. Den gamle kommunen (1617 Hitra, 5013 Hitra) ble delt mellom flere kommuner etter 2019, så tallene gjelder et annet område og er utelatt.',
    );
    expect(hitra[0].text.en).toContain('was divided between several municipalities after 2019');
    // Bærum's own series is untouched by the added comparison area.
    expect(published.notes.filter((note: { area: string }) => note.area === 'Bærum').map((n: any) => n.first)).toEqual([2015, 2020]);
  }, 60_000);

  it('København: DST NEET2 16-24 for the municipality, its comparison set and Denmark, in Danish definitions', async () => {
    const out = join(work, 'out-kbh');
    await build(read('kobenhavn.json'), out);
    const rows = await query<{ year: number; area: string; sex: string; numerator: bigint; denominator: bigint; value: number }>(
      await connect(),
      `SELECT year, area, sex, numerator, denominator, value FROM '${out}/indicators.parquet'
       WHERE indicator = 'neet' AND age_group = '16-24' AND area_level <> 'district' AND year = 2019 ORDER BY area, sex`,
    );
    const get = (area: string, sex = 'all') => rows.find((r) => r.area === area && r.sex === sex);
    expect(get('København')).toMatchObject({ numerator: 8040n, denominator: 87168n, value: 9.2 });
    expect(get('Hele landet')).toMatchObject({ numerator: 69812n, denominator: 659027n, value: 10.6 });
    expect(get('Frederiksberg')).toMatchObject({ numerator: 880n, denominator: 12696n });
    const published = JSON.parse(readFileSync(join(out, 'profile.json'), 'utf8'));
    expect(published.language).toBe('da');
    expect(published.youth.definition.da).toContain('16–24 år');
    expect(published.youth.credit.da).toBe('Danmarks Statistik, tabel NEET2, CC BY 4.0');
  }, 60_000);
});

describe('generate --profile: bad input stops the build with one line and writes nothing', () => {
  let out: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    out = join(work, 'out-kept');
    await build(read('baerum.json'), out);
    before = snapshot(out);
  }, 60_000);

  const cases: Array<[string, (p: Record<string, any>) => void, RegExp, ReadOptions?]> = [
    ['an unknown indicator', (p) => (p.indicators[1].code = 'neets'), /\.json: indicators\[1\]\.code: unknown indicator "neets" \(known: neet, /],
    ['a district without a position', (p) => delete p.districts[3].tile, /\.json: districts\[3\] \("Østerås"\): no tile position \(tile: \[column, row\]\)$/],
    ['a code the history does not know', (p) => (p.comparison.areas[1] = { code: '9999', name: 'Atlantis' }), /\.json: comparison\.areas\[1\]\.code: "9999" \(Atlantis\) is not a municipality code in .*ssb-kommuner-1994-2024\.csv$/],
    ['an old code in place of today\'s', (p) => (p.comparison.areas[0] = { code: '3025', name: 'Asker' }), /"3025" \(Asker\) is not a municipality code in .* \(it is now 3203\)$/],
    [
      'a JSON-stat response of the wrong table',
      (p) => Object.assign(p.sources['ssb-13556-kommuner'], { kind: 'ssb-pxweb', file: join(FIXTURES, 'ssb-07221-boligprisindeks.jsonstat2.json') }),
      /source ssb-13556-kommuner \(.*ssb-07221-boligprisindeks\.jsonstat2\.json\): the response is table 07221, the profile expects 13556$/,
    ],
    [
      'a JSON-stat response of the wrong shape (1.x where PxWebApi gives 2.0)',
      (p) => Object.assign(p.sources['ssb-13556-kommuner'], { kind: 'ssb-pxweb', file: join(FIXTURES, 'dst-straf42-2024.jsonstat1.json') }),
      /source ssb-13556-kommuner \(.*\): not JSON-stat 2\.0 \(PxWebApi answers with "version": "2\.0"; ask for outputFormat=json-stat2\)$/,
    ],
    [
      'a DST source given JSON-stat 2.0',
      (p) => Object.assign(p.sources['ssb-13556-kommuner'], { kind: 'dst-statbank', file: join(FIXTURES, 'ssb-07221-boligprisindeks.jsonstat2.json') }),
      /: JSON-stat 2\.0 where the StatBank API gives JSON-stat 1\.x/,
    ],
    [
      'an API error',
      (p) => (p.sources['ssb-13556-kommuner'].file = join(work, 'not-recorded-yet.json')),
      /source ssb-13556-kommuner \(.*not-recorded-yet\.json\): https:\/\/data\.ssb\.no\/api\/pxwebapi\/v2\/tables\/13556\/data\?.* answered 503 Service Unavailable$/,
      { fetch: async () => new Response('busy', { status: 503, statusText: 'Service Unavailable' }) },
    ],
    [
      'an API that does not answer',
      (p) => (p.sources['ssb-13556-kommuner'].file = join(work, 'not-recorded-yet.json')),
      /: https:\/\/data\.ssb\.no\/.* did not answer within 0\.05 s$/,
      {
        timeoutMs: 50,
        fetch: (_url, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
      },
    ],
    [
      'a CSV with a missing column',
      (p) => {
        const csv = readFileSync(join(work, 'data/sources/ssb-13556-neet-15-29-kommuner.csv'), 'utf8').replace('komnr,region,tid,alder,kjonn,tot,NEET', 'komnr,region,tid,alder,kjonn,tot,neet');
        writeFileSync(join(work, 'broken.csv'), csv);
        p.sources['ssb-13556-kommuner'].file = join(work, 'broken.csv');
      },
      /broken\.csv\): missing column NEET \(the header has komnr, region, tid, alder, kjonn, tot, neet\)$/,
    ],
  ];

  it.each(cases)('%s', async (_name, change, message, options) => {
    const profile = structuredClone(read('baerum.json'));
    change(profile);
    const error = await build(profile, out, options).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(message);
    expect(error!.message).not.toContain('\n');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dirname(out)).filter((name) => name.startsWith('.out-kept'))).toEqual([]);
  }, 60_000);
});

describe('generate --profile: a municipality\'s own district figures (CSV)', () => {
  it('uses them for the districts, suppressed at k like every district figure, and credits them', async () => {
    const profile = structuredClone(read('baerum.json'));
    // 16-25 by district and sex in 2024: one district has only 3 girls NEET.
    const lines = ['bydel,aar,alder,kjonn,neet,befolkning'];
    profile.districts.forEach((district: { code: string }, d: number) => {
      lines.push(`${district.code},2024,16-25,K,${d === 4 ? 3 : 40 + d},${800 + d}`);
      lines.push(`${district.code},2024,16-25,M,${50 + d},${820 + d}`);
    });
    writeFileSync(join(work, 'own-districts.csv'), `${lines.join('\n')}\n`);
    profile.sources.own = {
      kind: 'csv',
      table: 'Bærum kommune, NEET by district',
      file: join(work, 'own-districts.csv'),
      credit: { nb: 'Bærum kommune', nn: 'Bærum kommune', da: 'Bærum Kommune', en: 'Bærum municipality' },
      definition: { nb: 'NEET 16-25', nn: 'NEET 16-25', da: 'NEET 16-25', en: 'NEET 16-25' },
      columns: { area: 'bydel', year: 'aar', age: 'alder', sex: 'kjonn' },
      numerator: { column: 'neet' },
      denominator: { column: 'befolkning' },
      ageGroups: { '16-25': '16-25' },
      sexes: { K: 'female', M: 'male' },
    };
    profile.indicators[0].sources.push('own');
    const out = join(work, 'out-own');
    await build(profile, out);
    const rows = await query<{ area_code: string; sex: string; numerator: bigint | null; denominator: bigint; status: string | null; published: boolean; source: string }>(
      await connect(),
      `SELECT area_code, sex, numerator, denominator, status, published, source FROM '${out}/indicators.parquet'
       WHERE indicator = 'neet' AND age_group = '16-25' AND year = 2024 AND area_level IN ('district', 'municipality') ORDER BY area_code, sex`,
    );
    const get = (code: string, sex: string) => rows.find((r) => r.area_code === code && r.sex === sex)!;
    // Every district cell shown is the CSV's figure, public and credited to the municipality.
    let shown = 0;
    profile.districts.forEach((district: { code: string }, d: number) => {
      for (const [sex, numerator, denominator] of [['female', d === 4 ? 3 : 40 + d, 800 + d], ['male', 50 + d, 820 + d]] as const) {
        const row = get(district.code, sex);
        expect(row).toMatchObject({ denominator: BigInt(denominator), published: true, source: 'Bærum municipality' });
        if (row.numerator !== null) {
          expect(row.numerator).toBe(BigInt(numerator));
          shown += 1;
        }
      }
    });
    expect(shown).toBeGreaterThan(12);
    // 3 is below k = 5: hidden, and so is one more cell that would give it away.
    expect(get('3201-05', 'female')).toMatchObject({ numerator: null, status: ':' });
    expect(rows.filter((r) => r.status === ':').length).toBeGreaterThanOrEqual(2);
    expect(get('3201', 'all')).toMatchObject({ numerator: BigInt(lines.slice(1).reduce((sum, line) => sum + Number(line.split(',')[4]), 0)), published: true });
    // Other years keep the synthetic model, and say so.
    const other = await query<{ source: string }>(await connect(), `SELECT DISTINCT source FROM '${out}/indicators.parquet' WHERE indicator = 'neet' AND age_group = '16-25' AND year = 2023 AND area_level = 'district'`);
    expect(other.map((r) => r.source)).toEqual(['synthetic, modelled on SSB table 13556, adding up to the public municipal figures']);

    // Next year's build, the same figures: it goes in. Then a district's 2024 girls revised
    // by 2 (a late registration): refused against the published file, which stays as it was.
    await build(profile, out);
    const published = snapshot(out);
    writeFileSync(join(work, 'own-districts.csv'), `${lines.map((line, i) => (i === 1 ? line.replace(/,40,800$/, ',42,800') : line)).join('\n')}\n`);
    expect(readFileSync(join(work, 'own-districts.csv'), 'utf8')).toContain(',42,800');
    const refused = await build(profile, out).then(() => undefined, (error: unknown) => error as ReleaseCheckError);
    expect(refused).toBeInstanceOf(ReleaseCheckError);
    // The district's girls are hidden there (next to the small cell), but its total moves by 2,
    // and the secondary suppression moves with it: each a problem of its own.
    expect(refused!.problems).toContainEqual(expect.objectContaining({ file: 'indicators.parquet', kind: 'revised-by-few', before: 90, after: 92 }));
    expect(snapshot(out)).toEqual(published);
    // Said to be a first release (nothing published before), it goes in, with no history.
    await build(profile, out, { previous: null });
    expect(snapshot(out)).not.toEqual(published);
    expect(existsSync(join(out, INDICATOR_HISTORY_FILE))).toBe(false);

    // 42, then 48 (+6: goes in, and 42 is kept in the folder's history), then 43: -5 from the
    // last release, but +1 from the one before it, which a reader also kept. Refused. (Above
    // the 41 girls of the next district, so the same cells stay hidden throughout.)
    const girls = (value: number) =>
      writeFileSync(join(work, 'own-districts.csv'), `${lines.map((line, i) => (i === 1 ? line.replace(/,40,800$/, `,${value},800`) : line)).join('\n')}\n`);
    girls(48);
    await build(profile, out);
    expect(existsSync(join(out, INDICATOR_HISTORY_FILE))).toBe(true);
    const second = snapshot(out);
    girls(43);
    const twoBack = await build(profile, out).then(() => undefined, (error: unknown) => error as ReleaseCheckError);
    expect(twoBack).toBeInstanceOf(ReleaseCheckError);
    expect(twoBack!.problems).toContainEqual(expect.objectContaining({ kind: 'revised-by-few', before: 92, after: 93, releasesBack: 2 }));
    expect(twoBack!.problems.filter((problem) => problem.releasesBack === undefined)).toEqual([]);
    expect(twoBack!.message).toContain('(against the release 2 back)');
    expect(snapshot(out)).toEqual(second);

    // The published file moved away (to the web server) with the history left: not a first
    // release by default. Said to be one, the history is kept under a dated name.
    rmSync(join(out, 'indicators.parquet'));
    await expect(build(profile, out)).rejects.toThrow(/keeps a release history \(indicators\.release-history\.json\) but not the release it belongs to/);
    await build(profile, out, { previous: null });
    expect(existsSync(join(out, INDICATOR_HISTORY_FILE))).toBe(false);
    expect(readdirSync(out).filter((name) => name.startsWith('indicators.release-history.until-'))).toHaveLength(1);
  }, 180_000);
});
