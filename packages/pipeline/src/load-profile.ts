/**
 * A profile file with everything it names: the code history and every source, read and
 * checked before anything is written, so a mistake stops the build with one line.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { CodeHistory } from './code-history.ts';
import { parseProfile, ProfileError, type Profile } from './profile.ts';
import { checkAreas, realSeries, type RealSeries } from './real-series.ts';
import { readSource, SourceError, type ReadOptions } from './sources.ts';

export interface LoadedProfile {
  readonly profile: Profile;
  /** Absolute output folder. */
  readonly output: string;
  readonly history: CodeHistory | undefined;
  /** Indicator code -> public counts for the municipality, the comparison set and the country. */
  readonly real: Map<string, RealSeries>;
}

/** The repository's own profile for the demo data in data/. */
export const DEFAULT_PROFILE = resolve(dirname(new URL(import.meta.url).pathname), '../../../profiles/asker.json');

export async function loadProfile(path: string, options: ReadOptions = {}): Promise<LoadedProfile> {
  const absolute = resolve(path);
  const shown = relative(process.cwd(), absolute) || absolute;
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch {
    throw new ProfileError(`${shown}: profile not found`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ProfileError(`${shown}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const profile = parseProfile(json, shown);
  const folder = dirname(absolute);
  const at = (file: string) => resolve(folder, file);
  let history: CodeHistory | undefined;
  if (profile.codeHistory) {
    const file = at(profile.codeHistory);
    const historyName = relative(process.cwd(), file) || file;
    let historyText: string;
    try {
      historyText = await readFile(file, 'utf8');
    } catch {
      throw new SourceError(`${shown}: codeHistory: ${historyName} not found`);
    }
    history = CodeHistory.fromText(historyName, historyText);
  }
  checkAreas(profile, history);
  const real = new Map<string, RealSeries>();
  for (const indicator of profile.indicators) {
    if (indicator.sources.length === 0) continue;
    const counts = [];
    for (const id of indicator.sources) {
      const source = profile.sources[id]!;
      counts.push({ source, counts: await readSource(source, at(source.file), options) });
    }
    const series = realSeries(profile, indicator, counts, history);
    const own = series.areas.get(profile.code);
    if (!own || own.size === 0) {
      throw new SourceError(`${shown}: indicators (${indicator.code}): the sources ${indicator.sources.join(', ')} have no figures for ${profile.code} ${profile.name} in ${profile.years.first}-${profile.years.last}`);
    }
    real.set(indicator.code, series);
  }
  return { profile, output: at(profile.output), history, real };
}
