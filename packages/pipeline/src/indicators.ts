import { CONFIDENTIAL } from '@slt/disclosure';
import { cellsOf, releaseIndicatorTables, type DistrictTable, type LocalTable } from './indicator-release.ts';
import { INDICATORS, type IndicatorSpec, type Reference, type Sex } from './indicator-specs.ts';
import type { Column } from './parquet.ts';
import { Random } from './prng.ts';
import type { Area, District, Profile, ProfileIndicator, Source } from './profile.ts';
import { seriesKey, type RealCount, type RealSeries } from './real-series.ts';

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

/** `comparison`: a municipality of the profile's comparison set. */
export type AreaLevel = 'district' | 'municipality' | 'comparison' | 'country';

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

/** What a build starts from besides the profile: the seed, k and the public counts per indicator. */
export interface IndicatorInputs {
  readonly seed: number;
  readonly k: number;
  /** Indicator code -> public counts for the municipality, its comparison set and the country. */
  readonly real: ReadonlyMap<string, RealSeries>;
}

interface Context {
  readonly profile: Profile;
  readonly spec: IndicatorSpec;
  readonly wanted: ProfileIndicator;
  readonly real: RealSeries | undefined;
  readonly random: Random;
  readonly k: number;
  readonly suppressed: { primary: number; secondary: number };
  /** The specs' model populations scaled to the municipality (1 when it has no public NEET denominator). */
  readonly populationScale: number;
  /** The profile's references for this indicator (municipal figures it has published itself). */
  readonly references: readonly Reference[];
}

/** Rows in file order; a district table's rows are made once its release group is audited. */
type Slot = IndicatorRow[] | { readonly local: LocalTable; readonly drawn: Drawn };

export async function buildIndicators(profile: Profile, inputs: IndicatorInputs, log?: (line: string) => void): Promise<IndicatorResult> {
  const rows: IndicatorRow[] = [];
  const suppressed = { primary: 0, secondary: 0 };
  const populationScale = populationScaleOf(profile, inputs.real);
  for (const wanted of profile.indicators) {
    const spec = INDICATORS.find((candidate) => candidate.code === wanted.code);
    if (!spec) throw new RangeError(`unknown indicator: ${wanted.code}`);
    const references = [
      // The national reference figures in the specs are Norway's (SSB).
      ...(profile.nation === 'NO' ? spec.references.filter((r) => r.level === 'country') : []),
      ...profile.references.filter((r) => r.indicator === spec.code).map((r) => ({ ...r, level: 'municipality' as const })),
    ];
    const context: Context = {
      profile,
      spec,
      wanted,
      real: inputs.real.get(spec.code),
      random: new Random(inputs.seed).fork(`indicator:${spec.code}`),
      k: inputs.k,
      suppressed,
      populationScale,
      references,
    };
    const slots: Slot[] = [];
    const tables = new Map<string, Map<number, DistrictTable>>();
    /** Yearly tables that pooled windows add up (`ageGroup|year`), drawn once each. */
    const yearly = new Map<string, DistrictTable>();
    const inner = new Map(Object.entries(wanted.nestedIn ?? {}).map(([child, parent]) => [parent, child]));
    for (const ageGroup of wanted.ageGroups) {
      const byYear = new Map<number, DistrictTable>();
      tables.set(ageGroup, byYear);
      const parentAge = wanted.nestedIn?.[ageGroup];
      for (const year of yearsOf(context, ageGroup)) {
        slots.push(outsideRows(context, ageGroup, year));
        if (!hasDistricts(context, ageGroup)) {
          slots.push(realOnlyMunicipalityRows(context, ageGroup, year));
          continue;
        }
        const parent = parentAge === undefined ? undefined : tables.get(parentAge)?.get(year);
        const pooled = spec.window > 1 && spec.pooled === true;
        const years = pooled ? Array.from({ length: spec.window }, (_, i) => year - spec.window + 1 + i) : [];
        const drawn = pooled ? drawWindow(context, ageGroup, years, yearly) : drawDistricts(context, ageGroup, year, parent, { populationShare: 1, reference: true });
        byYear.set(year, drawn.table);
        const child = inner.get(ageGroup);
        slots.push({
          drawn,
          local: {
            ageGroup,
            year,
            table: drawn.table,
            composition: pooled ? { kind: 'window', years } : child !== undefined ? { kind: 'nests', inner: child } : { kind: 'own' },
            districtsShown: !drawn.districtsMissing,
            municipalityPublic: new Set(spec.sexes.filter((sex) => realCount(context, profile.code, year, ageGroup, sex) !== undefined)),
            // The municipality's own reference figure replaces the count for everyone (`all`).
            municipalityWithheld: new Set(drawn.reference !== undefined ? ['all'] : []),
            preferred: ageGroup === profile.youth.districtAgeGroup,
          },
        });
      }
    }
    const partSexes = partSexesOf(spec);
    const hidden = await releaseIndicatorTables({
      k: inputs.k,
      direction: spec.direction,
      districts: profile.districts.length,
      partSexes,
      sexesOut: spec.sexes,
      tables: slots.flatMap((slot) => ('local' in slot ? [slot.local] : [])),
      yearly,
      ...(log ? { log } : {}),
    });
    for (const slot of slots) rows.push(...('local' in slot ? districtRows(context, slot.local, slot.drawn, hidden.get(slot.local)!) : slot));
  }
  return { rows, suppressed };
}

