// What the filters offer, from the index and events built in the page: as optionsSql gives
// it in SQL (casework-build.test.ts compares the two).
import type { CaseworkOptions } from './casework-data.ts';
import { MEETING, type CaseworkEvents } from './casework-events.ts';
import type { CaseworkIndex } from './casework-index.ts';
import { monthOf } from './casework-months.ts';

const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function optionsFromIndex(index: CaseworkIndex, events: CaseworkEvents): CaseworkOptions {
  // Months of the count table: those with a meeting, a concern or a measure started.
  const months = new Set<number>();
  for (const column of [index.hist.month, index.concerns.month, index.spells.started]) {
    for (let i = 0, last = NaN; i < column.length; i++) if (column[i] !== last) months.add((last = column[i]!));
  }
  // District groups as `code=name`, from the meetings.
  const { area_code: code, area } = events.text;
  const names = area.names.length + 1; // a NULL name is code -1: one more
  const seen = new Uint8Array(code.names.length * names);
  for (let row = 0; row < events.length; row++) if (events.event[row] === MEETING) seen[code.codes[row]! * names + area.codes[row]! + 1] = 1;
  const pairs: string[] = [];
  // `code || '=' || area` is NULL, and not listed, when the name is.
  for (let pair = 0; pair < seen.length; pair++) if (seen[pair] && pair % names > 0) pairs.push(`${code.names[Math.floor(pair / names)]}=${area.names[(pair % names) - 1]}`);
  return {
    months: [...months].sort((a, b) => a - b).map(monthOf),
    areas: sortedUnique(pairs),
    ages: sortedUnique(index.cells.map((cell) => cell.age_band)),
    sexes: sortedUnique(index.cells.map((cell) => cell.sex)),
    measures: [...index.measureNames],
    agencies: [...index.agencyNames],
  };
}
