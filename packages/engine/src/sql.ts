import type { BoundQuery, FilterValue, SelectQuery } from './query.ts';

/**
 * Quotes an identifier for DuckDB. Column names are also checked against the schema
 * before they get here; quoting makes any name, even a strange one, only a name.
 */
export function quoteIdentifier(name: string): string {
  if (name.includes('\0')) throw new Error('An identifier cannot contain a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Builds the SQL for a validated query against an internal table name. Filter values
 * become `?` placeholders; only quoted identifiers and fixed keywords are text.
 */
export function buildSelectSql(table: string, query: SelectQuery): BoundQuery {
  const params: FilterValue[] = [];
  const select = query.columns.map(quoteIdentifier).join(', ');
  const conditions = (query.filters ?? []).map((filter) => {
    params.push(...filter.values);
    const column = quoteIdentifier(filter.column);
    return filter.values.length === 1
      ? `${column} = ?`
      : `${column} IN (${filter.values.map(() => '?').join(', ')})`;
  });
  const parts = [`SELECT ${select}`, `FROM ${quoteIdentifier(table)}`];
  if (conditions.length > 0) parts.push(`WHERE ${conditions.join(' AND ')}`);
  if (query.orderBy && query.orderBy.length > 0) {
    parts.push(`ORDER BY ${query.orderBy.map((name) => `${quoteIdentifier(name)} ASC NULLS LAST`).join(', ')}`);
  }
  if (query.limit !== undefined) parts.push(`LIMIT ${Math.trunc(query.limit)}`);
  return { sql: parts.join(' '), params };
}