/** The municipality's size against the model populations, from its public NEET denominator. */
function populationScaleOf(profile: Profile, real: ReadonlyMap<string, RealSeries>): number {
  const neet = INDICATORS.find((spec) => spec.code === 'neet')!;
  const series = real.get('neet')?.areas.get(profile.code);
  for (const age of [profile.youth.comparisonAgeGroup, profile.youth.districtAgeGroup]) {
    const model = neet.population[age];
    if (!series || model === undefined) continue;
    for (let year = profile.years.last; year >= profile.years.first; year -= 1) {
      const count = series.get(seriesKey(year, age, 'all'));
      if (count) return count.denominator / model;
    }
  }
  return 1;
}

function realCount(context: Context, area: string, year: number, ageGroup: string, sex: Sex): RealCount | undefined {
  return context.real?.areas.get(area)?.get(seriesKey(year, ageGroup, sex));
}

/** Whether the districts get (synthetic) figures in this age group: the model knows its population. */
function hasDistricts(context: Context, ageGroup: string): boolean {
  return context.spec.population[ageGroup] !== undefined;
}

/**
 * The years of an age group: with public counts, the years the municipality has them (a
 * nested synthetic group follows its larger group); else the profile's years, plus earlier
 * years with a published national figure.
 */
function yearsOf(context: Context, ageGroup: string): number[] {
  const { profile, real, wanted } = context;
  if (real) {
    const own = (age: string) => {
      const found: number[] = [];
      for (let year = profile.years.first; year <= profile.years.last; year += 1) {
        if (realCount(context, profile.code, year, age, 'all')) found.push(year);
      }
      return found;
    };
    const years = own(ageGroup);
    const parent = wanted.nestedIn?.[ageGroup];
    return years.length > 0 || parent === undefined ? years : own(parent);
  }
  const early = context.references.filter((ref) => ref.level === 'country' && ref.year < profile.years.first).map((r) => r.year);
  const all = new Set(early);
  for (let year = profile.years.first; year <= profile.years.last; year += 1) all.add(year);
  return [...all].sort((a, b) => a - b);
}

export function periodOf(spec: IndicatorSpec, year: number): string {
  return spec.window === 1 ? String(year) : `${year - spec.window + 1}-${year}`;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
const scaleOf = (spec: IndicatorSpec): number => (spec.unit === 'percent' ? 100 : 1000);

function findReference(context: Context, level: Reference['level'], ageGroup: string, year: number) {
  return context.references.find((r) => r.level === level && r.ageGroup === ageGroup && r.year === year);
}

/** The modelled national level in a year; outside the spec's years, the nearest year's. */
function nationalLevel(spec: IndicatorSpec, year: number): number {
  const years = Object.keys(spec.country).map(Number);
  const nearest = years.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best), years[0]!);
  return spec.country[year] ?? spec.country[nearest]!;
}

function countryLevel(spec: IndicatorSpec, ageGroup: string, year: number, sex: Sex): number {
  const base = nationalLevel(spec, year) + (spec.ageOffset?.[ageGroup] ?? 0);
  return base + (sex === 'male' ? spec.sexGap : sex === 'female' ? -spec.sexGap : 0);
}

/** The municipality relative to the country: anchored on a municipal reference figure when there is one. */
function municipalityRatio(context: Context, ageGroup: string): number {
  const anchor = context.references.find((r) => r.level === 'municipality' && r.ageGroup === ageGroup);
  return anchor ? anchor.value / countryLevel(context.spec, ageGroup, anchor.year, 'all') : context.spec.municipalityRatio;
}

function base(spec: IndicatorSpec, level: AreaLevel, ageGroup: string, year: number) {
  return {
    indicator: spec.code,
    area_level: level,
    period: periodOf(spec, year),
    year,
    age_group: ageGroup,
    unit: spec.unit,
  };
}

