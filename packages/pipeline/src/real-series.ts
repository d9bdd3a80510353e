/**
 * Public counts for the profile's areas (the municipality, its comparison set, the country),
 * one series per area under today's code: in a year before a reform the counts of the codes
 * valid that year are added up (Asker 2019 = 0220 Asker + 0627 Røyken + 0628 Hurum), and the
 * years where that happened get a note, so a reader sees a change of area, not a trend.
 */
import type { CodeHistory } from './code-history.ts';
import type { Sex } from './indicator-specs.ts';
import type { Area, Profile, ProfileIndicator, Source } from './profile.ts';
import type { Count } from './sources.ts';

export interface RealCount {
  readonly numerator: number;
  readonly denominator: number;
  readonly source: Source;
}

/** The counts of one area: `${year}|${ageGroup}|${sex}` -> count. */
export type AreaSeries = Map<string, RealCount>;

export interface SeriesNote {
  readonly area: Area;
  readonly first: number;
  readonly last: number;
  /**
   * The codes added up in those years (today's area as it was then); for a `divided` note, the
   * old municipality's codes whose figures were left out.
   */
  readonly codes: ReadonlyArray<{ code: string; name: string }>;
  /** No figures in those years: the municipality of that name was divided after this year. */
  readonly dividedAfter?: number;
}

export interface RealSeries {
  /** Area code -> its series. */
  readonly areas: Map<string, AreaSeries>;
  readonly notes: SeriesNote[];
  readonly sources: Source[];
}

export const seriesKey = (year: number, ageGroup: string, sex: Sex) => `${year}|${ageGroup}|${sex}`;

export class HistoryError extends Error {}

/** Checks that the history knows every area of the profile as one of today's municipalities. */
export function checkAreas(profile: Profile, history: CodeHistory | undefined): void {
  if (!history) return;
  const areas: Array<[string, Area]> = [['code', { code: profile.code, name: profile.name }], ...profile.comparison.areas.map((area, i): [string, Area] => [`comparison.areas[${i}].code`, area])];
  for (const [where, area] of areas) {
    if (!history.isCurrent(area.code)) {
      const today = history.currentOf(area.code);
      throw new HistoryError(`${profile.file}: ${where}: "${area.code}" (${area.name}) is not a municipality code in ${history.file}${today ? ` (it is now ${today})` : ''}`);
    }
  }
}

export function realSeries(profile: Profile, indicator: ProfileIndicator, counts: ReadonlyArray<{ source: Source; counts: readonly Count[] }>, history: CodeHistory | undefined): RealSeries {
  // Source counts by code: earlier sources in the profile's list win.
  const byCode = new Map<string, Map<string, RealCount>>();
  for (const { source, counts: list } of counts) {
    for (const count of list) {
      const series = byCode.get(count.area) ?? new Map<string, RealCount>();
      const key = seriesKey(count.year, count.ageGroup, count.sex);
      if (!series.has(key)) series.set(key, { numerator: count.numerator, denominator: count.denominator, source });
      byCode.set(count.area, series);
    }
  }
  const targets: Area[] = [{ code: profile.code, name: profile.name }, ...profile.comparison.areas, profile.country, ...profile.districts];
  const districtCodes = new Set(profile.districts.map((d) => d.code));
  const areas = new Map<string, AreaSeries>();
  const notes: SeriesNote[] = [];
  for (const target of targets) {
    const series: AreaSeries = new Map();
    const compositions = new Map<number, Array<{ code: string; name: string }>>();
    for (let year = profile.years.first; year <= profile.years.last; year += 1) {
      const codes = isOwnFigures(target, profile, districtCodes) || !history ? [{ code: target.code, name: target.name }] : history.codesIn(target.code, year);
      for (const ageGroup of indicator.ageGroups) {
        for (const sex of ['all', 'female', 'male'] as const) {
          const key = seriesKey(year, ageGroup, sex);
          const own = byCode.get(target.code)?.get(key);
          const parts = own ? [own] : codes.map((c) => byCode.get(c.code)?.get(key));
          // A year counts only when every code of the area has a figure: never half an area.
          if (parts.length === 0 || parts.some((part) => part === undefined)) continue;
          const found = parts as RealCount[];
          series.set(key, {
            numerator: found.reduce((sum, part) => sum + part.numerator, 0),
            denominator: found.reduce((sum, part) => sum + part.denominator, 0),
            source: found[0]!.source,
          });
          if (!own && !(codes.length === 1 && codes[0]!.code === target.code)) compositions.set(year, codes.map(({ code, name }) => ({ code, name })));
        }
      }
    }
    areas.set(target.code, series);
    // Consecutive years with the same codes make one note.
    let current: { first: number; last: number; codes: Array<{ code: string; name: string }> } | undefined;
    for (const [year, codes] of [...compositions].sort((a, b) => a[0] - b[0])) {
      const same = current && current.last === year - 1 && current.codes.map((c) => c.code).join() === codes.map((c) => c.code).join();
      if (same) current!.last = year;
      else {
        if (current) notes.push({ area: target, ...current });
        current = { first: year, last: year, codes };
      }
    }
    if (current) notes.push({ area: target, ...current });
    const gap = !isOwnFigures(target, profile, districtCodes) && history ? dividedGap(target, series, profile, history) : undefined;
    if (gap) notes.push(gap);
  }
  return { areas, notes, sources: counts.map((c) => c.source) };
}

