import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../src/areas.ts';
import { buildIndicators, INDICATOR_COLUMNS } from '../src/indicators.ts';
import { INDICATOR_CODES } from '../src/indicator-specs.ts';
import { DEFAULT_PROFILE, loadProfile } from '../src/load-profile.ts';

const loaded = await loadProfile(DEFAULT_PROFILE);
const build = (seed: number, k: number) => buildIndicators(loaded.profile, { seed, k, real: loaded.real });
const { rows } = await build(20170901, 5);
const find = (match: Partial<(typeof rows)[number]>) =>
  rows.filter((row) => Object.entries(match).every(([key, value]) => row[key as keyof typeof row] === value));

describe('indicators', () => {
  it('has exactly the agreed columns', () => {
    expect(INDICATOR_COLUMNS.map((c) => `${c.name} ${c.type}`)).toEqual([
      'indicator VARCHAR',
      'area_code VARCHAR',
      'area VARCHAR',
      'area_level VARCHAR',
      'period VARCHAR',
      'year INTEGER',
      'sex VARCHAR',
      'age_group VARCHAR',
      'value DOUBLE',
      'numerator BIGINT',
      'denominator BIGINT',
      'unit VARCHAR',
      'source VARCHAR',
      'status VARCHAR',
      'published BOOLEAN',
    ]);
  });

  it('covers every indicator for the districts, Asker and Norway, 2015-2025 (NEET: the years SSB has, to 2024)', () => {
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(INDICATOR_CODES));
    for (const code of INDICATOR_CODES) {
      const areas = new Set(find({ indicator: code, year: 2023, age_group: code === 'neet' ? '16-25' : rows.find((r) => r.indicator === code)!.age_group }).map((r) => r.area));
      expect(areas).toEqual(new Set([...(code === 'neet' ? [] : ['Norge']), 'Asker', ...DISTRICTS.map((d) => d.name)]));
      expect(Math.max(...find({ indicator: code }).map((r) => r.year))).toBe(code === 'neet' ? 2024 : 2025);
    }
    // NEET 15-29 also for the comparison set and the country, from SSB only.
    const areas1529 = new Set(find({ indicator: 'neet', year: 2023, age_group: '15-29', sex: 'all' }).filter((r) => r.area_level !== 'district').map((r) => `${r.area_level}:${r.area}`));
    expect(areas1529).toEqual(new Set(['municipality:Asker', 'comparison:Bærum', 'comparison:Oslo', 'comparison:Drammen', 'comparison:Lillestrøm', 'country:Norge']));
  });

  it('has SSB table 13556 figures for Asker, its comparison set and Norway, literally', () => {
    const one = (match: Partial<(typeof rows)[number]>) => {
      const found = find({ indicator: 'neet', sex: 'all', ...match });
      expect(found).toHaveLength(1);
      expect(found[0]!.published).toBe(true);
      expect(found[0]!.source).toBe('Statistics Norway (SSB), table 13556, CC BY 4.0');
      return [found[0]!.numerator, found[0]!.denominator, found[0]!.value];
    };
    expect(one({ area: 'Asker', age_group: '15-29', year: 2022 })).toEqual([1483, 15854, 9.4]);
    expect(one({ area: 'Asker', age_group: '15-29', year: 2024 })).toEqual([1672, 16205, 10.3]);
    expect(one({ area: 'Bærum', age_group: '15-29', year: 2022 })).toEqual([1873, 21014, 8.9]);
    expect(one({ area: 'Oslo', age_group: '15-29', year: 2024 })).toEqual([16109, 159078, 10.1]);
    expect(one({ area: 'Norge', age_group: '15-29', year: 2022 })).toEqual([97162, 1026774, 9.5]);
    // 2019, before the reform: 0220 Asker + 0627 Røyken + 0628 Hurum on today's borders.
    expect(one({ area: 'Asker', age_group: '15-29', year: 2019 })).toEqual([1606, 15747, 10.2]);
  });

  it('keeps the published reference figures and marks every other figure synthetic', () => {
    const value = (match: Partial<(typeof rows)[number]>) => {
      const found = find({ sex: 'all', ...match });
      expect(found).toHaveLength(1);
      expect(found[0]!.published).toBe(true);
      return found[0]!.value;
    };
    expect(value({ indicator: 'neet', area: 'Asker', age_group: '16-25', period: '2020' })).toBe(11.0);
    expect(value({ indicator: 'child_welfare_per_1000', area: 'Norge', period: '2019' })).toBe(26.1);
    expect(value({ indicator: 'child_welfare_per_1000', area: 'Asker', period: '2019' })).toBe(19.7);
    expect(value({ indicator: 'low_income_children', area: 'Norge', period: '2013' })).toBe(11.0);
    expect(rows.filter((r) => r.published).every((r) => !r.source.startsWith('synthetic'))).toBe(true);
    expect(rows.filter((r) => !r.published).every((r) => r.source.startsWith('synthetic'))).toBe(true);
    expect(rows.filter((r) => r.area_level === 'district').every((r) => !r.published)).toBe(true);
  });

  it('never has more NEET, or more young people, in 16-25 than in 15-29 for the same area, sex and year', () => {
    let compared = 0;
    for (const small of find({ indicator: 'neet', age_group: '16-25' })) {
      const large = find({ indicator: 'neet', age_group: '15-29', area_code: small.area_code, sex: small.sex, year: small.year })[0];
      expect(large).toBeDefined();
      if (small.denominator !== null && large!.denominator !== null) expect(small.denominator).toBeLessThanOrEqual(large!.denominator);
      if (small.numerator !== null && large!.numerator !== null) {
        expect(small.numerator).toBeLessThanOrEqual(large!.numerator);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('has NEET for ages 16-25 and 15-29 and for all, girls and boys', () => {
    for (const age_group of ['16-25', '15-29']) {
      for (const sex of ['all', 'female', 'male'] as const) {
        expect(find({ indicator: 'neet', age_group, sex, area: 'Borgen' })).toHaveLength(10);
      }
    }
  });

  it('hides small district counts and their rates, and keeps the rest consistent', async () => {
    // At k = 5 the committed Asker file hides nothing; at k = 10 the same seed hides cells.
    const k = 10;
    const strict = (await build(20170901, k)).rows;
    const hidden = strict.filter((r) => r.status === ':');
    expect(hidden.length).toBeGreaterThan(50);
    // Mostly district figures; never a public figure (SSB's Asker and Norway), never a country's.
    expect(hidden.filter((r) => r.area_level === 'district').length).toBeGreaterThan(hidden.length * 0.9);
    expect(hidden.every((r) => !r.published && (r.area_level === 'district' || r.area_level === 'municipality'))).toBe(true);
    for (const row of hidden) {
      expect(row.value).toBeNull();
      expect(row.numerator).toBeNull();
    }
    for (const row of [...rows, ...strict.filter((r) => r.area_level === 'district')]) {
      const limit = strict.includes(row) ? k : 5;
      // The group a rate is about: for completion, those who did not complete.
      const group = row.numerator === null ? null : row.indicator === 'upper_secondary_completion' ? row.denominator! - row.numerator : row.numerator;
      if (group !== null) expect(group === 0 || group >= limit, `${row.indicator} ${row.area} ${row.period} ${row.sex}: ${group}`).toBe(true);
      if (row.numerator !== null && row.denominator) {
        const scale = row.unit === 'percent' ? 100 : 1000;
        expect(Math.abs(row.value! - (row.numerator / row.denominator) * scale)).toBeLessThanOrEqual(0.05 + 1e-9);
      }
    }
    // Girls and boys add up to all, and districts to Asker, wherever the counts are shown.
    const numerator = (r: (typeof rows)[number], sex: string) =>
      find({ indicator: r.indicator, area_code: r.area_code, period: r.period, age_group: r.age_group, sex: sex as never })[0]!.numerator;
    let checked = 0;
    for (const all of rows.filter((r) => (r.area_level === 'district' || r.area_level === 'municipality') && r.sex === 'all' && r.indicator === 'neet')) {
      const [a, f, m] = [numerator(all, 'all'), numerator(all, 'female'), numerator(all, 'male')];
      if (a !== null && f !== null && m !== null) {
        expect(f + m).toBe(a);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('is the same from the same seed', async () => {
    expect(await build(20170901, 5)).toEqual(await build(20170901, 5));
  });
});