/** A row of public counts, credited to its source. */
function realRow(context: Context, level: AreaLevel, area: Area, ageGroup: string, year: number, sex: Sex, count: RealCount): IndicatorRow {
  return {
    ...base(context.spec, level, ageGroup, year),
    area_code: area.code,
    area: area.name,
    sex,
    value: round1((count.numerator / count.denominator) * scaleOf(context.spec)),
    numerator: count.numerator,
    denominator: count.denominator,
    source: sourceText(count.source),
    status: null,
    published: true,
  };
}

/** A published row's `source`: its credit in English (`slt.row_sources` in the file's metadata has the others). */
export const creditText = (credit: Source['credit']) => credit.en;
export const sourceText = (source: Source) => creditText(source.credit);

/**
 * The country's and the comparison set's rows. With public counts, only those (never a
 * synthetic figure in a public series); without, the country's modelled series (published
 * reference figures where there are some) and no comparison areas.
 */
function outsideRows(context: Context, ageGroup: string, year: number): IndicatorRow[] {
  const { spec, profile } = context;
  const sexes = spec.sexes;
  if (context.real) {
    const rows: IndicatorRow[] = [];
    for (const [level, areas] of [['comparison', profile.comparison.areas], ['country', [profile.country]]] as const) {
      for (const area of areas) {
        for (const sex of sexes) {
          const count = realCount(context, area.code, year, ageGroup, sex);
          if (count) rows.push(realRow(context, level, area, ageGroup, year, sex, count));
        }
      }
    }
    return rows;
  }
  return sexes.map((sex) => {
    const reference = sex === 'all' ? findReference(context, 'country', ageGroup, year) : undefined;
    return {
      ...base(spec, 'country', ageGroup, year),
      area_code: profile.country.code,
      area: profile.country.name,
      sex,
      value: reference ? reference.value : round1(countryLevel(spec, ageGroup, year, sex)),
      numerator: null,
      denominator: null,
      source: reference ? reference.source : `synthetic, modelled on ${spec.table}`,
      status: null,
      published: reference !== undefined,
    };
  }).filter((row) => year >= profile.years.first || row.published);
}

/** Age groups with public municipal counts but no district model (e.g. 20-24): the municipality's public rows. */
function realOnlyMunicipalityRows(context: Context, ageGroup: string, year: number): IndicatorRow[] {
  const { profile } = context;
  const area = { code: profile.code, name: profile.name };
  return context.spec.sexes.flatMap((sex) => {
    const count = realCount(context, profile.code, year, ageGroup, sex);
    return count ? [realRow(context, 'municipality', area, ageGroup, year, sex, count)] : [];
  });
}

/** The municipality's population in an age group, growing about 0.9 % a year up to the last year. */
function populationOf(context: Context, ageGroup: string, year: number): number {
  const last = context.spec.population[ageGroup];
  if (last === undefined) throw new RangeError(`no population for ${context.spec.code} ${ageGroup}`);
  return last * context.populationScale * (1 - 0.009 * (context.profile.years.last - year));
}

/** Whole numbers in proportion to weights that add up exactly to a total (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (w / sum) * total : 0));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  return counts;
}

/** The sexes of a district table's columns: female and male (their sum is `all`), or only all. */
function partSexesOf(spec: IndicatorSpec): Sex[] {
  return spec.sexes.length > 1 ? ['female', 'male'] : ['all'];
}

/** A district table's true counts and where they come from. */
interface Drawn {
  readonly table: DistrictTable;
  /** The municipality's own figures for every district (a CSV source) replaced the model. */
  readonly ownDistricts: boolean;
  readonly districtCounts: ReadonlyArray<ReadonlyArray<RealCount | undefined>>;
  readonly districtsMissing: boolean;
  /** The municipality's own published figure for this age group and year, shown for `all`. */
  readonly reference: Reference | undefined;
}

/**
 * Counts drawn per sex and district so that districts add up to the municipality and girls
 * plus boys to everyone: the table is then exactly a table with margins. Where the
 * municipality has public counts, the districts add up to them exactly (the split over
 * districts stays synthetic). A nested age group (16-25 in 15-29) is drawn as a share of its
 * larger group in each district and sex, never more people or more NEET than it.
 *
 * `populationShare` scales the population (a third for one year of a pooled 3-year window);
 * `reference: false` ignores public and reference figures (a year inside a window has none).
 */
