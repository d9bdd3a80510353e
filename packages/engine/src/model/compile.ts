import type { RateColumn } from '../disclosure/index.ts';
import { quoteIdentifier } from '../sql.ts';
import { definitionOf, rateInputs, type SqlContext } from './measures/index.ts';
import type { Aggregate, FilterValue } from './query.ts';
import { sourceColumnsOf, type ValidFilter, type ValidQuery } from './valid-query.ts';

/**
 * The figures disclosure control protects in one dataset, as the compiler needs them:
 * each row-level hidden cell and each aggregate that includes one gets a boolean helper
 * column `__hidden_<name>` in the SQL (see protect-result.ts for what is done with it).
 */
export interface SensitiveColumns {
  readonly k: number;
  /** Columns that hold counts of persons. */
  readonly counts: readonly string[];
  /** Rates hidden with their numerator or denominator. */
  readonly rates: readonly RateColumn[];
  /** The column where the file marks a row confidential with ':'. */
  readonly status: string | null;
}

export interface CompiledQuery {
  /** DuckDB SQL with `?` for every value. */
  readonly sql: string;
  readonly params: readonly FilterValue[];
  /** The result's columns, in order (without the helper columns). */
  readonly outputs: readonly string[];
  /** Every column of the file the SQL reads (what a connector must load). */
  readonly reads: readonly string[];
  /** Helper columns in the SQL's rows that are not the result's (a rate's summed numerator and denominator). */
  readonly internal: readonly string[];
  /** The columns (result and helper) that have a `__hidden_<name>` flag in the SQL's rows. */
  readonly flagged: readonly string[];
  /**
   * Present when the query can be answered from a pre-aggregated table (a data cube: see
   * connectors/cubes.ts, and cube.test.ts for the proof) with exactly the rows `sql` gives.
   */
  readonly cube?: CubePlan;
}

/**
 * A grouped query answered from a pre-aggregated table: the file's rows grouped once by
 * (filter columns, group columns) with partial aggregates that add up (counts, integer sums,
 * min, max, the disclosure flags' bool_or), so a filter change reads the cube's few hundred
 * rows instead of the file's millions, and gets the same rows.
 */
export interface CubePlan {
  /** What the cube holds (its SQL and values): queries with the same key share one cube. */
  readonly key: string;
  /** The columns the cube must hold: the query's filter and group columns. */
  readonly dimensions: readonly string[];
  /**
   * The partial aggregates (their SQL and values), without the columns: a cube with these
   * cells and more columns than `dimensions` answers the query too, by re-summing.
   */
  readonly cells: string;
  /** `build` with more columns in the cube (each must be in the file's table). */
  buildWith(extra: readonly string[]): { readonly sql: string; readonly params: readonly FilterValue[] };
  /** `SELECT <dimensions>, <partial aggregates> FROM <table> GROUP BY <dimensions>`, values bound. */
  readonly build: { readonly sql: string; readonly params: readonly FilterValue[] };
  /** The query over a cube table built from `build`: same columns, same rows as `sql` over the file. */
  readFrom(cubeTable: string): { readonly sql: string; readonly params: readonly FilterValue[] };
}

export const HIDDEN_PREFIX = '__hidden_';
const CONFIDENTIAL = ':';

/**
 * Compiles a validated query to DuckDB SQL over `table`. Identifiers are quoted (and were
 * checked against the schema); every value, including k, is a bound parameter. Measures
 * are layered one per common table expression, so each may use the ones before it.
 */
export function compile(table: string, query: ValidQuery, sensitive: SensitiveColumns | null = null): CompiledQuery {
  const direct = compileOver(table, query, sensitive, null);
  if (!cubeable(query)) return direct;
  // The cube's own SQL does not depend on the cube table's name: any name gives the key.
  const { build, cells } = compileOver('cube', query, sensitive, table);
  const cube: CubePlan = {
    key: JSON.stringify([build!.sql, build!.params]),
    dimensions: cubeDimensions(query),
    cells: JSON.stringify(cells),
    buildWith: (extra) => compileOver('cube', query, sensitive, table, extra).build!,
    build: build!,
    readFrom(cubeTable) {
      const { sql, params } = compileOver(cubeTable, query, sensitive, table);
      return { sql, params };
    },
  };
  return { ...direct, cube };
}

/**
 * Whether a query's answer can be re-summed exactly from a cube: a grouped query with
 * filters (what changes), on dimensions of discrete types, whose aggregates add up
 * exactly: count, min, max, and sums of integers (float sums depend on the order of
 * addition; avg and count distinct do not add up).
 */
export function cubeable(query: ValidQuery): boolean {
  if (query.shape !== 'group' || query.filters.length === 0 || query.distinct) return false;
  const discrete = (name: string) => CUBE_DIMENSION_TYPES.has(query.types.get(name) ?? 'other');
  const integer = (name: string | undefined) => name !== undefined && query.types.get(name) === 'integer';
  return (
    [...query.keys, ...query.filters.map((filter) => filter.column)].every(discrete) &&
    query.aggregates.every((a) => a.fn === 'count' || a.fn === 'min' || a.fn === 'max' || (a.fn === 'sum' && integer(a.column))) &&
    query.measures.every((m) => m.kind !== 'rate' || (integer(m.numerator) && integer(m.denominator)))
  );
}

