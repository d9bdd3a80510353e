import { EngineError } from './errors.ts';
import type { Filter } from './query.ts';

/**
 * Parses a `filter` attribute: `indicator=neet&area=Asker&area=Norge` (or `;` between
 * pairs). A repeated name means "any of these". Values may be percent-encoded.
 * Column names are checked against the schema later, when the dataset is known.
 * `attribute` names the attribute the text came from in an error (`reference`, `labels`
 * take the same form).
 */
export function parseFilters(text: string | null | undefined, attribute = 'filter'): Filter[] {
  const byColumn = new Map<string, string[]>();
  for (const pair of (text ?? '').split(/[&;]/)) {
    if (pair.trim() === '') continue;
    const separator = pair.indexOf('=');
    if (separator <= 0) {
      // Named as the attribute that holds it, so a reader sees which setting is wrong.
      throw new EngineError('invalid-option', `Filter "${pair}" must look like column=value`, { column: attribute });
    }
    const column = decode(pair.slice(0, separator).trim(), attribute);
    const value = decode(pair.slice(separator + 1).trim(), attribute);
    if (value === '') throw new EngineError('invalid-option', `Filter "${pair}" has no value`, { column });
    byColumn.set(column, [...(byColumn.get(column) ?? []), value]);
  }
  return [...byColumn].map(([column, values]) => ({ column, values }));
}

function decode(text: string, attribute: string): string {
  try {
    return decodeURIComponent(text);
  } catch (cause) {
    throw new EngineError('invalid-option', `Filter text "${text}" has a broken %-escape`, { column: attribute, cause });
  }
}
