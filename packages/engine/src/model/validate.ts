import { EngineError } from '../errors.ts';
import type { ColumnInfo, ColumnType } from '../parquet/index.ts';
import { coerceFilterValue, requireColumn } from '../schema.ts';
import { MEASURES, measureOutputs } from './measures/index.ts';
import {
  AGGREGATE_FUNCTIONS,
  isRangeFilter,
  type Aggregate,
  type FilterValue,
  type Measure,
  type OrderKey,
  type Query,
} from './query.ts';
import type { ValidFilter, ValidQuery } from './valid-query.ts';

const QUERY_KEYS = ['from', 'columns', 'distinct', 'filters', 'groupBy', 'aggregates', 'measures', 'orderBy', 'limit'];
const NUMERIC = new Set<ColumnType>(['integer', 'float']);
/** Names the compiler uses for its own helper columns. */
const RESERVED = /^__/;

/** What a check needs to report a problem: the dataset, and the error to throw. */
export interface Checker {
  readonly dataset: string;
  fail(message: string, validColumns?: readonly string[]): never;
}

/**
 * Checks a query against the dataset's columns and returns it normalised. Every problem is
 * an EngineError (`unknown-column` or `invalid-option`) whose message names what is valid.
 */
export function validate(columns: readonly ColumnInfo[], query: Query, dataset = query.from): ValidQuery {
  const check: Checker = {
    dataset,
    fail(message, validColumns) {
      throw new EngineError(validColumns ? 'unknown-column' : 'invalid-option', message, {
        dataset,
        ...(validColumns ? { validColumns } : {}),
      });
    },
  };
  if (typeof query !== 'object' || query === null) check.fail('A query must be an object');
  const extra = Object.keys(query).filter((key) => !QUERY_KEYS.includes(key));
  if (extra.length > 0) check.fail(`Unknown query option "${extra[0]}". Valid options: ${QUERY_KEYS.join(', ')}`);
  const types = new Map(columns.map((column) => [column.name, column.type]));
  const source = (name: unknown, what: string): ColumnInfo => {
    if (typeof name !== 'string') check.fail(`${what} must be a column name, got ${JSON.stringify(name)}`);
    return requireColumn(columns, name, dataset);
  };

  const grouped = query.groupBy !== undefined || query.aggregates !== undefined;
  if (grouped && query.columns !== undefined) {
    check.fail('A query has either "columns" (rows of the file) or "groupBy"/"aggregates" (one row per group), not both');
  }
  if (grouped && query.distinct) check.fail('"distinct" applies to "columns"; a grouped query is distinct already');
  const keys = listOf<string>(query.groupBy ?? query.columns ?? [], grouped ? 'groupBy' : 'columns', check).map(
    (name) => source(name, grouped ? 'groupBy' : 'columns').name,
  );
  if (!grouped && keys.length === 0) check.fail('A query must select at least one column ("columns"), or group ("groupBy"/"aggregates")');

  const aggregates = listOf(query.aggregates ?? [], 'aggregates', check).map((aggregate) => checkAggregate(aggregate, source, check));
  if (grouped && keys.length === 0 && aggregates.length === 0) check.fail('A grouped query needs "groupBy" columns or "aggregates"');

  const outputs: string[] = [...keys];
  const addOutput = (name: string, what: string) => {
    if (typeof name !== 'string' || name.trim() === '') check.fail(`${what} needs a name ("as")`);
    if (RESERVED.test(name)) check.fail(`${what} "${name}": names starting with "__" are reserved`);
    if (outputs.includes(name)) check.fail(`${what} "${name}": the result already has a column of that name (${outputs.join(', ')})`);
    outputs.push(name);
  };
  for (const aggregate of aggregates) addOutput(aggregate.as, `Aggregate ${aggregate.fn}`);
  if (new Set(keys).size !== keys.length) check.fail(`A column is named twice in ${grouped ? 'groupBy' : 'columns'}: ${keys.join(', ')}`);

  // Which outputs hold numbers a measure can use, and which are keys of a row.
  const numeric = new Set<string>(keys.filter((name) => NUMERIC.has(types.get(name)!)));
  for (const aggregate of aggregates) {
    const type = aggregate.column === undefined ? 'integer' : types.get(aggregate.column)!;
    if (aggregate.fn !== 'min' && aggregate.fn !== 'max') numeric.add(aggregate.as);
    else if (NUMERIC.has(type)) numeric.add(aggregate.as);
  }
  const measured = listOf(query.measures ?? [], 'measures', check).flatMap((measure) =>
    typeof (measure as { of?: unknown })?.of === 'string' ? [(measure as { of: string }).of] : [],
  );
  const measures: Measure[] = [];
  for (const measure of listOf(query.measures ?? [], 'measures', check)) {
    if (typeof measure !== 'object' || measure === null || !Object.hasOwn(MEASURES, measure.kind)) {
      check.fail(`Unknown measure ${JSON.stringify((measure as { kind?: unknown })?.kind)}. Valid measures: ${Object.keys(MEASURES).join(', ')}`);
    }
    const definition = MEASURES[measure.kind] as unknown as MeasureDefinitionFor<Measure>;
    const valid = definition.validate(measure, {
      check,
      grouped,
      keys,
      numeric: [...numeric].filter((name) => outputs.includes(name)),
      types,
      measured,
      before: [...measures],
      source: (name, what) => source(name, what),
    });
    for (const name of measureOutputs(valid)) {
      addOutput(name, `Measure ${measure.kind}`);
      numeric.add(name);
    }
    measures.push(valid);
  }

  const filters = listOf(query.filters ?? [], 'filters', check).map((filter) => checkFilter(filter, source, check));
  const orderBy = listOf(query.orderBy ?? [], 'orderBy', check).map((key): OrderKey => {
    const column = typeof key === 'string' ? key : key?.column;
    // A plain selection may be ordered by any column of the file, as SQL allows.
    const orderable = !grouped && !query.distinct && (query.measures ?? []).length === 0 && types.has(column as string);
    if (typeof column !== 'string' || !(outputs.includes(column) || orderable)) {
      check.fail(`Cannot order by ${JSON.stringify(column)}: not a column of the result. Valid: ${outputs.join(', ')}`, outputs);
    }
    return typeof key === 'string' || !key.descending ? { column } : { column, descending: true };
  });
  if (query.limit !== undefined && !(Number.isInteger(query.limit) && query.limit >= 0)) {
    check.fail(`"limit" must be a whole number >= 0, got ${JSON.stringify(query.limit)}`);
  }
  return {
    from: query.from,
    shape: grouped ? 'group' : 'select',
    keys,
    distinct: query.distinct === true,
    filters,
    aggregates,
    measures,
    orderBy,
    limit: query.limit,
    outputs,
    types,
  };
}