const CUBE_DIMENSION_TYPES = new Set(['string', 'integer', 'boolean', 'date']);

/** The columns a query's cube groups by: its filter columns and its group columns. */
function cubeDimensions(query: ValidQuery): string[] {
  return [...new Set([...query.filters.map((filter) => filter.column), ...query.keys])];
}

/** How a partial aggregate of the cube's cells is combined into the group's aggregate. */
const MERGE: Record<Atom, (cell: string) => string> = {
  count: (cell) => `coalesce(sum(${cell}), 0)::BIGINT`,
  sum: (cell) => `sum(${cell})`,
  min: (cell) => `min(${cell})`,
  max: (cell) => `max(${cell})`,
  bool_or: (cell) => `bool_or(${cell})`,
};
type Atom = 'count' | 'sum' | 'min' | 'max' | 'bool_or';

/**
 * The compiler. With `cubeOf` null, `table` is the file's table and aggregates are
 * computed over its rows. With `cubeOf` set (the file's table), `table` is a cube table:
 * every aggregate over rows is written once as a partial aggregate per cube cell (into
 * `build`, over `cubeOf`) and once as its merge over the cells (into the SQL), so the
 * rest of the SQL (flags, measures, order) is the same text in both.
 */
function compileOver(
  table: string,
  query: ValidQuery,
  sensitive: SensitiveColumns | null,
  cubeOf: string | null,
  extraDimensions: readonly string[] = [],
): CompiledQuery & { build?: { sql: string; params: FilterValue[] }; cells?: { sql: string; params: FilterValue[] }[] } {
  const params: FilterValue[] = [];
  const flags = new Set<string>();
  const q = quoteIdentifier;
  let sink = params;
  const bind = (value: FilterValue) => {
    sink.push(value);
    return '?';
  };
  /**
   * `fn` over the group's rows of a row expression. The expression is written lazily so that,
   * for a cube, its bound values go with the cube's SQL and not with the query's.
   */
  const cells: { sql: string; params: FilterValue[] }[] = [];
  const over = (fn: Atom, row: () => string): string => {
    if (cubeOf === null) return `${fn}(${row()})`;
    const cellParams: FilterValue[] = [];
    sink = cellParams;
    const partial = `${fn}(${row()})`;
    sink = params;
    cells.push({ sql: `${partial} AS ${q(`__cell_${cells.length}`)}`, params: cellParams });
    return MERGE[fn](q(`__cell_${cells.length - 1}`));
  };
  const k = () => bind(sensitive!.k);
  const counts = new Set(sensitive?.counts ?? []);
  const rateOf = new Map((sensitive?.rates ?? []).map((rate) => [rate.column, rate]));
  const status = () => (sensitive?.status ? ` OR ${q(read(sensitive.status))} = ${bind(CONFIDENTIAL)}` : '');
  const isPrimary = (expression: string) => `(${expression} >= 1 AND ${expression} < ${k()})`;
  /** A file row's count is hidden: the file hid it (null, or status ':') or it is 1..k-1. */
  const countHidden = (column: string) => `(${q(column)} IS NULL OR ${isPrimary(q(column))}${status()})`;
  const rateHidden = (rate: RateColumn) =>
    `(${[rate.numerator, ...(rate.denominator ? [rate.denominator] : [])].map((name) => countHidden(read(name))).join(' OR ')}${status()})`;
  const reads = new Set(sourceColumnsOf(query));
  const read = (column: string) => (reads.add(column), column);
  const rowHidden = (column: string): string | null =>
    sensitive === null ? null : counts.has(column) ? countHidden(column) : rateOf.has(column) ? rateHidden(rateOf.get(column)!) : null;

  const grouped = query.shape === 'group';
  const internal: string[] = [];
  const select: string[] = [];
  const add = (expression: string, name: string, hidden: string | null) => {
    select.push(expression === q(name) ? expression : `${expression} AS ${q(name)}`);
    if (hidden !== null) {
      select.push(`${hidden} AS ${q(HIDDEN_PREFIX + name)}`);
      flags.add(name);
    }
  };
  for (const key of query.keys) add(q(key), key, grouped || query.distinct ? null : rowHidden(key));
  for (const aggregate of query.aggregates) {
    const expression = aggregateSql(aggregate, query, over);
    add(expression, aggregate.as, sensitive === null ? null : aggregateHidden(aggregate, expression));
  }
  for (const measure of query.measures) {
    if (measure.kind !== 'rate') continue;
    const inputs = rateInputs(measure);
    for (const [column, name] of [[measure.numerator, inputs.numerator], [measure.denominator, inputs.denominator]] as const) {
      const expression = grouped ? `${over('sum', () => q(column))}::DOUBLE` : `${q(column)}::DOUBLE`;
      const hidden =
        sensitive === null ? null : grouped ? `(${over('bool_or', () => countHidden(column))} OR ${isPrimary(expression)})` : countHidden(column);
      add(expression, name, hidden);
      internal.push(name);
    }
  }
  const stable = query.shape === 'select' && !query.distinct;
  if (stable && query.measures.length > 0) select.push(`rowid AS ${q('__row')}`);

  function aggregateHidden(aggregate: Aggregate, expression: string): string | null {
    const column = aggregate.column;
    const counted = aggregate.fn === 'count' || aggregate.fn === 'countDistinct';
    const parts: string[] = [];
    // A count of rows (records, persons) of 1..k-1 is as revealing as a count column's.
    if (counted) parts.push(isPrimary(expression));
    if (column !== undefined && (counts.has(column) || rateOf.has(column)) && !counted) {
      parts.push(over('bool_or', () => rowHidden(column)!));
      if (counts.has(column)) parts.push(isPrimary(aggregate.fn === 'avg' ? over('sum', () => q(column)) : expression));
    }
    return parts.length === 0 ? null : `(${parts.join(' OR ')})`;
  }

  let build: { sql: string; params: FilterValue[] } | undefined;
  if (cubeOf !== null) {
    const dimensions = [...new Set([...cubeDimensions(query), ...extraDimensions])].map(q);
    build = {
      sql: `SELECT ${[...dimensions, ...cells.map((cell) => cell.sql)].join(', ')} FROM ${q(cubeOf)} GROUP BY ${dimensions.join(', ')}`,
      params: cells.flatMap((cell) => cell.params),
    };
  }

  const where = query.filters.map((filter) => filterSql(filter, bind));
  let sql = `SELECT ${query.distinct ? 'DISTINCT ' : ''}${select.join(', ')} FROM ${q(table)}`;
  if (where.length > 0) sql += ` WHERE ${where.join(' AND ')}`;
  if (grouped && query.keys.length > 0) sql += ` GROUP BY ${query.keys.map(q).join(', ')}`;

  let from = sql;
  if (query.measures.length > 0) {
    const layers = [`base AS (${sql})`];
    const context: SqlContext = { q, bind, flagOf: (name) => (flags.has(name) ? q(HIDDEN_PREFIX + name) : null) };
    query.measures.forEach((measure, index) => {
      const { columns, hidden } = definitionOf(measure).sql(measure, context);
      const parts = columns.map(([expression, name]) => `${expression} AS ${q(name)}`);
      if (hidden !== null) {
        for (const [, name] of columns) {
          parts.push(`${hidden} AS ${q(HIDDEN_PREFIX + name)}`);
          flags.add(name);
        }
      }
      layers.push(`m${index + 1} AS (SELECT *, ${parts.join(', ')} FROM ${index === 0 ? 'base' : `m${index}`})`);
    });
    const all = [...query.outputs, ...internal];
    const outputs = [...all, ...all.filter((name) => flags.has(name)).map((name) => HIDDEN_PREFIX + name)];
    from = `WITH ${layers.join(', ')} SELECT ${outputs.map(q).join(', ')} FROM m${query.measures.length}`;
  }
  const order = query.orderBy.map((key) => `${q(key.column)} ${key.descending ? 'DESC' : 'ASC'} NULLS LAST`);
  // Ties keep the file's order, as the page connector does, so both give the same rows.
  if (stable) order.push(query.measures.length > 0 ? q('__row') : 'rowid');
  if (order.length > 0) from += ` ORDER BY ${order.join(', ')}`;
  if (query.limit !== undefined) from += ` LIMIT ${bind(query.limit)}`;
  return { sql: from, params, outputs: query.outputs, reads: [...reads], internal, flagged: [...flags], ...(build ? { build, cells } : {}) };
}

