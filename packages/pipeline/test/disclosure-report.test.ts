import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../data');

/**
 * The committed disclosure report says only what is safe: the rules, k, the protection
 * interval, which checks ran and that they passed, and each file's rows. Nothing in it may
 * bound a hidden cell: no counts of primary or secondary cells, of small remainders, of
 * groups under k, and no register totals.
 */
describe('disclosure-report.json', () => {
  const report = JSON.parse(readFileSync(join(REPO_DATA, 'disclosure-report.json'), 'utf8')) as Record<string, unknown>;

  it('holds the rules, k, the protection interval and the checks, all passed', () => {
    expect(Object.keys(report).sort()).toEqual(['checks', 'internal', 'k', 'protectionInterval', 'public', 'rules', 'seed', 'synthetic', 'updated']);
    expect(report.k).toBe(5);
    expect(String(report.protectionInterval)).toMatch(/5 or more/);
    const checks = report.checks as Array<{ check: string; files: string[]; passed: boolean }>;
    expect(checks.length).toBeGreaterThanOrEqual(3);
    for (const check of checks) expect(check.passed).toBe(true);
    expect(checks.some((c) => /histories/.test(c.check))).toBe(true);
  });

  it('says nothing that bounds a hidden cell', () => {
    const text = JSON.stringify(report);
    for (const word of ['primary"', 'secondary"', 'zero"', 'smallRemainders', 'remainders"', 'failingGroups', 'register"', 'meetings"', 'concerns"', 'eventsOutside']) {
      expect(text, word).not.toContain(word);
    }
    // The only numbers: k, the seed of the synthetic register and each file's rows.
    const numbers: Array<[string, number]> = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'number') numbers.push([path, value]);
      else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    };
    walk(report, '');
    for (const [path] of numbers) expect(path).toMatch(/^\.(k|seed)$|^\.public\.[a-z_]+\.(parquet)\.rows$/);
    const files = report.public as Record<string, Record<string, unknown>>;
    for (const entry of Object.values(files)) expect(Object.keys(entry)).toEqual(['rows']);
  });
});

/** The share of cells a reader sees on each case view: at least what data/README.md states. */
describe('visible shares of the committed case files', async () => {
  const { connect, query } = await import('./helpers.ts');
  const db = await connect();
  const share = async (file: string, column: string, where = 'true') => {
    const [row] = await query<{ v: bigint | number; n: bigint | number }>(db, `SELECT count(${column}) AS v, count(*) AS n FROM read_parquet('${join(REPO_DATA, file)}') WHERE ${where}`);
    return Number(row!.v) / Number(row!.n);
  };
  it.each([
    ['case_zones.parquet', 'persons', "district_group = 'all'", 0.5],
    ['case_demography.parquet', 'persons', 'true', 0.9],
    ['case_measures.parquet', 'persons', 'true', 0.6],
    ['case_moves.parquet', 'moves', 'true', 0.9],
    ['concerns_yearly.parquet', 'concerns', 'true', 0.83],
    ['concerns_rolling.parquet', 'concerns', "month = 12", 0.83],
    ['concerns_monthly.parquet', 'concerns', "concern_type = 'all' AND agency = 'all'", 0.94],
  ])('%s (%s where %s) shows at least %f of its cells', async (file, column, where, least) => {
    expect(await share(file, column, where)).toBeGreaterThanOrEqual(least);
  });
  // Withheld grains (data/README.md) publish no count at all, so the joint audit's premises hold.
  it.each([
    ['concerns_monthly.parquet', "concern_type <> 'all' OR agency <> 'all'"],
    ['concerns_rolling.parquet', 'month <> 12'],
    ['case_monthly.parquet', 'true'],
    ['case_meetings.parquet', 'true'],
    ['zone_transitions.parquet', 'true'],
  ])('%s publishes no count where %s (withheld)', async (file, where) => {
    const column = file.startsWith('concerns') ? 'concerns' : 'persons';
    expect(await share(file, column, where)).toBe(0);
  });
  it('shows the municipality orange-or-red, yellow and green figures in most years', async () => {
    for (const zone of ['orange_or_red', 'yellow', 'green', 'all']) {
      expect(await share('case_zones.parquet', 'persons', `district_group = 'all' AND zone = '${zone}'`), zone).toBeGreaterThan(0.5);
    }
  });
});
