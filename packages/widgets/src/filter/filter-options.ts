import { EngineError, type ColumnInfo, type Filter, type Language, type Query, type Row } from '@slt/engine';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { FILTER_MESSAGES } from './filter.messages.ts';
import { collatorFor } from '../shared/collator.ts';

/** One picker: the column it filters, its label, and the values to choose from, in order. */
export interface Picker {
  readonly column: string;
  /** The label the page gave (`labels`), else undefined: a default in the reader's language is used. */
  readonly label: string | undefined;
  readonly values: readonly string[];
  /** The data have an `'all'` margin for this column: choosing it is choosing no filter. */
  readonly hasAll: boolean;
}

/** The data's margin value, SSB and our pipeline both write it so. */
export const ALL = 'all';

/**
 * `columns="year,area,sex"` and `labels="År,Bydel"` to the pickers' columns and labels.
 * Labels pair with columns by position; fewer labels than columns is fine (defaults fill in).
 */
export function parsePickers(columns: string, labels: string): { column: string; label: string | undefined }[] {
  const names = split(columns);
  if (names.length === 0) throw new EngineError('invalid-option', 'slt-filter needs columns, e.g. columns="year,area,sex,age_group"', { column: 'columns' });
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new EngineError('invalid-option', `column ${JSON.stringify(duplicate)} is listed twice in columns`, { column: 'columns' });
  const texts = split(labels);
  if (texts.length > names.length) {
    throw new EngineError('invalid-option', `labels has ${texts.length} entries for ${names.length} columns`, { column: 'labels' });
  }
  return names.map((column, index) => ({ column, label: texts[index] || undefined }));
}

function split(text: string): string[] {
  return text.split(',').map((part) => part.trim()).filter((part) => part !== '');
}

/** A column holding periods: shown newest first. */
export function isTimeColumn(column: ColumnInfo): boolean {
  return (column.type === 'integer' && /year/i.test(column.name)) || /^(year|period|time|quarter|month|date)$/i.test(column.name);
}

/**
 * The distinct values of each picker's column, sorted as a reader looks for them: periods
 * newest first, everything else in the reader's alphabetical order with numbers in
 * numeric order (`0-17` before `13-15`); the `'all'` margin is not a value but "Alle".
 */
export function pickersFrom(
  rows: readonly Row[],
  columns: readonly { column: string; label: string | undefined }[],
  schema: readonly ColumnInfo[],
  language: Language,
): Picker[] {
  const collator = collatorFor(language, true);
  return columns.map(({ column, label }) => {
    const seen = new Set<string>();
    for (const row of rows) {
      const cell = row[column];
      if (cell !== null && cell !== undefined && cell !== '') seen.add(cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));
    }
    const info = schema.find((candidate) => candidate.name === column);
    const newestFirst = info !== undefined && isTimeColumn(info);
    const values = [...seen]
      .filter((value) => value !== ALL)
      .sort((a, b) => (newestFirst ? collator.compare(b, a) : collator.compare(a, b)));
    return { column, label, values, hasAll: seen.has(ALL) };
  });
}

/** A picker's label: the page's, else ours for the common columns, else the column's name. */
export function pickerLabel(picker: Pick<Picker, 'column' | 'label'>, language: Language): string {
  const known = FILTER_MESSAGES[language].columns as Record<string, string>;
  return picker.label ?? known[picker.column] ?? picker.column;
}

/** A value as the reader reads it: `female` -> "Jenter/kvinner", `16-25` -> "16–25 år", `2021-2023` -> "2021–2023". */
export function valueLabel(column: string, value: string, language: Language): string {
  const messages = FILTER_MESSAGES[language];
  if (value === ALL) return MESSAGES[language].all;
  if (column === 'sex' && (value === 'female' || value === 'male')) return messages.sexes[value];
  const span = /^(\d{1,4})-(\d{1,4})$/.exec(value);
  if (span && /age/.test(column)) return fill(messages.ages, { from: span[1]!, to: span[2]! });
  if (span) return `${span[1]}\u2013${span[2]}`;
  return value;
}

/**
 * The query each picker needs: the distinct values of its column under the element's own
 * filters (the engine answers it, in the page without DuckDB; `pickersFrom` sorts them).
 * One query per column, so the values of one column are never crossed with another's.
 */
export function pickersQuery(column: string, filters: readonly Filter[]): Omit<Query, 'from'> {
  return { columns: [column], distinct: true, filters };
}
