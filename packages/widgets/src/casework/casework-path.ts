// A young person's path (every event of theirs up to the month, in order), read in the page
// from the decoded events: as pathSql gives it in SQL (casework-build.test.ts and the browser
// test compare the two). Each person's rows are found through an index made once at open
// (a counting sort of the rows by person), so opening a path reads a few dozen rows.
import type { CaseworkEvents } from './casework-events.ts';
import { sortedOrder, startsByPerson } from './casework-order.ts';

export interface PathEvent {
  readonly month: string;
  readonly event: 'meeting' | 'concern' | 'measure_start' | 'measure_end';
  readonly category: string;
  readonly agency: string | null;
}

/** What a path reads of the events: the element keeps only these columns' codes after the open. */
export type PathEvents = Pick<CaseworkEvents, 'length'> & { readonly text: Pick<CaseworkEvents['text'], 'pseudonym' | 'month' | 'event' | 'category' | 'agency'> };

/** The columns a path reads, without the others (at 10M events each column's codes are 40 MB). */
export const pathEvents = ({ length, text: { pseudonym, month, event, category, agency } }: CaseworkEvents): PathEvents => ({ length, text: { pseudonym, month, event, category, agency } });

/** The events' rows in people's order, and where each person's begin. */
export interface PathIndex {
  readonly rows: Int32Array;
  /** Person p's rows are rows[start[p]] .. rows[start[p + 1] - 1]. */
  readonly start: Int32Array;
}

export function pathIndex(events: PathEvents): PathIndex {
  const person = events.text.pseudonym.codes;
  return { rows: sortedOrder([person], events.length), start: startsByPerson(person, events.text.pseudonym.names.length) };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One young person's events up to `month` ('YYYY-MM'), by month, event and category; none for an unknown pseudonym. */
export function pathFromEvents(events: PathEvents, index: PathIndex, pseudonym: string, month: string): PathEvent[] {
  const { text } = events;
  const p = binarySearch(text.pseudonym.names, pseudonym);
  if (p < 0) return [];
  const name = (codes: { names: readonly string[]; codes: Int32Array }, row: number) => {
    const code = codes.codes[row]!;
    return code < 0 ? null : codes.names[code]!;
  };
  const path: PathEvent[] = [];
  for (let i = index.start[p]!; i < index.start[p + 1]!; i++) {
    const row = index.rows[i]!;
    const when = name(text.month, row)!;
    if (when > month) continue;
    path.push({ month: when, event: name(text.event, row) as PathEvent['event'], category: name(text.category, row)!, agency: name(text.agency, row) });
  }
  return path.sort((a, b) => compare(a.month, b.month) || compare(a.event, b.event) || compare(a.category, b.category) || compare(a.agency ?? '', b.agency ?? ''));
}

/** The place of `value` in sorted `names`, or -1. */
function binarySearch(names: readonly string[], value: string): number {
  let low = 0;
  let high = names.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (names[middle]! < value) low = middle + 1;
    else if (names[middle]! > value) high = middle - 1;
    else return middle;
  }
  return -1;
}
