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
  for (const column of [index.hist.month, index.concerns.month, index.spells.started]) for (let i = 0; i < column.length; i++) months.add(column[i]!);
  // District groups as `code=name`, from the meetings.
  const { area_code: code, area } = events.text;
  const pairs = new Set<number>();
  const names = area.names.length;
  for (let row = 0; row < events.length; row++) if (events.event[row] === MEETING) pairs.add(code.codes[row]! * (names + 1) + area.codes[row]! + 1);
  const areaText = (pair: number) => {
    const name = (pair % (names + 1)) - 1;
    return `${code.names[Math.floor(pair / (names + 1))]}=${name < 0 ? '' : area.names[name]}`;
  };
  return {
    months: [...months].sort((a, b) => a - b).map(monthOf),
    areas: sortedUnique([...pairs].map(areaText)),
    ages: sortedUnique(index.cells.map((cell) => cell.age_band)),
    sexes: sortedUnique(index.cells.map((cell) => cell.sex)),
    measures: [...index.measureNames],
    agencies: [...index.agencyNames],
  };
}