/** The country and the districts (the municipality's own figures) have no code history. */
function isOwnFigures(target: Area, profile: Profile, districtCodes: ReadonlySet<string>): boolean {
  return target.code === profile.country.code || districtCodes.has(target.code);
}

/**
 * The first years of a municipality with no figures because the municipality of that name
 * then was divided between several of today's (Hitra before 2020): its figures are for another
 * area, so the series starts at the reform, and a note says why instead of a silent gap.
 * Splitting the old figures between today's municipalities would need the parts' populations,
 * which no source here has; so they are left out, not apportioned.
 */
function dividedGap(target: Area, series: AreaSeries, profile: Profile, history: CodeHistory): SeriesNote | undefined {
  const years = [...series.keys()].map((key) => Number(key.split('|')[0]));
  const first = years.length === 0 ? profile.years.last + 1 : Math.min(...years);
  if (first <= profile.years.first) return undefined;
  const divided = history
    .dividedNamed(target.name)
    .filter((span) => span.to !== null && span.to >= profile.years.first && span.to < first)
    .sort((a, b) => a.to! - b.to!);
  if (divided.length === 0) return undefined;
  const last = Math.min(first - 1, profile.years.last);
  const dividedAfter = Math.max(...divided.map((span) => span.to!));
  return { area: target, first: profile.years.first, last, codes: divided.map(({ code, name }) => ({ code, name })), dividedAfter };
}

/**
 * A note in words, in each language: "Asker 2015–2019: the sum of 0220 Asker, 0627 Røyken,
 * 0628 Hurum, merged after 2019 ...". Added up, the old municipalities are today's area, so the
 * line runs on across the reform, and the note says how its first years were made (not "a
 * break in the series": the line and the summary compare across it).
 */
export function noteTexts(note: SeriesNote): Record<'nb' | 'nn' | 'da' | 'en', string> {
  const years = note.first === note.last ? String(note.first) : `${note.first}–${note.last}`;
  const codes = note.codes.map((c) => `${c.code} ${c.name}`).join(', ');
  if (note.dividedAfter !== undefined) {
    const reform = note.dividedAfter;
    return {
      nb: `${note.area.name} ${years}: ingen tall for dagens område. Den gamle kommunen (${codes}) ble delt mellom flere kommuner etter ${reform}, så tallene gjelder et annet område og er utelatt.`,
      nn: `${note.area.name} ${years}: ingen tal for dagens område. Den gamle kommunen (${codes}) vart delt mellom fleire kommunar etter ${reform}, så tala gjeld eit anna område og er utelatne.`,
      da: `${note.area.name} ${years}: ingen tal for det nuværende område. Den gamle kommune (${codes}) blev delt mellem flere kommuner efter ${reform}, så tallene gælder et andet område og er udeladt.`,
      en: `${note.area.name} ${years}: no figures for today's area. The old municipality (${codes}) was divided between several municipalities after ${reform}, so its figures are for another area and are left out.`,
    };
  }
  if (note.codes.length > 1) {
    return {
      nb: `${note.area.name} ${years}: summen av ${codes}, som ble slått sammen etter ${note.last}. Tallene gjelder dagens område, så årene før og etter kan sammenlignes.`,
      nn: `${note.area.name} ${years}: summen av ${codes}, som vart slått saman etter ${note.last}. Tala gjeld dagens område, så åra før og etter kan samanliknast.`,
      da: `${note.area.name} ${years}: summen af ${codes}, som blev lagt sammen efter ${note.last}. Tallene gælder det nuværende område, så årene før og efter kan sammenlignes.`,
      en: `${note.area.name} ${years}: the sum of ${codes}, merged after ${note.last}. The figures are for today's area, so the years before and after can be compared.`,
    };
  }
  return {
    nb: `${note.area.name} ${years}: kommunenummer ${codes} (samme område, annet nummer).`,
    nn: `${note.area.name} ${years}: kommunenummer ${codes} (same område, anna nummer).`,
    da: `${note.area.name} ${years}: kommunekode ${codes} (samme område, anden kode).`,
    en: `${note.area.name} ${years}: municipality code ${codes} (same area, another code).`,
  };
}
