import { evaluate, openReader, type JointFigure, type JointModel, type Term } from '@slt/disclosure/integer-audit';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { connect, query } from './helpers.ts';

/**
 * An attacker of our own, kept apart from the pipeline: it reads only the committed public
 * files and what data/README.md says they mean, writes every published figure as a sum of
 * unknown whole numbers (>= 0), and solves with HiGHS (as the publisher does) the range of
 * every hidden figure (known to be >= 1: zeros are shown) and every withheld one (>= 0).
 * It uses none of the pipeline's code or its true counts.
 *
 * What counts as a leak is the protection interval of data/README.md: a hidden figure whose
 * range cannot reach k (a reader knows it is 1..k-1) or holds one value (recovered
 * exactly); a withheld figure pinned to 1..k-1 (it can be neither 0 nor k or more).
 *
 * The yearly escalation figures (`case_moves`) are modelled by what their definition says
 * within the file: a year's moves are up, down or the same (`all = up + down + same`). Their
 * parts, the quarters' transitions of persons, are withheld, and the file's rows are moves,
 * not persons, so they add no equation with the yearly case tables a reader could use; the
 * withheld grains (months, meetings, transitions) add none either.
 */
const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../data');
/**
 * The concern files as the method before this release made them, of another synthetic
 * register (seed 4242; the folder's README says how): what the attacker breaks there says
 * nothing about the register the committed files are from.
 */
const OLD_METHOD = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/concerns-old-method-seed-4242');
const K = 5;

type Row = Record<string, unknown>;
interface Leak {
  readonly figure: string;
  readonly min: number;
  readonly max: number;
}

/** The figures of a model, each with a name to report it by. */
class Model {
  readonly figures: Array<JointFigure & { name: string }> = [];
  readonly balances: Term[][] = [];
  atoms = 0;
  atom(): number {
    return this.atoms++;
  }
  /** A published figure: its value, or hidden (null) when the file shows ':'. */
  published(name: string, terms: readonly number[], value: number | null): void {
    this.figures.push({ name, terms: terms.map((a) => [a, 1] as const), value: value ?? 0, hidden: value === null });
  }
  /** A figure the README says is withheld: only >= 0 is known. */
  withheld(name: string, terms: readonly number[]): void {
    this.figures.push({ name, terms: terms.map((a) => [a, 1] as const), value: 0, hidden: true, unpublished: true });
  }
}

/**
 * Every hidden or withheld figure that breaks the protection interval, with its range.
 * Each solution the solver finds shows values a reader cannot rule out for every figure,
 * so most figures need no solve of their own.
 */
async function leaks(model: Model, k: number): Promise<Leak[]> {
  const joint: JointModel = { atoms: model.atoms, balances: model.balances, figures: model.figures };
  const seen = model.figures.map(() => ({ lo: Infinity, hi: -Infinity }));
  const note = (atoms: ArrayLike<number>) =>
    model.figures.forEach((figure, i) => {
      if (!figure.hidden) return;
      const value = Math.round(evaluate(figure.terms, atoms));
      seen[i]!.lo = Math.min(seen[i]!.lo, value);
      seen[i]!.hi = Math.max(seen[i]!.hi, value);
    });
  const safe = (i: number) => {
    const { lo, hi } = seen[i]!;
    return model.figures[i]!.unpublished ? lo === 0 || hi >= k : hi >= k && lo < hi;
  };
  const reader = await openReader(joint);
  const found: Leak[] = [];
  try {
    for (const [i, figure] of model.figures.entries()) {
      if (!figure.hidden || safe(i)) continue;
      const high = reader.solve(figure.terms, 'max');
      if (!high) throw new Error('the published figures contradict each other (no solution)');
      note(high.atoms);
      if (safe(i)) continue;
      const low = reader.solve(figure.terms, 'min')!;
      note(low.atoms);
      if (!safe(i)) found.push({ figure: figure.name, min: low.optimum, max: high.optimum });
    }
  } finally {
    reader.dispose();
  }
  return found;
}

