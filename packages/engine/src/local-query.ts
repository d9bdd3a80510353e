import { cellReader, dictionaryCodes } from './cells.ts';
import type { ColumnType, PlainColumn } from './parquet/index.ts';
import type { FilterValue } from './model/query.ts';
import type { ValidFilter, ValidQuery } from './model/valid-query.ts';
import type { Cell, Row } from './rows.ts';

/** Column types whose equality and order mean the same in JavaScript as in DuckDB. */
export const COMPARABLE = new Set<ColumnType>(['string', 'integer', 'float', 'boolean']);

/**
 * Answers a plain selection from decoded columns (parquet/columns.ts: typed arrays, no
 * Arrow) of `rowCount` rows exactly as DuckDB answers the
 * compiled SQL: `=` / `IN` / range on typed values (NULL never matches; NaN is larger than
 * every number and equal to itself, as in DuckDB), DISTINCT, `ORDER BY ... NULLS LAST`
 * with the file's order for ties (the SQL orders by rowid last), then LIMIT.
 * The page connector decides which queries come here (connectors/page.ts).
 */
export function runLocally(columns: ReadonlyMap<string, PlainColumn>, rowCount: number, query: ValidQuery): Row[] {
  const column = (name: string) => {
    const decoded = columns.get(name);
    if (!decoded) throw new Error(`Column "${name}" was not decoded`);
    return decoded;
  };
  const readers = new Map<string, (index: number) => Cell>();
  const read = (name: string) => {
    let reader = readers.get(name);
    if (!reader) readers.set(name, (reader = cellReader(column(name))));
    return reader;
  };
  const filters = query.filters.map((filter) => ({ cell: read(filter.column), test: filterTest(filter) }));
  const passes = (index: number) => filters.every(({ cell, test }) => test(cell(index)));
  const selected = query.keys.map((name) => [name, read(name)] as const);
  const codes = query.distinct && selected.length === 1 ? dictionaryCodes(column(selected[0]![0])) : null;
  let matching: number[] = [];
  if (codes) {
    // A picker's values from a dictionary column: one flag per distinct value, and only the
    // first row of each value is kept (no array of every matching row, no key per row).
    const seen = new Uint8Array(codes.size + 1);
    for (let index = 0; index < rowCount; index++) {
      const code = codes.codeAt(index);
      if (seen[code] || !passes(index)) continue;
      seen[code] = 1;
      matching.push(index);
    }
  } else {
    for (let index = 0; index < rowCount; index++) if (passes(index)) matching.push(index);
    if (query.distinct) {
      const seen = new Set<string>();
      matching = matching.filter((index) => {
        const key = selected.map(([, cell]) => distinctKey(cell(index))).join('\u001f');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
  }
  const keys = query.orderBy.map((key) => ({ cell: read(key.column), sign: key.descending ? -1 : 1 }));
  if (keys.length > 0) {
    matching.sort((a, b) => {
      for (const { cell, sign } of keys) {
        const order = compareNullsLast(cell(a), cell(b), sign);
        if (order !== 0) return order;
      }
      return a - b;
    });
  }
  const limited = query.limit === undefined ? matching : matching.slice(0, query.limit);
  return limited.map((index) => Object.fromEntries(selected.map(([name, cell]) => [name, cell(index)])));
}

function filterTest(filter: ValidFilter): (cell: Cell) => boolean {
  if (filter.kind === 'in') {
    const values = new Set<FilterValue>(filter.values);
    // NULL = anything is never true in SQL; NaN values never reach a filter (validation).
    return (cell) => cell !== null && values.has(cell as FilterValue);
  }
  const { min, max } = filter;
  return (cell) =>
    cell !== null &&
    (min === undefined || compareValues(cell, min) >= 0) &&
    (max === undefined || compareValues(cell, max) <= 0);
}

/** DuckDB's DISTINCT: NULLs are one group, NaN is one value, -0 equals 0. */
function distinctKey(cell: Cell): string {
  if (cell === null) return 'null';
  if (typeof cell === 'number') return `n${Object.is(cell, -0) ? 0 : cell}`;
  return `${typeof cell}:${String(cell)}`;
}

/** `sign` -1 reverses the order of values; NULLs stay last either way (NULLS LAST). */
function compareNullsLast(a: Cell, b: Cell, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return sign * compareValues(a, b);
}

/**
 * DuckDB's order of two non-null values: numbers by value with NaN above +Infinity,
 * strings binary (UTF-16 order equals code point order outside the astral planes),
 * false before true.
 */
function compareValues(a: Cell | FilterValue, b: Cell | FilterValue): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const x = Number(a);
  const y = Number(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? 0 : Number.isNaN(x) ? 1 : -1;
  return x < y ? -1 : x > y ? 1 : 0;
}
