import type { Language } from '@slt/engine';

/**
 * The municipality profile as the dashboards read it: `profile.json`, which the pipeline
 * publishes beside the indicator file (`npm run data -- --profile profiles/<id>.json`). It
 * names the municipality, its districts and their tile positions, the comparison set, the
 * age groups of the youth-exclusion figures with their definition and source, the notes on
 * the series (municipal reforms) and the case vocabulary. No DOM here: tested in Node.
 */
export type Texts = Readonly<Record<Language, string>>;

export interface ProfileArea {
  readonly code: string;
  readonly name: string;
}

export interface DashboardProfile {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly language: Language;
  /** `inText`: the country's name inside a sentence where it differs (DST's "Hele landet": "hele landet"). */
  readonly country: ProfileArea & { readonly inText?: string };
  readonly comparison: { readonly label: Texts; readonly areas: readonly ProfileArea[] };
  readonly districts: ReadonlyArray<ProfileArea & { readonly tile: readonly [number, number] }>;
  readonly youth: {
    readonly districtAgeGroup: string;
    readonly comparisonAgeGroup: string;
    readonly definition?: Texts;
    readonly credit?: Texts;
  };
  readonly notes: ReadonlyArray<{ readonly indicator: string; readonly area: string; readonly areaChanged: boolean; readonly text: Texts }>;
  /** The indicators of the file, and whether public sources give them (then with the comparison set's figures too). */
  readonly indicators: ReadonlyArray<{ readonly code: string; readonly public: boolean }>;
  readonly caseVocabulary: Readonly<Record<'zones' | 'measures' | 'concernTypes' | 'agencies', Readonly<Record<string, Texts>>>>;
}

export class ProfileFormatError extends Error {}

/** The country's name inside a sentence: "hele landet" where the data say "Hele landet". */
export function countryInText(profile: Pick<DashboardProfile, 'country'>): string {
  return profile.country.inText ?? profile.country.name;
}

const LANGUAGES: readonly Language[] = ['nb', 'nn', 'da', 'en'];
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a published profile; a mistake is one line naming the URL and the field. */
export function parseDashboardProfile(json: unknown, url: string): DashboardProfile {
  const fail = (where: string, message: string): never => {
    throw new ProfileFormatError(`${url}: ${where}: ${message}`);
  };
  const object = (value: unknown, where: string): Json => (isObject(value) ? value : fail(where, 'must be an object'));
  const string = (value: unknown, where: string): string => (typeof value === 'string' && value !== '' ? value : fail(where, 'must be a non-empty string'));
  const array = (value: unknown, where: string): unknown[] => (Array.isArray(value) ? value : fail(where, 'must be an array'));
  const texts = (value: unknown, where: string): Texts => {
    const o = object(value, where);
    return Object.fromEntries(LANGUAGES.map((language) => [language, string(o[language], `${where}.${language}`)])) as Texts;
  };
  const area = (value: unknown, where: string): ProfileArea => {
    const o = object(value, where);
    return { code: string(o.code, `${where}.code`), name: string(o.name, `${where}.name`) };
  };
  const root = object(json, 'profile');
  const language = LANGUAGES.find((l) => l === root.language) ?? fail('language', `must be one of ${LANGUAGES.join(', ')}`);
  const comparison = object(root.comparison, 'comparison');
  const youth = object(root.youth, 'youth');
  const countryJson = object(root.country, 'country');
  const vocabulary = object(root.caseVocabulary, 'caseVocabulary');
  return {
    id: string(root.id, 'id'),
    name: string(root.name, 'name'),
    code: string(root.code, 'code'),
    language,
    country: { ...area(countryJson, 'country'), ...(countryJson.inText === undefined ? {} : { inText: string(countryJson.inText, 'country.inText') }) },
    comparison: {
      label: texts(comparison.label, 'comparison.label'),
      areas: array(comparison.areas, 'comparison.areas').map((a, i) => area(a, `comparison.areas[${i}]`)),
    },
    districts: array(root.districts, 'districts').map((value, i) => {
      const where = `districts[${i}]`;
      const tile = array(object(value, where).tile, `${where}.tile`);
      if (tile.length !== 2 || !tile.every((n) => Number.isInteger(n) && (n as number) >= 0)) fail(`${where}.tile`, 'must be [column, row]');
      return { ...area(value, where), tile: [tile[0] as number, tile[1] as number] as const };
    }),
    youth: {
      districtAgeGroup: string(youth.districtAgeGroup, 'youth.districtAgeGroup'),
      comparisonAgeGroup: string(youth.comparisonAgeGroup, 'youth.comparisonAgeGroup'),
      ...(youth.definition === undefined ? {} : { definition: texts(youth.definition, 'youth.definition') }),
      ...(youth.credit === undefined ? {} : { credit: texts(youth.credit, 'youth.credit') }),
    },
    notes: array(root.notes ?? [], 'notes').map((value, i) => {
      const o = object(value, `notes[${i}]`);
      return { indicator: string(o.indicator, `notes[${i}].indicator`), area: string(o.area, `notes[${i}].area`), areaChanged: o.areaChanged === true, text: texts(o.text, `notes[${i}].text`) };
    }),
    indicators: array(root.indicators ?? [], 'indicators').map((value, i) => {
      const o = object(value, `indicators[${i}]`);
      return { code: string(o.code, `indicators[${i}].code`), public: o.public === true };
    }),
    caseVocabulary: Object.fromEntries(
      (['zones', 'measures', 'concernTypes', 'agencies'] as const).map((key) => {
        const terms = object(vocabulary[key], `caseVocabulary.${key}`);
        return [key, Object.fromEntries(Object.entries(terms).map(([term, labels]) => [term, texts(labels, `caseVocabulary.${key}.${term}`)]))];
      }),
    ) as DashboardProfile['caseVocabulary'],
  };
}