const read = async (file: string): Promise<Row[]> => {
  const db = await connect();
  return query(db, `SELECT * FROM read_parquet('${file}')`);
};
const count = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * The concerns (data/README.md, "Concerns: months and years audited jointly"): unknown per
 * month, each type's and each agency's concerns; per month the types and the agencies add
 * up to the same total; a year's figure is the sum of its months. `withheldByType`: the rows
 * by type or agency of a month are withheld (this release) rather than published.
 */
async function concernModel(dir: string, withheldByType: boolean): Promise<Model> {
  const monthly = await read(join(dir, 'concerns_monthly.parquet'));
  const yearly = await read(join(dir, 'concerns_yearly.parquet'));
  const model = new Model();
  const atoms = new Map<string, number>();
  const atomOf = (period: string, type: string, agency: string) => {
    const key = `${period}|${type}|${agency}`;
    if (!atoms.has(key)) atoms.set(key, model.atom());
    return atoms.get(key)!;
  };
  const periods = [...new Set(monthly.map((row) => String(row.period)))].sort();
  const types = [...new Set(monthly.map((row) => String(row.concern_type)))].filter((t) => t !== 'all');
  const agencies = [...new Set(monthly.map((row) => String(row.agency)))].filter((a) => a !== 'all');
  const termsOf = (months: readonly string[], type: string, agency: string) =>
    months.flatMap((period) => (type !== 'all' ? [atomOf(period, type, 'all')] : agency !== 'all' ? [atomOf(period, 'all', agency)] : types.map((t) => atomOf(period, t, 'all'))));
  for (const period of periods) {
    model.balances.push([...types.map((t): Term => [atomOf(period, t, 'all'), 1]), ...agencies.map((a): Term => [atomOf(period, 'all', a), -1])]);
  }
  for (const row of monthly) {
    const [type, agency] = [String(row.concern_type), String(row.agency)];
    const name = `concerns_monthly ${String(row.period)} ${type}/${agency}`;
    const terms = termsOf([String(row.period)], type, agency);
    if (withheldByType && (type !== 'all' || agency !== 'all')) model.withheld(name, terms);
    else model.published(name, terms, count(row.concerns));
  }
  for (const row of yearly) {
    const [type, agency] = [String(row.concern_type), String(row.agency)];
    const months = periods.filter((period) => period.startsWith(`${String(row.year)}-`));
    model.published(`concerns_yearly ${String(row.year)} ${type}/${agency}`, termsOf(months, type, agency), count(row.concerns));
  }
  return model;
}

/**
 * The yearly case tables of one year (data/README.md): `case_counts` is the union of the zone,
 * measure and age x sex tables, every row a margin of one table of young people by district
 * group x zone x main measure x age band x sex ('all' is the sum over a dimension,
 * `orange_or_red` is orange + red). A district group's count by zone is withheld.
 */
function caseYearModel(rows: readonly Row[]): Model {
  const dimensions = ['district_group', 'zone', 'measure', 'age_band', 'sex'] as const;
  const leaves = Object.fromEntries(
    dimensions.map((d) => [d, [...new Set(rows.map((row) => String(row[d])))].filter((v) => v !== 'all' && v !== 'orange_or_red')]),
  ) as Record<(typeof dimensions)[number], string[]>;
  const model = new Model();
  const cells: Array<{ atom: number; at: Record<string, string> }> = [];
  const cross = (i: number, at: Record<string, string>): void => {
    if (i === dimensions.length) {
      cells.push({ atom: model.atom(), at });
      return;
    }
    for (const value of leaves[dimensions[i]!]) cross(i + 1, { ...at, [dimensions[i]!]: value });
  };
  cross(0, {});
  const matches = (category: string, leaf: string) => category === 'all' || category === leaf || (category === 'orange_or_red' && (leaf === 'orange' || leaf === 'red'));
  for (const row of rows) {
    const terms = cells.filter((cell) => dimensions.every((d) => matches(String(row[d]), cell.at[d]!))).map((cell) => cell.atom);
    const name = `case_counts ${String(row.year)} ${dimensions.map((d) => String(row[d])).join('/')}`;
    if (row.district_group !== 'all' && row.zone !== 'all') model.withheld(name, terms);
    else model.published(name, terms, count(row.persons));
  }
  return model;
}

