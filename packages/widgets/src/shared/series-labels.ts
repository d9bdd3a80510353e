import { EngineError, parseFilters, type Filter, type Language } from '@slt/engine';
import { MESSAGES } from '../i18n/messages.ts';

/** Display names of the codes a `sex` column holds in our files and SSB's (`female`, `male`). */
const SEX_NAMES: Record<Language, Record<'female' | 'male', string>> = {
  nb: { female: 'Kvinner', male: 'Menn' },
  nn: { female: 'Kvinner', male: 'Menn' },
  da: { female: 'Kvinder', male: 'Mænd' },
  en: { female: 'Female', male: 'Male' },
};

/**
 * A `labels` attribute: display names for codes, `code=Name` pairs joined by `&` (the syntax
 * of a filter, so `&`, `=`, `;` and `%` in a name are %-escaped); a code named twice keeps its
 * first name.
 */
export function parseLabels(text: string): ReadonlyMap<string, string> {
  let entries: Filter[];
  try {
    entries = parseFilters(text);
  } catch (error) {
    // Named as the attribute it is ("Ugyldig verdi for «labels»"), not as a filter.
    throw new EngineError('invalid-option', `invalid labels: ${(error as Error).message} (write code=Name pairs joined by &)`, { column: 'labels', cause: error });
  }
  const labels = new Map<string, string>();
  for (const entry of entries) if (!labels.has(entry.column)) labels.set(entry.column, String(entry.values[0]));
  return labels;
}

/**
 * A series value as the reader sees it: its name in `labels` when it has one, else, in a
 * `sex` column, `female` -> "Kvinner" (`all` -> "Alle") in the reader's language; others as
 * the file writes them (area names are names already).
 */
export function seriesLabel(
  series: string,
  seriesColumn: string | undefined,
  language: Language,
  labels: ReadonlyMap<string, string> = new Map(),
): string {
  const named = labels.get(series);
  if (named !== undefined) return named;
  if (seriesColumn !== 'sex') return series;
  const names: Record<string, string> = { all: MESSAGES[language].all, ...SEX_NAMES[language] };
  return names[series] ?? series;
}
