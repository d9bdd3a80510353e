/**
 * `generate --profile <file>`: the indicator file a profile's dashboards read, and the
 * profile as the dashboards read it (`profile.json`), written into the profile's output
 * folder. Everything is made in a temporary folder beside it and moved in only when all of
 * it is written, so a failed build leaves the output folder as it was.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { RunConfig } from './config.ts';
import { indicatorTexts } from './file-texts.ts';
import { buildIndicators, creditText, INDICATOR_COLUMNS } from './indicators.ts';
import { loadProfile, type LoadedProfile } from './load-profile.ts';
import { writeParquet } from './parquet.ts';
import type { Progress } from './progress.ts';
import { noteTexts } from './real-series.ts';
import { compareReleases, readReleaseFigures, ReleaseCheckError } from './release-check.ts';
import { compareWithEvery, earlierReleases, hasHistory, historyWithoutRelease, INDICATOR_HISTORY_FILE, setHistoryAside, writeHistory } from './release-history.ts';
import type { ReadOptions } from './sources.ts';

export const INDICATOR_FILE = 'indicators.parquet';
export const PROFILE_FILE = 'profile.json';

/** The profile as the dashboards need it (no model parameters, no file paths), with the series notes. */
export function publishedProfile(loaded: LoadedProfile) {
  const { profile, real } = loaded;
  const neet = profile.indicators.find((indicator) => indicator.code === 'neet');
  const neetSource = neet?.sources[0] === undefined ? undefined : profile.sources[neet.sources[0]];
  const notes = [...real.entries()].flatMap(([indicator, series]) => series.notes.map((note) => ({ indicator, area: note.area.name, first: note.first, last: note.last, areaChanged: note.codes.length > 1 || note.dividedAfter !== undefined, text: noteTexts(note) })));
  return {
    id: profile.id,
    name: profile.name,
    code: profile.code,
    language: profile.language,
    country: profile.country,
    comparison: profile.comparison,
    districts: profile.districts.map(({ code, name, tile }) => ({ code, name, tile })),
    youth: {
      ...profile.youth,
      ...(neetSource ? { definition: neetSource.definition, credit: neetSource.credit } : {}),
    },
    indicators: profile.indicators.map((indicator) => ({
      code: indicator.code,
      ageGroups: indicator.ageGroups,
      public: indicator.sources.length > 0,
      credit: indicator.sources.map((id) => profile.sources[id]!.credit),
    })),
    notes,
    caseVocabulary: profile.caseVocabulary,
  };
}

/** Writes the indicator file of a loaded profile to `path`. */
export async function writeIndicatorFile(connection: DuckDBConnection, loaded: LoadedProfile, config: RunConfig, path: string, log?: (line: string) => void) {
  const { profile, real } = loaded;
  const { rows, suppressed } = await buildIndicators(profile, { seed: config.seed, k: config.k, real }, log);
  const allCredits = [...real.values()].flatMap((series) => series.sources.map((source) => source.credit));
  const credits = allCredits.filter((credit, i) => allCredits.findIndex((other) => other.en === credit.en) === i);
  const notes = [...real.values()].flatMap((series) => series.notes.map(noteTexts));
  const texts = indicatorTexts({ profile, credits, notes });
  await writeParquet(connection, path, INDICATOR_COLUMNS, rows, {
    synthetic: true,
    k: config.k,
    title: texts.en.title,
    source: texts.en.source,
    updated: config.updated,
    description: texts.en.description,
    tier: 'public',
    disclosure: {
      counts: ['numerator', 'denominator'],
      dimensions: ['area_code', 'sex'],
      rates: ['value=numerator/denominator'],
    },
    texts,
    // The rows credit their public source in English (`source`); the widgets show it in the reader's language.
    rowSources: Object.fromEntries(credits.map((credit) => [creditText(credit), credit])),
  });
  const zero = rows.filter((r) => r.numerator === 0).length;
  return { rows: rows.length, cells: rows.length, zero, ...suppressed };
}

/**
 * The indicator file and profile.json of a profile, moved into `output` only when both are
 * written and, read together with the indicator file published before (`previous`: by
 * default the one in `output`; null for none), they give no figure away (release-check.ts).
 */
export async function buildProfileData(
  connection: DuckDBConnection,
  loaded: LoadedProfile,
  config: RunConfig,
  progress: Progress,
  output = loaded.output,
  previous: string | null = output,
) {
  progress.step(`indicators for ${loaded.profile.name}`);
  await mkdir(dirname(output), { recursive: true });
  const temporary = await mkdtemp(join(dirname(output), `.${basename(output)}-`));
  try {
    const written = await writeIndicatorFile(connection, loaded, config, join(temporary, INDICATOR_FILE));
    const next = await readReleaseFigures(connection, temporary);
    if (previous !== null && !existsSync(join(previous, INDICATOR_FILE)) && hasHistory(previous, INDICATOR_HISTORY_FILE)) {
      throw new Error(historyWithoutRelease(previous, INDICATOR_HISTORY_FILE));
    }
    const published = previous !== null && existsSync(join(previous, INDICATOR_FILE)) ? await readReleaseFigures(connection, previous) : null;
    const before = published ? await earlierReleases(previous!, published, INDICATOR_HISTORY_FILE) : [];
    if (published) {
      const problems = compareWithEvery((earlier, now) => compareReleases(earlier, now, config.k), [published, ...before], next);
      if (problems.length > 0) throw new ReleaseCheckError(problems, config.k);
    }
    await writeHistory(temporary, next, published, before, INDICATOR_HISTORY_FILE);
    await writeFile(join(temporary, PROFILE_FILE), `${JSON.stringify(publishedProfile(loaded), null, 2)}\n`);
    await mkdir(output, { recursive: true });
    for (const file of [INDICATOR_FILE, PROFILE_FILE]) await rename(join(temporary, file), join(output, file));
    if (existsSync(join(temporary, INDICATOR_HISTORY_FILE))) await rename(join(temporary, INDICATOR_HISTORY_FILE), join(output, INDICATOR_HISTORY_FILE));
    else await setHistoryAside(output, INDICATOR_HISTORY_FILE);
    progress.done(`indicators for ${loaded.profile.name}`, `${written.rows} rows -> ${output}`);
    return written;
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** Reads and checks a profile and its sources, then builds its files: nothing is written unless all of it is valid. */
export async function generateProfile(
  connection: DuckDBConnection,
  path: string,
  config: RunConfig,
  progress: Progress,
  options: ReadOptions & { output?: string; previous?: string | null } = {},
) {
  const loaded = await loadProfile(path, options);
  const output = options.output ?? loaded.output;
  return buildProfileData(connection, loaded, config, progress, output, options.previous === undefined ? output : options.previous);
}
