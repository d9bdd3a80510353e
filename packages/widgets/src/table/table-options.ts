import { EngineError, parseFilters, UNITS, type ColumnInfo, type Filter, type SelectQuery, type Unit } from '@slt/engine';
import { decimalsOption, sourceOption } from '../shared/options.ts';

export const DIRECTIONS = ['ascending', 'descending'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The attributes of <slt-table> that decide what is queried and how it is shown. */
export interface TableAttributes {
  src: string;
  filter: string;
  columns: string;
  labels: string;
  units: string;
  decimals: number | undefined;
  sort: string;
}

export interface TableOptions {
  readonly src: string;
  readonly filters: readonly Filter[];
  /** The columns to show, in order; empty for all of the dataset's. */
  readonly columns: readonly string[];
  readonly labels: ReadonlyMap<string, string>;
  readonly units: ReadonlyMap<string, Unit>;
  readonly decimals: number | undefined;
  /** The starting order (the reader changes it with the column buttons). */
  readonly sort: { readonly column: string; readonly direction: Direction } | undefined;
}

/**
 * Attribute text to checked options. `columns="area,year,value"`,
 * `labels="area=Område&value=Andel"`, `units="value=percent"`, `sort="value:descending"`.
 */
export function tableOptions(attributes: TableAttributes): TableOptions {
  const src = sourceOption(attributes.src, 'slt-table');
  const decimals = decimalsOption(attributes.decimals);
  const units = new Map<string, Unit>();
  for (const [column, unit] of pairs(attributes.units, 'units')) {
    if (!(UNITS as readonly string[]).includes(unit)) {
      throw new EngineError('invalid-option', `invalid unit for ${column}: ${JSON.stringify(unit)} (use one of ${UNITS.join(', ')})`, {
        column: 'units',
      });
    }
    units.set(column, unit as Unit);
  }
  return {
    src,
    filters: parseFilters(attributes.filter),
    columns: attributes.columns
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    labels: new Map(pairs(attributes.labels, 'labels')),
    units,
    decimals,
    sort: parseSort(attributes.sort),
  };
}

function pairs(text: string, attribute: string): [string, string][] {
  return parseFilters(text, attribute).map((filter) => {
    if (filter.values.length > 1) {
      throw new EngineError('invalid-option', `${attribute}: ${filter.column} is given twice`, { column: attribute });
    }
    return [filter.column, String(filter.values[0])];
  });
}

function parseSort(text: string): TableOptions['sort'] {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const [column = '', direction = 'ascending'] = trimmed.split(':').map((part) => part.trim());
  if (column === '' || !(DIRECTIONS as readonly string[]).includes(direction)) {
    throw new EngineError('invalid-option', `invalid sort: ${JSON.stringify(trimmed)} (use column or column:descending)`, { column: 'sort' });
  }
  return { column, direction: direction as Direction };
}

/**
 * The `sort` column must be one the table shows: the rows hold only those, and a sort by
 * another (a name mistyped) left them in the file's order, the editor none the wiser.
 */
export function checkSortColumn(options: Pick<TableOptions, 'src' | 'sort'>, shown: readonly ColumnInfo[]): void {
  if (!options.sort || shown.some((column) => column.name === options.sort!.column)) return;
  const validColumns = shown.map((column) => column.name);
  throw new EngineError('unknown-column', `Unknown sort column "${options.sort.column}" in ${options.src}. Valid columns: ${validColumns.join(', ')}`, {
    dataset: options.src,
    column: options.sort.column,
    validColumns,
  });
}

/** The columns to show: the chosen ones, or every column of the dataset but `status` (shown as ':'). */
export function shownColumns(options: TableOptions, schema: readonly ColumnInfo[]): ColumnInfo[] {
  if (options.columns.length === 0) return schema.filter((column) => column.name !== 'status');
  // An unknown name is reported by the engine, with the valid ones, when the query runs.
  return options.columns.map((name) => schema.find((column) => column.name === name) ?? { name, type: 'other' as const });
}

/** The query: the shown columns (and `status` where the data have it, to see hidden cells). */
export function tableQuery(options: TableOptions, columns: readonly ColumnInfo[], linked: readonly Filter[], withStatus: boolean): SelectQuery {
  const names = columns.map((column) => column.name);
  return {
    columns: withStatus && !names.includes('status') ? [...names, 'status'] : names,
    filters: [...options.filters, ...linked],
    orderBy: names.length > 0 ? [names[0]!] : [],
  };
}
