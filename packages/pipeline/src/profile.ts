/**
 * A municipality profile: everything the pipeline and the dashboards would otherwise
 * hard-wire (codes, name, language, districts and their tile positions, the comparison
 * set, the indicators and the public tables they come from, the case vocabulary).
 * One JSON file per municipality under `profiles/`, described by `profiles/profile.schema.json`.
 *
 * `parseProfile` checks everything that can be checked without reading the sources and
 * throws a `ProfileError` whose message is one line: the file, the place in it and what is
 * wrong (`profiles/baerum.json: districts[3] ("Fornebu"): no tile position`).
 */
import { INDICATOR_CODES, type IndicatorCode, type Sex } from './indicator-specs.ts';
import { LANGUAGES, type Language } from './parquet.ts';

export class ProfileError extends Error {}

export type Texts = Readonly<Record<Language, string>>;

export interface Area {
  readonly code: string;
  readonly name: string;
}

/** The country: also how it is written inside a sentence, where that differs (DST's "Hele landet"). */
export interface CountryArea extends Area {
  readonly inText?: string;
}

export interface District extends Area {
  /** Column and row of the district's tile on the map (0-based). */
  readonly tile: readonly [number, number];
  /** Synthetic model only: share of the municipality's population. */
  readonly share: number;
  /** Synthetic model only: relative level of hardship (1 = the municipal average). */
  readonly hardship: number;
  /** Synthetic register only: relative number of SLT cases per young person. */
  readonly caseLoad: number;
  /** The district group used when districts must be merged for k-anonymity. */
  readonly group: string;
  /** Synthetic register only: schools named after the place. */
  readonly schools: readonly string[];
}

/** Which cells of a source hold a count: a column (CSV) or the value (JSON-stat), where other columns have given codes. */
export interface Measure {
  readonly column?: string;
  readonly where: Readonly<Record<string, string>>;
}

export type SourceKind = 'csv' | 'ssb-pxweb' | 'dst-statbank';

export interface Source {
  readonly id: string;
  readonly kind: SourceKind;
  /** The public table (SSB `13556`, DST `NEET2`); JSON-stat responses must name the same table. */
  readonly table: string;
  /** Where the response or file is read from (recorded, committed), resolved against the profile's folder. */
  readonly file: string;
  /** The API address it was (or can be) fetched from; `--refresh` fetches it again into `file`. */
  readonly url?: string;
  readonly credit: Texts;
  readonly definition: Texts;
  /** Column (CSV) or dimension (JSON-stat) names: area, year, and optionally age and sex. */
  readonly columns: { readonly area: string; readonly year: string; readonly age?: string; readonly sex?: string };
  readonly numerator: Measure;
  readonly denominator: Measure;
  /** Source codes to the profile's age groups (`"15-29 år": "15-29"`); cells of other ages are left out. */
  readonly ageGroups: Readonly<Record<string, string>>;
  /** Source codes to `all`, `female`, `male`; absent: every cell is `all`. */
  readonly sexes?: Readonly<Record<string, Sex>>;
}

export interface ProfileIndicator {
  readonly code: IndicatorCode;
  readonly ageGroups: readonly string[];
  /** Ids of `sources`, in order of preference; none: the indicator is synthetic everywhere. */
  readonly sources: readonly string[];
  /** A smaller age group nested in a larger one (`{"16-25": "15-29"}`): its counts never exceed the larger group's. */
  readonly nestedIn?: Readonly<Record<string, string>>;
}

/** A figure the municipality has published itself (e.g. in a planning document): anchors the synthetic series. */
export interface ProfileReference {
  readonly indicator: IndicatorCode;
  readonly ageGroup: string;
  readonly year: number;
  readonly value: number;
  readonly source: string;
}