/**
 * The indicators (data/README.md, "`indicators.parquet`", "Pooled windows and nested age
 * groups"): unknown, per indicator, the count of the group it is about (the numerator; for
 * upper secondary completion the pupils who did **not** complete, denominator - numerator)
 * in each district and sex (female and male, or only `all`) and period; the municipality is
 * the sum of its districts, sex `all` the sum of female and male. Two more relations:
 *
 * - a **pooled** 3-year window (`2021-2023` of upper secondary completion and of Ungdata) is
 *   the sum of its three years: the unknowns are the years, never published (withheld);
 * - **NEET 16-25 lies inside NEET 15-29** for the same district, sex and year: 15-29 is the
 *   16-25 count plus the rest (aged 15 or 26-29), which is withheld.
 *
 * A numerator shown as ':' is hidden (>= 1); '..' (no data) and a value shown without its
 * numerator (the municipality's own reference figure) say nothing. The country's and the
 * comparison areas' figures are SSB's and add no equation about the districts.
 */
const POOLED = new Set(['upper_secondary_completion', 'ungdata_bullied', 'ungdata_lonely']);
const COMPLEMENT = new Set(['upper_secondary_completion']);
const NESTED: Readonly<Record<string, string>> = { '16-25': '15-29' };

/** The yearly moves on the ladder (data/README.md, `case_moves`): per year all = up + down + same. */
function movesModel(rows: readonly Row[]): Model {
  const model = new Model();
  const directions = ['up', 'down', 'same'] as const;
  for (const year of [...new Set(rows.map((row) => Number(row.year)))].sort()) {
    const atoms = directions.map(() => model.atom());
    const moves = (direction: string) => count(rows.find((row) => Number(row.year) === year && row.direction === direction)?.moves);
    directions.forEach((direction, i) => model.published(`case_moves ${year} ${direction}`, [atoms[i]!], moves(direction)));
    model.published(`case_moves ${year} all`, atoms, moves('all'));
  }
  return model;
}