function aggregateSql(aggregate: Aggregate, query: ValidQuery, over: (fn: Atom, row: () => string) => string): string {
  const column = aggregate.column === undefined ? '*' : quoteIdentifier(aggregate.column);
  switch (aggregate.fn) {
    case 'count':
      return over('count', () => column);
    case 'countDistinct':
      return `count(DISTINCT ${column})`;
    case 'sum':
      // DuckDB sums integers as HUGEINT, which Arrow hands over as a decimal; our counts fit a BIGINT.
      return query.types.get(aggregate.column!) === 'integer' ? `${over('sum', () => column)}::BIGINT` : `sum(${column})`;
    case 'min':
    case 'max':
      return over(aggregate.fn, () => column);
    default:
      return `${aggregate.fn}(${column})`;
  }
}

function filterSql(filter: ValidFilter, bind: (value: FilterValue) => string): string {
  const column = quoteIdentifier(filter.column);
  const value = (v: FilterValue) =>
    filter.type === 'date' ? `CAST(${bind(v)} AS DATE)` : filter.type === 'timestamp' ? `CAST(${bind(v)} AS TIMESTAMP)` : bind(v);
  if (filter.kind === 'in') {
    return filter.values.length === 1 ? `${column} = ${value(filter.values[0]!)}` : `${column} IN (${filter.values.map(value).join(', ')})`;
  }
  const bounds: string[] = [];
  if (filter.min !== undefined) bounds.push(`${column} >= ${value(filter.min)}`);
  if (filter.max !== undefined) bounds.push(`${column} <= ${value(filter.max)}`);
  return bounds.join(' AND ');
}