function drawDistricts(
  context: Context,
  ageGroup: string,
  year: number,
  parent: DistrictTable | undefined,
  options: { readonly populationShare: number; readonly reference: boolean },
): Drawn {
  const { spec, profile, random } = context;
  const districts = profile.districts;
  const scale = scaleOf(spec);
  const partSexes = partSexesOf(spec);
  const sexShareOf = (sex: Sex) => (partSexes.length === 1 ? 1 : sex === 'male' ? 0.51 : 0.49);
  const population = populationOf(context, ageGroup, year) * options.populationShare;
  const denominators = districts.map((district) =>
    partSexes.map((sex) => Math.round(population * district.share * sexShareOf(sex) * (1 + 0.03 * random.normal()))),
  );
  const sumColumn = (table: number[][], s: number) => table.reduce((sum, row) => sum + row[s]!, 0);
  const publicCount = (area: string, sex: Sex) => (options.reference ? realCount(context, area, year, ageGroup, sex) : undefined);
  const realAll = publicCount(profile.code, 'all');
  const realBySex = partSexes.map((sex) => (sex === 'all' ? realAll : publicCount(profile.code, sex)));
  const sexesReal = realBySex.every((count) => count !== undefined);
  if (realAll) {
    // The districts' denominators add up to the public ones, per sex where known.
    const targets = sexesReal
      ? realBySex.map((count) => count!.denominator)
      : apportion(realAll.denominator, partSexes.map((_, s) => sumColumn(denominators, s)));
    partSexes.forEach((_, s) => {
      const column = apportion(targets[s]!, denominators.map((row) => row[s]!));
      column.forEach((value, d) => (denominators[d]![s] = value));
    });
  }
  if (parent) {
    // A nested age group is a part of its larger group's people in every district: the same
    // share of it everywhere (the larger group's draw has the noise already).
    partSexes.forEach((_, s) => {
      const weights = parent.denominators.map((row) => row[s]!);
      apportion(sumColumn(denominators, s), weights).forEach((value, d) => (denominators[d]![s] = Math.min(value, parent.denominators[d]![s]!)));
    });
  }
  const ratio = municipalityRatio(context, ageGroup);
  const reference = options.reference ? findReference(context, 'municipality', ageGroup, year) : undefined;
  const totalDenominator = partSexes.reduce((sum, _, s) => sum + sumColumn(denominators, s), 0);
  const wobble = 1 + 0.02 * random.normal();
  const targetAll = reference ? reference.value : countryLevel(spec, ageGroup, year, 'all') * ratio * wobble;
  // Counts per sex for the municipality (public where known), then spread over districts by hardship.
  const perSex = partSexes.map((sex, s) => {
    const rate = (countryLevel(spec, ageGroup, year, sex) * ratio * wobble) / scale;
    return Math.round(rate * sumColumn(denominators, s));
  });
  if (sexesReal) realBySex.forEach((count, s) => (perSex[s] = count!.numerator));
  else {
    const wanted = realAll ? realAll.numerator : Math.round((targetAll / scale) * totalDenominator);
    perSex[perSex.length - 1] = Math.max(0, wanted - perSex.slice(0, -1).reduce((a, b) => a + b, 0));
  }
  const numerators = districts.map(() => partSexes.map(() => 0));
  partSexes.forEach((_, s) => {
    const column = districts.map((_, d) => denominators[d]![s]!);
    // Nested: a share of the larger group's count in each district (the people of the smaller
    // group among them), so the rest of the larger group stays in proportion too.
    const spread = parent
      ? apportion(perSex[s]!, parent.numerators.map((row) => row[s]! * Math.exp(0.1 * random.normal())))
      : allocate(spec, districts, perSex[s]!, column, random);
    spread.forEach((count, d) => (numerators[d]![s] = parent ? Math.min(count, parent.numerators[d]![s]!, denominators[d]![s]!) : count));
  });
  // The municipality's own district figures (a CSV source naming the district codes) replace
  // the model where every district has them for this year, age group and sex split.
  const districtCounts = districts.map((district) => partSexes.map((sex) => publicCount(district.code, sex)));
  const ownDistricts = districtCounts.every((row) => row.every((count) => count !== undefined));
  if (ownDistricts) {
    districtCounts.forEach((row, d) =>
      row.forEach((count, s) => {
        numerators[d]![s] = count!.numerator;
        denominators[d]![s] = count!.denominator;
      }),
    );
  }
  const districtsMissing = spec.districtsFrom !== undefined && year < spec.districtsFrom;
  return { table: { numerators, denominators }, ownDistricts, districtCounts, districtsMissing, reference };
}

/**
 * A pooled window (Ungdata's pooled survey years, completion's pooled cohorts): each year
 * drawn once with a third of the window's population, and the window the sum of its years,
 * so windows nest as real pooled windows do (`2020-2022` and `2021-2023` share two years).
 */
