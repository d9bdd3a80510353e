import { cellReader, dictionaryCodes, textsOf } from './cells.ts';
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
  const selected = query.keys.map((name) => [name, read(name)] as const);
  const codes = query.distinct && selected.length === 1 ? dictionaryCodes(column(selected[0]![0])) : null;
  let matching: number[] = [];
  if (codes) {
    // A picker's values from a dictionary column: one flag per distinct value, and only the
    // first row of each value is kept and tested (no array of every matching row, no key
    // per row: over millions of rows most are skipped on their code alone).
    const filters = query.filters.map((filter) => ({ cell: read(filter.column), test: filterTest(filter) }));
    const seen = new Uint8Array(codes.size + 1);
    for (let index = 0; index < rowCount; index++) {
      const code = codes.codeAt(index);
      if (seen[code] || !filters.every(({ cell, test }) => test(cell(index)))) continue;
      seen[code] = 1;
      matching.push(index);
    }
  } else {
    matching = filterRows(query.filters, column, read, rowCount);
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

/**
 * The rows (in file order) that pass every filter, a filter at a time over the rows the ones
 * before it kept. `IN` on text with a dictionary tests each row's code against a flag per
 * distinct text, so no row's text is made: on a cold page (unoptimised code) a loop of
 * typed-array reads costs a fraction of a cell and a set lookup per row per filter.
 */
function filterRows(
  filters: readonly ValidFilter[],
  column: (name: string) => PlainColumn,
  read: (name: string) => (index: number) => Cell,
  rowCount: number,
): number[] {
  let rows: number[] | undefined;
  for (const filter of filters) {
    const decoded = column(filter.column);
    const kept: number[] = [];
    const count = rows === undefined ? rowCount : rows.length;
    if (filter.kind === 'in' && decoded.dictionary) {
      const allowed = allowedCodes(decoded.dictionary, filter.values);
      const codes = decoded.values as Int32Array;
      const validity = decoded.validity;
      for (let at = 0; at < count; at++) {
        const index = rows === undefined ? at : rows[at]!;
        // NULL = anything is never true in SQL; a NULL row's code means nothing.
        if (allowed[codes[index]!] === 1 && (validity === undefined || (validity[index >> 3]! & (1 << (index & 7))) !== 0)) kept.push(index);
      }
    } else {
      const cell = read(filter.column);
      const test = filterTest(filter);
      for (let at = 0; at < count; at++) {
        const index = rows === undefined ? at : rows[at]!;
        if (test(cell(index))) kept.push(index);
      }
    }
    rows = kept;
  }
  return rows ?? Array.from({ length: rowCount }, (_, index) => index);
}

/** A flag per dictionary code: 1 where the code's text is one of `values`. */
function allowedCodes(dictionary: PlainColumn, values: readonly FilterValue[]): Uint8Array {
  const wanted = new Set<FilterValue>(values);
  const texts = textsOf(dictionary);
  const allowed = new Uint8Array(texts.length);
  for (let code = 0; code < texts.length; code++) if (texts[code] !== null && wanted.has(texts[code]!)) allowed[code] = 1;
  return allowed;
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
