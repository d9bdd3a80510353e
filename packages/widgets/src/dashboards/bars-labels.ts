import { ageLabel } from './profile.ts';

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