export interface Profile {
  /** Absolute path of the profile file (for messages and relative paths). */
  readonly file: string;
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly nation: 'NO' | 'DK';
  readonly language: Language;
  /** Output folder of the public files, resolved against the profile's folder. */
  readonly output: string;
  /** SSB's municipality grouping (old code -> today's code), when the codes have changed. */
  readonly codeHistory?: string;
  readonly years: { readonly first: number; readonly last: number };
  readonly country: CountryArea;
  readonly comparison: { readonly label: Texts; readonly areas: readonly Area[] };
  readonly districts: readonly District[];
  readonly districtGroups: readonly Area[];
  readonly youth: { readonly districtAgeGroup: string; readonly comparisonAgeGroup: string };
  readonly indicators: readonly ProfileIndicator[];
  readonly sources: Readonly<Record<string, Source>>;
  readonly references: readonly ProfileReference[];
  /** `synthetic`: the demo register is generated for this municipality; `none`: no case files. */
  readonly caseRegister: 'synthetic' | 'none';
  readonly caseVocabulary: Readonly<Record<'zones' | 'measures' | 'concernTypes' | 'agencies', Readonly<Record<string, Texts>>>>;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const SEX_VALUES: readonly Sex[] = ['all', 'female', 'male'];
const KINDS: readonly SourceKind[] = ['csv', 'ssb-pxweb', 'dst-statbank'];
const CODE = /^[0-9A-Za-z][0-9A-Za-z._-]*$/;
const AGE = /^(\d+-\d+|all)$/;

/** Reads a profile from its parsed JSON; `file` names it in every message. */
export function parseProfile(json: unknown, file: string): Profile {
  const fail = (where: string, message: string): never => {
    throw new ProfileError(`${file}: ${where ? `${where}: ` : ''}${message}`);
  };
  const object = (value: unknown, where: string): Json => (isObject(value) ? value : fail(where, 'must be an object'));
  const string = (value: unknown, where: string, pattern?: RegExp): string => {
    if (typeof value !== 'string' || value.trim() === '') return fail(where, `must be a non-empty string, got ${JSON.stringify(value) ?? 'nothing'}`);
    if (pattern && !pattern.test(value)) return fail(where, `${JSON.stringify(value)} is not valid (expected ${pattern.source})`);
    return value;
  };
  const number = (value: unknown, where: string, min: number): number =>
    typeof value === 'number' && Number.isFinite(value) && value >= min ? value : fail(where, `must be a number >= ${min}, got ${JSON.stringify(value) ?? 'nothing'}`);
  const array = (value: unknown, where: string): unknown[] => (Array.isArray(value) ? value : fail(where, 'must be an array'));
  const texts = (value: unknown, where: string): Texts => {
    const o = object(value, where);
    return Object.fromEntries(LANGUAGES.map((language) => [language, string(o[language], `${where}.${language}`)])) as Texts;
  };
  const stringMap = (value: unknown, where: string): Record<string, string> => {
    const o = object(value, where);
    return Object.fromEntries(Object.entries(o).map(([key, v]) => [key, string(v, `${where}.${key}`)]));
  };
  const only = (o: Json, where: string, keys: readonly string[]) => {
    const unknown = Object.keys(o).find((key) => !keys.includes(key));
    if (unknown !== undefined) fail(where, `unknown field "${unknown}" (known: ${keys.join(', ')})`);
  };
  const area = (value: unknown, where: string): Area => {
    const o = object(value, where);
    return { code: string(o.code, `${where}.code`, CODE), name: string(o.name, `${where}.name`) };
  };

  const root = object(json, '');
  only(root, '', ['$schema', 'id', 'name', 'code', 'nation', 'language', 'output', 'codeHistory', 'years', 'country', 'comparison', 'districts', 'districtGroups', 'youth', 'indicators', 'sources', 'references', 'caseRegister', 'caseVocabulary']);
  const id = string(root.id, 'id', /^[a-z0-9-]+$/);
  const name = string(root.name, 'name');
  const code = string(root.code, 'code', CODE);
  const nation = root.nation === 'NO' || root.nation === 'DK' ? root.nation : fail('nation', `must be "NO" or "DK", got ${JSON.stringify(root.nation)}`);
  const language = (LANGUAGES as readonly unknown[]).includes(root.language)
    ? (root.language as Language)
    : fail('language', `must be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(root.language)}`);
  const output = string(root.output, 'output');
  const codeHistory = root.codeHistory === undefined ? undefined : string(root.codeHistory, 'codeHistory');
  const yearsJson = object(root.years, 'years');
  const years = { first: number(yearsJson.first, 'years.first', 1900), last: number(yearsJson.last, 'years.last', 1900) };
  if (!Number.isInteger(years.first) || !Number.isInteger(years.last) || years.first > years.last) fail('years', 'first and last must be whole years, first <= last');
  const countryJson = object(root.country, 'country');
  only(countryJson, 'country', ['code', 'name', 'inText']);
  const country: CountryArea = { ...area(countryJson, 'country'), ...(countryJson.inText === undefined ? {} : { inText: string(countryJson.inText, 'country.inText') }) };
  const comparisonJson = object(root.comparison, 'comparison');
  const comparison = {
    label: texts(comparisonJson.label, 'comparison.label'),
    areas: array(comparisonJson.areas, 'comparison.areas').map((a, i) => area(a, `comparison.areas[${i}]`)),
  };

  const groups = array(root.districtGroups, 'districtGroups').map((g, i) => area(g, `districtGroups[${i}]`));
  const districtsJson = array(root.districts, 'districts');
  if (districtsJson.length === 0) fail('districts', 'must list at least one district');
  const tiles = new Map<string, string>();
  const districts = districtsJson.map((value, i): District => {
    const o = object(value, `districts[${i}]`);
    const where = `districts[${i}] (${JSON.stringify(o.name ?? o.code)})`;
    const base = area(o, where);
    if (!base.code.startsWith(`${code}-`)) fail(`${where}.code`, `"${base.code}" must start with the municipality's code and a hyphen ("${code}-")`);
    if (o.tile === undefined) fail(where, 'no tile position (tile: [column, row])');
    const tile = array(o.tile, `${where}.tile`);
    if (tile.length !== 2 || !tile.every((n) => Number.isInteger(n) && (n as number) >= 0)) fail(`${where}.tile`, `must be [column, row] with whole numbers >= 0, got ${JSON.stringify(o.tile)}`);
    const key = tile.join(',');
    if (tiles.has(key)) fail(`${where}.tile`, `[${key}] is also the tile of ${tiles.get(key)}`);
    tiles.set(key, base.name);
    const group = string(o.group, `${where}.group`);
    if (!groups.some((g) => g.code === group)) fail(`${where}.group`, `"${group}" is not in districtGroups`);
    return {
      ...base,
      tile: [tile[0] as number, tile[1] as number],
      share: number(o.share, `${where}.share`, 0),
      hardship: number(o.hardship, `${where}.hardship`, 0),
      caseLoad: number(o.caseLoad, `${where}.caseLoad`, 0),
      group,
      schools: array(o.schools ?? [], `${where}.schools`).map((s, j) => string(s, `${where}.schools[${j}]`)),
    };
  });
  for (const [list, label] of [[districts, 'districts'], [comparison.areas, 'comparison.areas'], [groups, 'districtGroups']] as const) {
    const seen = new Set<string>();
    list.forEach((a, i) => {
      if (seen.has(a.code)) fail(`${label}[${i}].code`, `"${a.code}" appears twice`);
      seen.add(a.code);
    });
  }
  const shares = districts.reduce((sum, d) => sum + d.share, 0);
  if (Math.abs(shares - 1) > 0.005) fail('districts', `the shares add up to ${shares.toFixed(3)}, not 1`);

  const sourcesJson = object(root.sources, 'sources');
  const sources: Record<string, Source> = {};
  for (const [sourceId, value] of Object.entries(sourcesJson)) {
    const where = `sources.${sourceId}`;
    const o = object(value, where);
    only(o, where, ['kind', 'table', 'file', 'url', 'credit', 'definition', 'columns', 'numerator', 'denominator', 'ageGroups', 'sexes']);
    const kind = (KINDS as readonly unknown[]).includes(o.kind) ? (o.kind as SourceKind) : fail(`${where}.kind`, `must be one of ${KINDS.join(', ')}, got ${JSON.stringify(o.kind)}`);
    const columnsJson = object(o.columns, `${where}.columns`);
    const measure = (m: unknown, at: string): Measure => {
      const mo = object(m, at);
      only(mo, at, ['column', 'where']);
      if (kind === 'csv' && mo.column === undefined) fail(at, 'a CSV source needs "column"');
      return { ...(mo.column === undefined ? {} : { column: string(mo.column, `${at}.column`) }), where: stringMap(mo.where ?? {}, `${at}.where`) };
    };
    const sexes = o.sexes === undefined ? undefined : stringMap(o.sexes, `${where}.sexes`);
    for (const [key, sex] of Object.entries(sexes ?? {})) {
      if (!(SEX_VALUES as readonly string[]).includes(sex)) fail(`${where}.sexes.${key}`, `must be one of ${SEX_VALUES.join(', ')}, got "${sex}"`);
    }
    const ageGroups = stringMap(o.ageGroups, `${where}.ageGroups`);
    for (const [key, age] of Object.entries(ageGroups)) if (!AGE.test(age)) fail(`${where}.ageGroups.${key}`, `"${age}" is not an age group like 15-29`);
    const url = o.url === undefined ? undefined : string(o.url, `${where}.url`, /^https:\/\//);
    sources[sourceId] = {
      id: sourceId,
      kind,
      table: string(o.table, `${where}.table`),
      file: string(o.file, `${where}.file`),
      ...(url === undefined ? {} : { url }),
      credit: texts(o.credit, `${where}.credit`),
      definition: texts(o.definition, `${where}.definition`),
      columns: {
        area: string(columnsJson.area, `${where}.columns.area`),
        year: string(columnsJson.year, `${where}.columns.year`),
        ...(columnsJson.age === undefined ? {} : { age: string(columnsJson.age, `${where}.columns.age`) }),
        ...(columnsJson.sex === undefined ? {} : { sex: string(columnsJson.sex, `${where}.columns.sex`) }),
      },
      numerator: measure(o.numerator, `${where}.numerator`),
      denominator: measure(o.denominator, `${where}.denominator`),
      ageGroups,
      ...(sexes === undefined ? {} : { sexes: sexes as Record<string, Sex> }),
    };
  }

  const indicators = array(root.indicators, 'indicators').map((value, i): ProfileIndicator => {
    const o = object(value, `indicators[${i}]`);
    const indicatorCode = string(o.code, `indicators[${i}].code`);
    if (!(INDICATOR_CODES as readonly string[]).includes(indicatorCode)) fail(`indicators[${i}].code`, `unknown indicator "${indicatorCode}" (known: ${INDICATOR_CODES.join(', ')})`);
    const where = `indicators[${i}] (${indicatorCode})`;
    const ageGroups = array(o.ageGroups, `${where}.ageGroups`).map((a, j) => string(a, `${where}.ageGroups[${j}]`, AGE));
    if (ageGroups.length === 0) fail(`${where}.ageGroups`, 'must list at least one age group');
    const sourceIds = array(o.sources ?? [], `${where}.sources`).map((s, j) => string(s, `${where}.sources[${j}]`));
    for (const sourceId of sourceIds) if (!sources[sourceId]) fail(`${where}.sources`, `"${sourceId}" is not in sources`);
    const nestedIn = o.nestedIn === undefined ? undefined : stringMap(o.nestedIn, `${where}.nestedIn`);
    for (const [small, large] of Object.entries(nestedIn ?? {})) {
      if (!ageGroups.includes(small) || !ageGroups.includes(large)) fail(`${where}.nestedIn`, `${small} in ${large}: both must be in ageGroups`);
      if (ageGroups.indexOf(large) > ageGroups.indexOf(small)) fail(`${where}.nestedIn`, `${large} must come before ${small} in ageGroups`);
    }
    return { code: indicatorCode as IndicatorCode, ageGroups, sources: sourceIds, ...(nestedIn ? { nestedIn } : {}) };
  });
  if (new Set(indicators.map((i) => i.code)).size !== indicators.length) fail('indicators', 'an indicator is listed twice');

  const references = array(root.references ?? [], 'references').map((value, i): ProfileReference => {
    const where = `references[${i}]`;
    const o = object(value, where);
    const indicator = indicators.find((candidate) => candidate.code === o.indicator);
    if (!indicator) fail(`${where}.indicator`, `"${String(o.indicator)}" is not one of the profile's indicators`);
    const ageGroup = string(o.ageGroup, `${where}.ageGroup`);
    if (!indicator!.ageGroups.includes(ageGroup)) fail(`${where}.ageGroup`, `"${ageGroup}" is not an age group of ${indicator!.code}`);
    return { indicator: indicator!.code, ageGroup, year: number(o.year, `${where}.year`, 1900), value: number(o.value, `${where}.value`, 0), source: string(o.source, `${where}.source`) };
  });

  const youthJson = object(root.youth, 'youth');
  const youth = {
    districtAgeGroup: string(youthJson.districtAgeGroup, 'youth.districtAgeGroup', AGE),
    comparisonAgeGroup: string(youthJson.comparisonAgeGroup, 'youth.comparisonAgeGroup', AGE),
  };
  const neet = indicators.find((i) => i.code === 'neet');
  for (const [key, age] of Object.entries(youth)) {
    if (neet && !neet.ageGroups.includes(age)) fail(`youth.${key}`, `"${age}" is not an age group of the neet indicator`);
  }

  const caseRegister = root.caseRegister === 'synthetic' || root.caseRegister === 'none' ? root.caseRegister : fail('caseRegister', `must be "synthetic" or "none", got ${JSON.stringify(root.caseRegister)}`);
  const vocabularyJson = object(root.caseVocabulary, 'caseVocabulary');
  const vocabulary = Object.fromEntries(
    (['zones', 'measures', 'concernTypes', 'agencies'] as const).map((key) => {
      const o = object(vocabularyJson[key], `caseVocabulary.${key}`);
      return [key, Object.fromEntries(Object.entries(o).map(([term, labels]) => [term, texts(labels, `caseVocabulary.${key}.${term}`)]))];
    }),
  ) as Profile['caseVocabulary'];

  return {
    file,
    id,
    name,
    code,
    nation,
    language,
    output,
    ...(codeHistory === undefined ? {} : { codeHistory }),
    years,
    country,
    comparison,
    districts,
    districtGroups: groups,
    youth,
    indicators,
    sources,
    references,
    caseRegister,
    caseVocabulary: vocabulary,
  };
}
