// The internal tier's events (data/internal/case_events.parquet) as the engine decodes them,
// turned into whole numbers, one typed array per column: what the element builds its index
// from (casework-build.ts). Checks the file's shape on the way, so a file that is not an
// events file fails with a message that says which column is wrong.
import type { PlainColumn } from '@slt/engine';
import { isMonth, monthIndex } from './casework-months.ts';
import { textCodes, type TextCodes } from './casework-text-codes.ts';

/** The columns the element reads (the file's others, such as `period` and `area_level`, are not decoded). */
export const EVENT_COLUMNS = ['pseudonym', 'month', 'event', 'category', 'agency', 'age_band', 'sex', 'area_code', 'area'] as const;
export type EventColumn = (typeof EVENT_COLUMNS)[number];

/** The kinds of event, by their code in `CaseworkEvents.event`. */
export const EVENT_KINDS = ['meeting', 'concern', 'measure_start', 'measure_end'] as const;
export const MEETING = 0;
export const CONCERN = 1;
export const MEASURE_START = 2;
export const MEASURE_END = 3;

/** The columns no event may leave empty (agency is empty on all but concerns). */
const REQUIRED: readonly EventColumn[] = ['pseudonym', 'month', 'event', 'category', 'age_band', 'sex', 'area_code'];

export interface CaseworkEvents {
  readonly length: number;
  /** Each column as codes: a value's place among the column's values in sorted order. */
  readonly text: Readonly<Record<EventColumn, TextCodes>>;
  /** The month as a whole number of months (casework-months.ts). */
  readonly month: Int32Array;
  /** The kind of event (EVENT_KINDS), -1 for another. */
  readonly event: Int8Array;
}

/** The decoded columns as codes; throws naming the column when one is empty or not as the internal tier writes it. */
export function caseworkEvents(columns: ReadonlyMap<string, PlainColumn>, rowCount: number): CaseworkEvents {
  const text = {} as Record<EventColumn, TextCodes>;
  for (const name of EVENT_COLUMNS) {
    const column = columns.get(name);
    if (!column) throw new Error(`the file has no column ${name}`);
    text[name] = textCodes(column, name);
    if (REQUIRED.includes(name) && text[name].nullCount > 0) throw new Error(`${name} is empty in ${text[name].nullCount} rows`);
  }
  const monthOfCode = Int32Array.from(text.month.names, (name) => {
    if (!isMonth(name)) throw new Error(`month: ${JSON.stringify(name)} is not YYYY-MM`);
    return monthIndex(name);
  });
  const month = new Int32Array(rowCount);
  for (let row = 0; row < rowCount; row++) month[row] = monthOfCode[text.month.codes[row]!]!;
  const kindOfCode = Int8Array.from(text.event.names, (name) => (EVENT_KINDS as readonly string[]).indexOf(name));
  const event = new Int8Array(rowCount);
  for (let row = 0; row < rowCount; row++) event[row] = kindOfCode[text.event.codes[row]!]!;
  return { length: rowCount, text, month, event };
}