function drawWindow(context: Context, ageGroup: string, years: readonly number[], yearly: Map<string, DistrictTable>): Drawn {
  const tables = years.map((year) => {
    const key = `${ageGroup}|${year}`;
    if (!yearly.has(key)) yearly.set(key, drawDistricts(context, ageGroup, year, undefined, { populationShare: 1 / years.length, reference: false }).table);
    return yearly.get(key)!;
  });
  const sum = (pick: (table: DistrictTable) => number[][]) =>
    pick(tables[0]!).map((row, d) => row.map((_, s) => tables.reduce((total, table) => total + pick(table)[d]![s]!, 0)));
  const last = years[years.length - 1]!;
  return {
    table: { numerators: sum((t) => t.numerators), denominators: sum((t) => t.denominators) },
    ownDistricts: false,
    districtCounts: [],
    districtsMissing: context.spec.districtsFrom !== undefined && last < context.spec.districtsFrom,
    reference: undefined,
  };
}

/**
 * The rows of a district table, given which cells the release hides (`cellsOf` order):
 * each district by sex, then the municipality (its public count where it has one, or its
 * own reference figure for `all`).
 */
function districtRows(context: Context, local: LocalTable, drawn: Drawn, hiddenCells: readonly boolean[]): IndicatorRow[] {
  const { spec, profile, suppressed, k } = context;
  const { ageGroup, year } = local;
  const { table, ownDistricts, districtCounts, districtsMissing, reference } = drawn;
  const districts = profile.districts;
  const municipality = { code: profile.code, name: profile.name };
  const scale = scaleOf(spec);
  const partSexes = partSexesOf(spec);
  const sumOf = (values: number[][], ds: readonly number[], sex: Sex) => {
    const s = partSexes.indexOf(sex);
    return ds.reduce((sum, d) => sum + (s >= 0 ? values[d]![s]! : values[d]!.reduce((a, b) => a + b, 0)), 0);
  };
  const everyDistrict = districts.map((_, d) => d);
  const rows: IndicatorRow[] = cellsOf({ districts: districts.length, sexesOut: spec.sexes }, local).map((cell, index) => {
    const sex = cell.sex as Sex;
    const ds = cell.district === null ? everyDistrict : [cell.district];
    const value = sumOf(table.numerators, ds, sex);
    const denominator = sumOf(table.denominators, ds, sex);
    const district = cell.district === null ? undefined : districts[cell.district]!;
    const isMunicipality = district === undefined;
    const public_ = isMunicipality ? realCount(context, profile.code, year, ageGroup, sex) : undefined;
    if (public_) return realRow(context, 'municipality', municipality, ageGroup, year, sex, public_);
    const hidden = hiddenCells[index]!;
    const counted = spec.direction === 1 ? value : denominator - value;
    if (hidden) suppressed[counted >= 1 && counted < k ? 'primary' : 'secondary'] += 1;
    const referenced = isMunicipality && sex === 'all' && reference !== undefined;
    const status = hidden ? CONFIDENTIAL : null;
    if (ownDistricts && (district || !referenced)) {
      // The municipality's own figures (and their sum): public, yet suppressed at k like every district figure.
      const source = districtCounts[0]![0]!.source;
      return {
        ...base(spec, district ? 'district' : 'municipality', ageGroup, year),
        area_code: district?.code ?? municipality.code,
        area: district?.name ?? municipality.name,
        sex,
        value: hidden ? null : round1((value / denominator) * scale),
        numerator: hidden ? null : value,
        denominator,
        source: sourceText(source),
        status,
        published: true,
      };
    }
    return {
      ...base(spec, isMunicipality ? 'municipality' : 'district', ageGroup, year),
      area_code: district?.code ?? municipality.code,
      area: district?.name ?? municipality.name,
      sex,
      value: referenced ? reference.value : hidden ? null : round1((value / denominator) * scale),
      numerator: referenced || hidden ? null : value,
      denominator: referenced ? null : denominator,
      source: referenced ? reference.source : `synthetic, modelled on ${spec.table}${context.real ? ', adding up to the public municipal figures' : ''}`,
      status: referenced ? null : status,
      published: referenced,
    };
  });
  if (districtsMissing) {
    for (const district of districts) {
      for (const sex of spec.sexes) {
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
function allocate(spec: IndicatorSpec, districts: readonly District[], total: number, denominators: number[], random: Random): number[] {
  const sum = denominators.reduce((a, b) => a + b, 0);
  const spreadTotal = spec.direction === 1 ? total : sum - total;
  const weights = districts.map(
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