/** What a measure's validate() gets: the checker and the columns it may refer to. */
export interface MeasureContext {
  readonly check: Checker;
  readonly grouped: boolean;
  /** The row keys: group-by columns, or the selected file columns. */
  readonly keys: readonly string[];
  /** The numeric columns of the result so far (what `of` may name). */
  readonly numeric: readonly string[];
  readonly types: ReadonlyMap<string, ColumnType>;
  /** Every column some measure of the query measures (`of`): figures, not series keys. */
  readonly measured: readonly string[];
  /** The measures of the query computed before this one, validated (a pooled window needs its rate). */
  readonly before: readonly Measure[];
  /** A file column, or an `unknown-column` error naming the valid ones. */
  source(name: unknown, what: string): ColumnInfo;
}

interface MeasureDefinitionFor<M extends Measure> {
  validate(measure: M, context: MeasureContext): M;
}

function listOf<T>(value: readonly T[], what: string, check: Checker): readonly T[] {
  if (!Array.isArray(value)) check.fail(`"${what}" must be a list`);
  return value as readonly T[];
}

function checkAggregate(aggregate: Aggregate, source: (name: unknown, what: string) => ColumnInfo, check: Checker): Aggregate {
  if (typeof aggregate !== 'object' || aggregate === null) check.fail('An aggregate must be an object { fn, column, as }');
  if (!AGGREGATE_FUNCTIONS.includes(aggregate.fn)) {
    check.fail(`Unknown aggregate function ${JSON.stringify(aggregate.fn)}. Valid functions: ${AGGREGATE_FUNCTIONS.join(', ')}`);
  }
  if (aggregate.column === undefined) {
    if (aggregate.fn !== 'count') check.fail(`Aggregate ${aggregate.fn} needs a "column"`);
    return { fn: 'count', as: aggregate.as };
  }
  const column = source(aggregate.column, `Aggregate ${aggregate.fn}`);
  if ((aggregate.fn === 'sum' || aggregate.fn === 'avg') && !NUMERIC.has(column.type)) {
    check.fail(`Aggregate ${aggregate.fn} needs a numeric column; "${column.name}" is ${column.type}`);
  }
  return { fn: aggregate.fn, column: column.name, as: aggregate.as };
}

/** Types that the range filter compares (dates as ISO text, bound as DATE/TIMESTAMP). */
const RANGE_TYPES = new Set<ColumnType>(['integer', 'float', 'string', 'date', 'timestamp']);

function checkFilter(filter: unknown, source: (name: unknown, what: string) => ColumnInfo, check: Checker): ValidFilter {
  if (typeof filter !== 'object' || filter === null) check.fail('A filter must be { column, values } or { column, range: { min, max } }');
  const { column: name } = filter as { column?: unknown };
  const column = source(name, 'Filter');
  const coerce = (value: FilterValue) => coerceValue(column, value, check);
  if (isRangeFilter(filter as never)) {
    const { range } = filter as { range: { min?: FilterValue; max?: FilterValue } };
    if (!RANGE_TYPES.has(column.type)) check.fail(`A range filter needs a number, text or date column; "${column.name}" is ${column.type}`);
    if (typeof range !== 'object' || range === null || (range.min === undefined && range.max === undefined)) {
      check.fail(`Range filter on "${column.name}" needs "min" or "max"`);
    }
    return {
      kind: 'range',
      column: column.name,
      type: column.type,
      min: range.min === undefined ? undefined : coerce(range.min),
      max: range.max === undefined ? undefined : coerce(range.max),
    };
  }
  const { values } = filter as { values?: unknown };
  if (!Array.isArray(values) || values.length === 0) check.fail(`Filter on "${column.name}" has no value ("values": [...])`);
  return { kind: 'in', column: column.name, type: column.type, values: values.map(coerce) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

function coerceValue(column: ColumnInfo, value: FilterValue, check: Checker): FilterValue {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    check.fail(`Filter value ${JSON.stringify(value)} for "${column.name}" must be text, a number or true/false`);
  }
  if (column.type === 'date' || column.type === 'timestamp') {
    const text = String(value).trim();
    const pattern = column.type === 'date' ? ISO_DATE : ISO_TIMESTAMP;
    if (!pattern.test(text) || Number.isNaN(Date.parse(text.slice(0, 10)))) {
      check.fail(`Filter value ${JSON.stringify(value)} is not a valid ${column.type} for "${column.name}" (write YYYY-MM-DD)`);
    }
    return text;
  }
  return coerceFilterValue(column, value, check.dataset);
}
