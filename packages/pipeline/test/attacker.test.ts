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
 * Not modelled here: the yearly escalation figures (`case_moves`: sums over quarterly
 * histories that are not published) and the withheld grains (months, meetings, transitions
 * of persons), which add no equation a reader could use.
 */
const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../data');
const PREVIOUS = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/concerns-2026-01');
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
 * The indicators with hidden counts (data/README.md): per indicator, age group and period,
 * unknown the numerator of each district and sex; the municipality's figure is the sum of its
 * districts, sex `all` the sum of female and male. A numerator shown as ':' is hidden (>= 1);
 * '..' (no data) says nothing. The country's figures are SSB's and add no equation.
 *
 * Each 3-year window is its own table here: the synthetic windows are drawn window by window,
 * not summed from yearly counts, so "a window is the sum of its three years" contradicts the
 * committed numerators (the solver finds no solution). Real pooled windows do nest; with them
 * this model must gain the years as atoms (data/README.md says so).
 */
function indicatorModel(rows: readonly Row[]): Model {
  const model = new Model();
  const atoms = new Map<string, number>();
  const atomOf = (area: string, sex: string, period: string) => {
    const key = `${area}|${sex}|${period}`;
    if (!atoms.has(key)) atoms.set(key, model.atom());
    return atoms.get(key)!;
  };
  const districts = [...new Set(rows.filter((row) => row.area_level === 'district').map((row) => String(row.area)))];
  for (const row of rows) {
    if (row.status === '..' || (row.area_level !== 'district' && row.area_level !== 'municipality')) continue;
    const areas = row.area_level === 'district' ? [String(row.area)] : districts;
    const sexes = row.sex === 'all' ? ['female', 'male'] : [String(row.sex)];
    const terms = areas.flatMap((area) => sexes.map((sex) => atomOf(area, sex, String(row.period))));
    model.published(`${String(row.indicator)} ${String(row.area)} ${String(row.period)} ${String(row.sex)}`, terms, count(row.numerator));
  }
  return model;
}

describe('our own attacker, on the committed public files', () => {
  it('recovers no hidden concern figure and pins no withheld one to 1..k-1', async () => {
    const model = await concernModel(DATA, true);
    expect(model.figures.filter((f) => f.hidden && !f.unpublished).length).toBeGreaterThan(0);
    expect(await leaks(model, K)).toEqual([]);
  });

  it('bites: on the previous release (each grain suppressed on its own) it recovers hidden months', async () => {
    const found = await leaks(await concernModel(PREVIOUS, false), K);
    // The 2018 theft months: five hidden, the year's 6 shown, zeros shown: each is 1 or 2.
    expect(found).toContainEqual(expect.objectContaining({ figure: 'concerns_monthly 2018-03 theft/all', max: 2 }));
    expect(found.length).toBeGreaterThan(10);
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

  it('recovers no hidden indicator numerator across districts, the municipality and sexes', async () => {
    const rows = await read(join(DATA, 'indicators.parquet'));
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const key = `${String(row.indicator)}|${String(row.age_group)}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    // Only where something is hidden is there anything to recover.
    const withHidden = [...groups].filter(([, group]) => group.some((row) => row.status === ':' && row.area_level !== 'country'));
    expect(withHidden.map(([key]) => key)).toContain('ungdata_bullied|13-15');
    for (const [key, group] of withHidden) expect(await leaks(indicatorModel(group), K), key).toEqual([]);
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
