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
}

export const HIDDEN_PREFIX = '__hidden_';
const CONFIDENTIAL = ':';

/**
 * Compiles a validated query to DuckDB SQL over `table`. Identifiers are quoted (and were
 * checked against the schema); every value, including k, is a bound parameter. Measures
 * are layered one per common table expression, so each may use the ones before it.
 */
export function compile(table: string, query: ValidQuery, sensitive: SensitiveColumns | null = null): CompiledQuery {
  const params: FilterValue[] = [];
  const flags = new Set<string>();
  const q = quoteIdentifier;
  const bind = (value: FilterValue) => {
    params.push(value);
    return '?';
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
    const expression = aggregateSql(aggregate, query);
    add(expression, aggregate.as, sensitive === null ? null : aggregateHidden(aggregate, expression));
  }
  for (const measure of query.measures) {
    if (measure.kind !== 'rate') continue;
    const inputs = rateInputs(measure);
    for (const [column, name] of [[measure.numerator, inputs.numerator], [measure.denominator, inputs.denominator]] as const) {
      const expression = grouped ? `sum(${q(column)})::DOUBLE` : `${q(column)}::DOUBLE`;
      const hidden = sensitive === null ? null : grouped ? `(bool_or(${countHidden(column)}) OR ${isPrimary(expression)})` : countHidden(column);
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
      parts.push(`bool_or(${rowHidden(column)})`);
      if (counts.has(column)) parts.push(isPrimary(aggregate.fn === 'avg' ? `sum(${q(column)})` : expression));
    }
    return parts.length === 0 ? null : `(${parts.join(' OR ')})`;
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
  return { sql: from, params, outputs: query.outputs, reads: [...reads], internal, flagged: [...flags] };
}

function aggregateSql(aggregate: Aggregate, query: ValidQuery): string {
  const column = aggregate.column === undefined ? '*' : quoteIdentifier(aggregate.column);
  switch (aggregate.fn) {
    case 'count':
      return `count(${column})`;
    case 'countDistinct':
      return `count(DISTINCT ${column})`;
    case 'sum':
      // DuckDB sums integers as HUGEINT, which Arrow hands over as a decimal; our counts fit a BIGINT.
      return query.types.get(aggregate.column!) === 'integer' ? `sum(${column})::BIGINT` : `sum(${column})`;
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