function indicatorModel(rows: readonly Row[]): Model {
  const model = new Model();
  const atoms = new Map<string, number>();
  const atomOf = (key: string) => {
    if (!atoms.has(key)) atoms.set(key, model.atom());
    return atoms.get(key)!;
  };
  const local = rows.filter((row) => row.area_level === 'district' || row.area_level === 'municipality');
  const districts = [...new Set(local.filter((row) => row.area_level === 'district').map((row) => String(row.area)))];
  const partSexes = local.some((row) => row.sex === 'female') ? ['female', 'male'] : ['all'];
  const sexesOut = [...new Set(local.map((row) => String(row.sex)))];
  const indicator = String(local[0]?.indicator);
  const pooled = POOLED.has(indicator);
  const yearsOf = (period: string) => {
    const [first, last] = period.split('-').map(Number) as [number, number];
    return pooled && last !== undefined ? Array.from({ length: last - first + 1 }, (_, i) => String(first + i)) : [period];
  };
  const inner = Object.fromEntries(Object.entries(NESTED).map(([child, parent]) => [parent, child]));
  const hasAge = (age: string | undefined, period: string) => age !== undefined && local.some((row) => row.age_group === age && row.period === period && row.area_level === 'district');
  /** The unknowns one district and sex of an age group and period add up. */
  const cellTerms = (age: string, district: string, sex: string, period: string): number[] => {
    const child = inner[age];
    if (hasAge(child, period)) return [...cellTerms(child!, district, sex, period), atomOf(`rest of ${age}|${district}|${sex}|${period}`)];
    return yearsOf(period).map((year) => atomOf(`${age}|${district}|${sex}|${year}`));
  };
  const terms = (age: string, area: string | null, sex: string, each: (age: string, d: string, s: string) => number[]) =>
    (area === null ? districts : [area]).flatMap((d) => (sex === 'all' ? partSexes : [sex]).flatMap((s) => each(age, d, s)));
  const withheldPeriods = new Set<string>();
  for (const row of local) {
    const period = String(row.period);
    if (row.status === '..' || (row.numerator === null && row.status !== ':')) continue;
    const area = row.area_level === 'district' ? String(row.area) : null;
    const age = String(row.age_group);
    if (!hasAge(age, period)) continue; // a municipality-only age group (20-24): no districts to add up
    const numerator = count(row.numerator);
    const value = numerator === null ? null : COMPLEMENT.has(indicator) ? Number(row.denominator) - numerator : numerator;
    model.published(`${indicator} ${age} ${String(row.area)} ${period} ${String(row.sex)}`, terms(age, area, String(row.sex), (a, d, s) => cellTerms(a, d, s, period)), value);
    withheldPeriods.add(`${age}|${period}`);
  }
  // What nobody publishes: each year of a pooled window, the rest of a larger age group.
  const withheldYears = new Set<string>();
  for (const key of withheldPeriods) {
    const [age, period] = key.split('|') as [string, string];
    if (pooled) for (const year of yearsOf(period)) withheldYears.add(`${age}|${year}`);
    const child = inner[age];
    if (!hasAge(child, period)) continue;
    for (const area of [...districts, null]) {
      for (const sex of sexesOut) {
        model.withheld(`${indicator} rest of ${age} less ${child!} ${area ?? 'municipality'} ${period} ${sex}`, terms(age, area, sex, (a, d, s) => [atomOf(`rest of ${a}|${d}|${s}|${period}`)]));
      }
    }
  }
  for (const key of withheldYears) {
    const [age, year] = key.split('|') as [string, string];
    for (const area of [...districts, null]) {
      for (const sex of sexesOut) {
        model.withheld(`${indicator} ${age} ${area ?? 'municipality'} year ${year} ${sex}`, terms(age, area, sex, (a, d, s) => [atomOf(`${a}|${d}|${s}|${year}`)]));
      }
    }
  }
  return model;
}