/** The `<slt-map tiles>` value of the profile's districts: `code:column,row;…`, row by row (reading order). */
export function tilesOf(profile: { readonly districts: ReadonlyArray<{ readonly code: string; readonly tile: readonly number[] }> }): string {
  return [...profile.districts]
    .sort((a, b) => a.tile[1]! - b.tile[1]! || a.tile[0]! - b.tile[0]!)
    .map((d) => `${d.code}:${d.tile[0]},${d.tile[1]}`)
    .join(';');
}

/** `16-25` as the messages write it: `16–25`. */
export const ageLabel = (ageGroup: string) => ageGroup.replace('-', '–');

/** Codes and their names as `<slt-bars labels>` takes them: `code=Name&…`, each part %-escaped. */
export function labelsOf(names: Readonly<Record<string, string>>): string {
  return Object.entries(names)
    .map(([code, name]) => `${encodeURIComponent(code)}=${encodeURIComponent(name)}`)
    .join('&');
}

/**
 * Age groups as the reader writes them, for a chart by age group: `15-29` is "15–29 år".
 * `pattern` is the language's `{age} år`.
 */
export function ageLabelsOf(ageGroups: readonly string[], pattern: string): string {
  return labelsOf(Object.fromEntries(ageGroups.map((group) => [group, pattern.replace('{age}', ageLabel(group))])));
}

/**
 * The dashboards' messages are written for NEET 16–25 (by district) and 15–29 (national);
 * this puts the profile's age groups in their place (Copenhagen: 16–24 for both).
 */
export function withAges(text: string, profile: Pick<DashboardProfile, 'youth'>): string {
  return text.replaceAll('16–25', ageLabel(profile.youth.districtAgeGroup)).replaceAll('15–29', ageLabel(profile.youth.comparisonAgeGroup));
}

/** `filter` parts naming areas (`area=Asker&area=Bærum`), each value %-escaped. */
export const areaFilter = (names: readonly string[]) => names.map((name) => `area=${encodeURIComponent(name)}`).join('&');

const cache = new Map<string, Promise<DashboardProfile>>();

/** Fetches and checks a profile once per URL (every dashboard of a page shares it). */
export function fetchDashboardProfile(url: string): Promise<DashboardProfile> {
  let loading = cache.get(url);
  if (!loading) {
    loading = (async () => {
      const response = await fetch(url);
      if (!response.ok) throw new ProfileFormatError(`${url}: ${response.status} ${response.statusText}`.trim());
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        throw new ProfileFormatError(`${url}: not JSON`);
      }
      return parseDashboardProfile(json, url);
    })();
    loading.catch(() => cache.delete(url));
    cache.set(url, loading);
  }
  return loading;
}
