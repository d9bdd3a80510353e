import { EngineError } from './errors.ts';
import type { ColumnInfo } from './parquet/index.ts';
import type { FilterValue } from './query.ts';

/** The column of that name, or an `unknown-column` error that lists the valid ones. */
export function requireColumn(columns: readonly ColumnInfo[], name: string, dataset: string): ColumnInfo {
  const column = columns.find((candidate) => candidate.name === name);
  if (column) return column;
  const validColumns = columns.map((candidate) => candidate.name);
  throw new EngineError(
    'unknown-column',
    `Unknown column "${name}" in ${dataset}. Valid columns: ${validColumns.join(', ')}`,
    { dataset, column: name, validColumns },
  );
}

/**
 * Filter values arrive as attribute text. Turn each into the column's type so DuckDB
 * compares like with like, and reject what cannot be that type.
 */
export function coerceFilterValue(column: ColumnInfo, value: FilterValue, dataset: string): FilterValue {
  const invalid = () =>
    new EngineError('invalid-option', `Filter value ${JSON.stringify(value)} is not a valid ${column.type} for column "${column.name}"`, {
      dataset,
      column: column.name,
    });
  switch (column.type) {
    case 'integer':
    case 'float': {
      const number = typeof value === 'number' ? value : Number(String(value).trim());
      if (String(value).trim() === '' || !Number.isFinite(number)) throw invalid();
      if (column.type === 'integer' && !Number.isInteger(number)) throw invalid();
      return number;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const text = String(value).trim().toLowerCase();
      if (text === 'true') return true;
      if (text === 'false') return false;
      throw invalid();
    }
    default:
      return String(value);
  }
}