describe('our own attacker, on the committed public files', () => {
  it('recovers no hidden concern figure and pins no withheld one to 1..k-1', async () => {
    const model = await concernModel(DATA, true);
    expect(model.figures.filter((f) => f.hidden && !f.unpublished).length).toBeGreaterThan(0);
    expect(await leaks(model, K)).toEqual([]);
  });

  it('bites: on the method before this release (each grain suppressed on its own) it recovers hidden months', async () => {
    const found = await leaks(await concernModel(OLD_METHOD, false), K);
    // Recovered exactly (another register than the committed one: naming its figures is safe).
    expect(found).toContainEqual({ figure: 'concerns_monthly 2018-07 theft/all', min: 1, max: 1 });
    expect(found.length).toBeGreaterThan(100);
  }, 300_000);

  // The 4-party group holds the internal tier as well as the public files. The internal
  // events left out the concerns of a year without a meeting (the December concern before a
  // first meeting in January), and each published concern figure less the internal tier's
  // count of the same concerns was 1 to k-1 people in several cells (found by a privacy review).
  it('the 4-party group learns nothing by subtracting the internal tier: each published concern figure is its count there, or at least k more', async () => {
    const events = (await read(join(DATA, 'internal/case_events.parquet'))).filter((row) => row.event === 'concern');
    expect(events.length).toBeGreaterThan(500);
    const internal = (period: string, type: string, agency: string) =>
      events.filter((e) => String(e.month).startsWith(period) && (type === 'all' || e.category === type) && (agency === 'all' || e.agency === agency)).length;
    const gaps: string[] = [];
    const check = (name: string, published: unknown, period: string, type: string, agency: string) => {
      if (published === null || published === undefined) return;
      const gap = Number(published) - internal(period, type, agency);
      if (gap < 0 || (gap >= 1 && gap < K)) gaps.push(`${name}: ${gap}`);
    };
    for (const row of await read(join(DATA, 'concerns_monthly.parquet'))) {
      check(`concerns_monthly ${String(row.period)} ${String(row.concern_type)}/${String(row.agency)}`, row.concerns, String(row.period), String(row.concern_type), String(row.agency));
    }
    for (const row of await read(join(DATA, 'concerns_yearly.parquet'))) {
      check(`concerns_yearly ${String(row.year)} ${String(row.concern_type)}/${String(row.agency)}`, row.concerns, `${String(row.year)}-`, String(row.concern_type), String(row.agency));
    }
    expect(gaps).toEqual([]);
  });

  it('recovers no hidden yearly case figure and pins no withheld one to 1..k-1, year by year', async () => {
    const rows = await read(join(DATA, 'case_counts.parquet'));
    const years = [...new Set(rows.map((row) => Number(row.year)))].sort();
    expect(years.length).toBeGreaterThan(5);
    for (const year of years) {
      const model = caseYearModel(rows.filter((row) => Number(row.year) === year));
      expect(await leaks(model, K), String(year)).toEqual([]);
    }
  });

  it('recovers no hidden indicator count and pins no withheld year of a pooled window or rest of NEET 15-29 to 1..k-1', async () => {
    let withheld = 0;
    for (const file of ['indicators.parquet', 'baerum/indicators.parquet', 'kobenhavn/indicators.parquet']) {
      const rows = await read(join(DATA, file));
      for (const indicator of new Set(rows.map((row) => String(row.indicator)))) {
        const model = indicatorModel(rows.filter((row) => row.indicator === indicator));
        withheld += model.figures.filter((f) => f.unpublished).length;
        expect(await leaks(model, K), `${file} ${indicator}`).toEqual([]);
      }
    }
    expect(withheld).toBeGreaterThan(2000);
  }, 300_000);

  it('bites: 16-25 drawn apart from 15-29 (as before this release), each table suppressed on its own, pins a rest of 15-29 less 16-25', async () => {
    // Hand-made, as the files before this release were: each age group's table on its own
    // has no small cell, so both are shown, and Nord's boys are 20 NEET aged 15-29 and 16 aged
    // 16-25: the rest (aged 15 or 26-29) is 4.
    const row = (age_group: string, area: string, area_level: string, sex: string, numerator: number) =>
      ({ indicator: 'neet', age_group, sex, area, area_level, period: '2022', numerator: BigInt(numerator), denominator: 900n, status: null });
    const table = (age: string, [nordMale, nordFemale, sorMale, sorFemale]: readonly number[]): Row[] => [
      row(age, 'Nord', 'district', 'male', nordMale!), row(age, 'Nord', 'district', 'female', nordFemale!), row(age, 'Nord', 'district', 'all', nordMale! + nordFemale!),
      row(age, 'Sør', 'district', 'male', sorMale!), row(age, 'Sør', 'district', 'female', sorFemale!), row(age, 'Sør', 'district', 'all', sorMale! + sorFemale!),
      row(age, 'Kommunen', 'municipality', 'male', nordMale! + sorMale!), row(age, 'Kommunen', 'municipality', 'female', nordFemale! + sorFemale!),
      row(age, 'Kommunen', 'municipality', 'all', nordMale! + nordFemale! + sorMale! + sorFemale!),
    ];
    const rows = [...table('15-29', [20, 28, 25, 30]), ...table('16-25', [16, 18, 15, 20])];
    expect(await leaks(indicatorModel(rows), K)).toEqual([{ figure: 'neet rest of 15-29 less 16-25 Nord 2022 male', min: 4, max: 4 }]);
  });

  it('bites: pooled windows that are all shown (none below k) can pin a year, which the window-by-window model misses', async () => {
    // Two districts, sex `all`, years 2013..2021; Nord's years 3, 5, 1, 6, 0, 4, 2, 4, 4, Sør's 10 each.
    // Every window is 6 or more, so window by window nothing is hidden. But the windows fix each
    // year up to three shifts (years 3 apart move together): 2013 can go down by at most 2 (2019
    // is 2) and up by at most 0 + 1 (the least of the other two classes), so it is 1..4.
    const nord = [3, 5, 1, 6, 0, 4, 2, 4, 4];
    const rows = (indicator: string): Row[] =>
      nord.slice(2).flatMap((_, i) => {
        const period = `${2013 + i}-${2015 + i}`;
        const window = nord[i]! + nord[i + 1]! + nord[i + 2]!;
        const row = (area: string, area_level: string, numerator: number) => ({ indicator, age_group: '13-15', sex: 'all', area, area_level, period, numerator: BigInt(numerator), denominator: 600n, status: null });
        return [row('Nord', 'district', window), row('Sør', 'district', 30), row('Kommunen', 'municipality', window + 30)];
      });
    expect(Math.min(...rows('ungdata_bullied').map((row) => Number(row.numerator)))).toBeGreaterThanOrEqual(K);
    expect(await leaks(indicatorModel(rows('ungdata_bullied')), K)).toEqual([{ figure: 'ungdata_bullied 13-15 Nord year 2013 all', min: 1, max: 4 }]);
    // The same figures as windows of their own (persistent low income is no sum of years): nothing.
    expect(await leaks(indicatorModel(rows('persistent_low_income_children')), K)).toEqual([]);
  });

  it('recovers no hidden yearly move up or down the ladder', async () => {
    const rows = await read(join(DATA, 'case_moves.parquet'));
    expect(rows.filter((row) => row.moves === null).length).toBeGreaterThan(0);
    expect(await leaks(movesModel(rows), K)).toEqual([]);
  });

  it('bites: with one of a year\'s two hidden moves shown, the moves model recovers the other', async () => {
    const rows = await read(join(DATA, 'case_moves.parquet'));
    const hiddenYear = Number(rows.find((row) => row.moves === null)!.year);
    const inYear = rows.filter((row) => Number(row.year) === hiddenYear);
    const hidden = inYear.filter((row) => row.moves === null);
    expect(hidden).toHaveLength(2);
    const [shownRow, other] = hidden as [Row, Row];
    const all = Number(inYear.find((row) => row.direction === 'all')!.moves);
    const visible = inYear.filter((row) => row.moves !== null && row.direction !== 'all').reduce((sum, row) => sum + Number(row.moves), 0);
    const revealed = rows.map((row) => (row === shownRow ? { ...row, moves: 1n, status: null } : row));
    const expected = all - visible - 1;
    expect(await leaks(movesModel(revealed), K)).toContainEqual({ figure: `case_moves ${hiddenYear} ${String(other.direction)}`, min: expected, max: expected });
  });

  it('bites: with one hidden cell of a pair shown, the case model recovers the other', async () => {
    const rows = (await read(join(DATA, 'case_counts.parquet'))).filter((row) => Number(row.year) === 2025);
    const cell = (age: string, sex: string) => rows.find((row) => row.zone === 'all' && row.district_group === 'all' && row.measure === 'all' && row.age_band === age && row.sex === sex)!;
    // 12-14: female and male hidden beside a visible total (7 in the committed data).
    expect(cell('12-14', 'female').persons).toBeNull();
    expect(cell('12-14', 'male').persons).toBeNull();
    const total = Number(cell('12-14', 'all').persons);
    const shown = rows.map((row) => (row === cell('12-14', 'female') ? { ...row, persons: 2, status: null } : row));
    expect(await leaks(caseYearModel(shown), K)).toContainEqual({ figure: 'case_counts 2025 all/all/all/12-14/male', min: total - 2, max: total - 2 });
  });
});
