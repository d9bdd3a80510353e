import { suppressTable, type Dimension } from '@slt/disclosure';
import { COUNTRY, DISTRICTS, MUNICIPALITY } from './areas.ts';
import { FIRST_YEAR, LAST_YEAR } from './config.ts';
import { INDICATORS, type IndicatorSpec, type Reference, type Sex } from './indicator-specs.ts';
import type { Column } from './parquet.ts';
import { Random } from './prng.ts';

/** The tidy indicator table. The engine and widgets are written against these columns. */
export const INDICATOR_COLUMNS: readonly Column[] = [
  { name: 'indicator', type: 'VARCHAR' },
  { name: 'area_code', type: 'VARCHAR' },
  { name: 'area', type: 'VARCHAR' },
  { name: 'area_level', type: 'VARCHAR' },
  { name: 'period', type: 'VARCHAR' },
  { name: 'year', type: 'INTEGER' },
  { name: 'sex', type: 'VARCHAR' },
  { name: 'age_group', type: 'VARCHAR' },
  { name: 'value', type: 'DOUBLE' },
  { name: 'numerator', type: 'BIGINT' },
  { name: 'denominator', type: 'BIGINT' },
  { name: 'unit', type: 'VARCHAR' },
  { name: 'source', type: 'VARCHAR' },
  { name: 'status', type: 'VARCHAR' },
  { name: 'published', type: 'BOOLEAN' },
];

export type AreaLevel = 'district' | 'municipality' | 'country';

export interface IndicatorRow {
  indicator: string;
  area_code: string;
  area: string;
  area_level: AreaLevel;
  period: string;
  year: number;
  sex: Sex;
  age_group: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unit: string;
  source: string;
  status: string | null;
  published: boolean;
}

export interface IndicatorResult {
  readonly rows: IndicatorRow[];
  /** District and municipal cells hidden, by reason. */
  readonly suppressed: { primary: number; secondary: number };
}

const MISSING = '..';

export function buildIndicators(seed: number, k: number): IndicatorResult {
  const rows: IndicatorRow[] = [];
  const suppressed = { primary: 0, secondary: 0 };
  for (const spec of INDICATORS) {
    const random = new Random(seed).fork(`indicator:${spec.code}`);
    for (const ageGroup of spec.ageGroups) {
      for (const year of yearsOf(spec)) {
        const country = countryRows(spec, ageGroup, year);
        if (year < FIRST_YEAR) {
          rows.push(...country.filter((row) => row.published));
          continue;
        }
        const local = localRows(spec, ageGroup, year, random, k, suppressed);
        rows.push(...country, ...local);
      }
    }
  }
  return { rows, suppressed };
}

/** The indicator's years: 2015-2025, plus earlier years that have a published national figure. */
function yearsOf(spec: IndicatorSpec): number[] {
  const early = spec.references.filter((ref) => ref.level === 'country' && ref.year < FIRST_YEAR).map((r) => r.year);
  const all = new Set(early);
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) all.add(year);
  return [...all].sort((a, b) => a - b);
}

