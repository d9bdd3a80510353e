import type { Table } from 'apache-arrow';
import type { ColumnInfo } from './parquet/index.ts';
import type { FilterValue, SelectQuery } from './query.ts';
import { toCell, type Cell, type Row } from './rows.ts';

/** Column types whose equality and order mean the same in JavaScript as in DuckDB. */
const COMPARABLE = new Set<ColumnInfo['type']>(['string', 'integer', 'float', 'boolean']);

/**
 * Whether a validated query can be answered in the page without DuckDB, with exactly
 * DuckDB's result: equality filters and ordering on plain strings, numbers and booleans.
 */
export function canRunLocally(query: SelectQuery, columns: readonly ColumnInfo[]): boolean {
  const typeOf = (name: string) => columns.find((column) => column.name === name)?.type;
  const filtered = (query.filters ?? []).map((filter) => filter.column);
  return [...filtered, ...(query.orderBy ?? [])].every((name) => COMPARABLE.has(typeOf(name) ?? 'other'));
}

/**
 * Answers a validated SelectQuery from decoded Arrow columns, as DuckDB would:
 * `=` / `IN` on typed values, `ORDER BY ... ASC NULLS LAST` with a stable order for ties,
 * then LIMIT. This lets the first chart paint while DuckDB-WASM is still starting.
 */
export function runLocally(table: Table, query: SelectQuery): Row[] {
  const read = (name: string) => {
    const vector = table.getChild(name);
    if (!vector) throw new Error(`Column "${name}" was not decoded`);
    const type = vector.type;
    return (index: number): Cell => toCell(vector.get(index), type);
  };
  const filters = (query.filters ?? []).map((filter) => ({ cell: read(filter.column), values: new Set<FilterValue>(filter.values) }));
  const matching: number[] = [];
  for (let index = 0; index < table.numRows; index++) {
    if (filters.every(({ cell, values }) => matches(cell(index), values))) matching.push(index);
  }
  const keys = (query.orderBy ?? []).map(read);
  if (keys.length > 0) {
    matching.sort((a, b) => {
      for (const key of keys) {
        const order = compareAscNullsLast(key(a), key(b));
        if (order !== 0) return order;
      }
      return a - b;
    });
  }
  const limited = query.limit === undefined ? matching : matching.slice(0, query.limit);
  const selected = query.columns.map((name) => [name, read(name)] as const);
  return limited.map((index) => Object.fromEntries(selected.map(([name, cell]) => [name, cell(index)])));
}

function matches(cell: Cell, values: ReadonlySet<FilterValue>): boolean {
  // NULL = anything is never true in SQL.
  if (cell === null) return false;
  return values.has(cell as FilterValue);
}

/** DuckDB's default order: numbers by value, strings binary (UTF-16 order equals code point order outside the astral planes). */
function compareAscNullsLast(a: Cell, b: Cell): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