export function periodOf(spec: IndicatorSpec, year: number): string {
  return spec.window === 1 ? String(year) : `${year - spec.window + 1}-${year}`;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
const scaleOf = (spec: IndicatorSpec): number => (spec.unit === 'percent' ? 100 : 1000);

function findReference(spec: IndicatorSpec, level: Reference['level'], ageGroup: string, year: number) {
  return spec.references.find((r) => r.level === level && r.ageGroup === ageGroup && r.year === year);
}

function countryLevel(spec: IndicatorSpec, ageGroup: string, year: number, sex: Sex): number {
  const base = (spec.country[year] ?? 0) + (spec.ageOffset?.[ageGroup] ?? 0);
  return base + (sex === 'male' ? spec.sexGap : sex === 'female' ? -spec.sexGap : 0);
}

/** Asker relative to Norway: anchored on a municipal reference figure when there is one. */
function municipalityRatio(spec: IndicatorSpec, ageGroup: string): number {
  const anchor = spec.references.find((r) => r.level === 'municipality' && r.ageGroup === ageGroup);
  return anchor ? anchor.value / countryLevel(spec, ageGroup, anchor.year, 'all') : spec.municipalityRatio;
}

function base(spec: IndicatorSpec, level: IndicatorRow['area_level'], ageGroup: string, year: number) {
  return {
    indicator: spec.code,
    area_level: level,
    period: periodOf(spec, year),
    year,
    age_group: ageGroup,
    unit: spec.unit,
  };
}

function countryRows(spec: IndicatorSpec, ageGroup: string, year: number): IndicatorRow[] {
  return spec.sexes.map((sex) => {
    const reference = sex === 'all' ? findReference(spec, 'country', ageGroup, year) : undefined;
    return {
      ...base(spec, 'country', ageGroup, year),
      area_code: COUNTRY.code,
      area: COUNTRY.name,
      sex,
      value: reference ? reference.value : round1(countryLevel(spec, ageGroup, year, sex)),
      numerator: null,
      denominator: null,
      source: reference ? reference.source : `synthetic, modelled on ${spec.table}`,
      status: null,
      published: reference !== undefined,
    };
  });
}

/** Population of Asker in an age group, growing about 0.9 % a year up to the last year. */
function populationOf(spec: IndicatorSpec, ageGroup: string, year: number): number {
  const last = spec.population[ageGroup];
  if (last === undefined) throw new RangeError(`no population for ${spec.code} ${ageGroup}`);
  return last * (1 - 0.009 * (LAST_YEAR - year));
}

/**
 * District and municipality rows. Counts are drawn per sex and district so that districts
 * add up to the municipality and girls plus boys to everyone: the table is then exactly
 * a table with margins, and goes through primary and secondary suppression as one.
 */
function localRows(
  spec: IndicatorSpec,
  ageGroup: string,
  year: number,
  random: Random,
  k: number,
  suppressed: { primary: number; secondary: number },
): IndicatorRow[] {
  const scale = scaleOf(spec);
  const partSexes: Sex[] = spec.sexes.length > 1 ? ['female', 'male'] : ['all'];
  const population = populationOf(spec, ageGroup, year);
  const denominators = DISTRICTS.map((district) =>
    partSexes.map((sex) => {
      const sexShare = partSexes.length === 1 ? 1 : sex === 'male' ? 0.51 : 0.49;
      return Math.round(population * district.share * sexShare * (1 + 0.03 * random.normal()));
    }),
  );
  const sumColumn = (table: number[][], s: number) => table.reduce((sum, row) => sum + row[s]!, 0);
  const ratio = municipalityRatio(spec, ageGroup);
  const reference = findReference(spec, 'municipality', ageGroup, year);
  const totalDenominator = partSexes.reduce((sum, _, s) => sum + sumColumn(denominators, s), 0);
  const wobble = 1 + 0.02 * random.normal();
  const targetAll = reference ? reference.value : countryLevel(spec, ageGroup, year, 'all') * ratio * wobble;
  // Counts per sex for the municipality, then spread over districts by hardship.
  const perSex = partSexes.map((sex, s) => {
    const rate = (countryLevel(spec, ageGroup, year, sex) * ratio * wobble) / scale;
    return Math.round(rate * sumColumn(denominators, s));
  });
  const wanted = Math.round((targetAll / scale) * totalDenominator);
  perSex[perSex.length - 1] = Math.max(0, wanted - perSex.slice(0, -1).reduce((a, b) => a + b, 0));
  const numerators = DISTRICTS.map(() => partSexes.map(() => 0));
  partSexes.forEach((_, s) => {
    const column = DISTRICTS.map((_, d) => denominators[d]![s]!);
    const spread = allocate(spec, perSex[s]!, column, random);
    spread.forEach((count, d) => (numerators[d]![s] = count));
  });

  const districtsMissing = spec.districtsFrom !== undefined && year < spec.districtsFrom;
  type Cell = { area: string; sex: Sex; value: number; denominator: number };
  const cells: Cell[] = [];
  const sexesOut = spec.sexes;
  const areaCells = (area: string, nums: number[], dens: number[]) => {
    for (const sex of sexesOut) {
      const s = partSexes.indexOf(sex);
      const value = s >= 0 ? nums[s]! : nums.reduce((a, b) => a + b, 0);
      const denominator = s >= 0 ? dens[s]! : dens.reduce((a, b) => a + b, 0);
      cells.push({ area, sex, value, denominator });
    }
  };
  if (!districtsMissing) DISTRICTS.forEach((district, d) => areaCells(district.code, numerators[d]!, denominators[d]!));
  areaCells(
    MUNICIPALITY.code,
    partSexes.map((_, s) => sumColumn(numerators, s)),
    partSexes.map((_, s) => sumColumn(denominators, s)),
  );
  const dimensions: Dimension[] = [
    { name: 'area', hierarchy: districtsMissing ? {} : { [MUNICIPALITY.code]: DISTRICTS.map((d) => d.code) } },
    ...(sexesOut.length > 1 ? ['sex'] : []),
  ];
  const published = suppressTable(cells, { k, dimensions });

  const rows: IndicatorRow[] = published.map((cell, index) => {
    const truth = cells[index]!;
    const isMunicipality = truth.area === MUNICIPALITY.code;
    if (cell.suppression === 'primary' || cell.suppression === 'secondary') suppressed[cell.suppression] += 1;
    const referenced = isMunicipality && truth.sex === 'all' && reference !== undefined;
    const district = DISTRICTS.find((d) => d.code === truth.area);
    const hidden = cell.value === null;
    return {
      ...base(spec, isMunicipality ? 'municipality' : 'district', ageGroup, year),
      area_code: truth.area,
      area: district?.name ?? MUNICIPALITY.name,
      sex: truth.sex,
      value: referenced ? reference.value : hidden ? null : round1((truth.value / truth.denominator) * scale),
      numerator: referenced || hidden ? null : truth.value,
      denominator: referenced ? null : truth.denominator,
      source: referenced ? reference.source : `synthetic, modelled on ${spec.table}`,
      status: referenced ? null : cell.status,
      published: referenced,
    };
  });
  if (districtsMissing) {
    for (const district of DISTRICTS) {
      for (const sex of sexesOut) {
        rows.push({
          ...base(spec, 'district', ageGroup, year),
          area_code: district.code,
          area: district.name,
          sex,
          value: null,
          numerator: null,
          denominator: null,
          source: `synthetic, modelled on ${spec.table} (no district figures before ${spec.districtsFrom})`,
          status: MISSING,
          published: false,
        });
      }
    }
  }
  return rows;
}

/**
 * Spreads a municipal count over districts in proportion to population and hardship,
 * with some noise, as whole numbers that add up exactly (largest remainder). For
 * indicators where hardship lowers the value, the complement is spread instead.
 */
function allocate(spec: IndicatorSpec, total: number, denominators: number[], random: Random): number[] {
  const sum = denominators.reduce((a, b) => a + b, 0);
  const spreadTotal = spec.direction === 1 ? total : sum - total;
  const weights = DISTRICTS.map(
    (district, d) => denominators[d]! * district.hardship * Math.exp(0.15 * random.normal()),
  );
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / weightSum) * spreadTotal);
  const counts = exact.map(Math.floor);
  let left = spreadTotal - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, d) => [x - Math.floor(x), d] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, d] of order) {
    if (left <= 0) break;
    counts[d]! += 1;
    left -= 1;
  }
  const capped = counts.map((count, d) => Math.min(count, denominators[d]!));
  return spec.direction === 1 ? capped : capped.map((count, d) => denominators[d]! - count);
}
