import type { FilterValue, Measure } from '../query.ts';
import type { MeasureContext } from '../validate.ts';

/** What a measure's SQL is written with: identifiers quoted, values bound in text order. */
export interface SqlContext {
  /** A quoted identifier. */
  q(name: string): string;
  /** Adds a parameter and returns its `?`. Call in the order the text is written. */
  bind(value: FilterValue): string;
  /**
   * The boolean helper column that says a column of the result is hidden by disclosure
   * control (quoted), or null when nothing about it is hidden (no k, or not a figure).
   */
  flagOf(name: string): string | null;
}

/** One measure's SQL: expressions added to the result as `expr AS name`, and its hidden flag. */
export interface MeasureSql {
  readonly columns: readonly (readonly [expression: string, name: string])[];
  /** The expression for the hidden flag of every output, or null when the inputs have none. */
  readonly hidden: string | null;
}

/** A derived measure: how it is checked, what it adds to the result and how it is computed. */
export interface MeasureDefinition<M extends Measure> {
  validate(measure: M, context: MeasureContext): M;
  /** The result columns it adds. */
  outputs(measure: M): readonly string[];
  /** The result columns that split the rows into series (its window's PARTITION BY). */
  partition(measure: M): readonly string[];
  sql(measure: M, context: SqlContext): MeasureSql;
}

/** The measure's `of`: a numeric column of the result computed before it. */
export function requireNumericOutput(name: unknown, what: string, context: MeasureContext): string {
  if (typeof name !== 'string' || !context.numeric.includes(name)) {
    context.check.fail(
      `${what}: ${JSON.stringify(name)} is not a numeric column of the result. Valid: ${context.numeric.join(', ') || '(none)'}`,
      context.numeric,
    );
  }
  return name;
}

/** A key column of the result (a group-by column, or a selected column). */
export function requireKey(name: unknown, what: string, context: MeasureContext): string {
  if (typeof name !== 'string' || !context.keys.includes(name)) {
    context.check.fail(
      `${what}: ${JSON.stringify(name)} is not a ${context.grouped ? 'groupBy' : 'selected'} column. Valid: ${context.keys.join(', ')}`,
      context.keys,
    );
  }
  return name;
}

export function requireName(name: unknown, kind: string, context: MeasureContext): string {
  if (typeof name !== 'string' || name.trim() === '') context.check.fail(`Measure ${kind} needs a name ("as")`);
  return name;
}

/**
 * The series a window runs over. Given, or by default every key but the measure's own
 * columns and, in a plain selection, but the float columns and the columns measured
 * (`value`, which is a figure, not a key).
 */
export function resolvePartition(
  given: readonly string[] | undefined,
  own: readonly string[],
  kind: string,
  context: MeasureContext,
): string[] {
  if (given !== undefined) {
    if (!Array.isArray(given)) context.check.fail(`Measure ${kind}: "partitionBy" must be a list`);
    return given.map((name) => requireKey(name, `Measure ${kind} partitionBy`, context));
  }
  return context.keys.filter(
    (name) =>
      !own.includes(name) &&
      (context.grouped || (context.types.get(name) !== 'float' && !context.measured.includes(name))),
  );
}

export function partitionClause(partition: readonly string[], context: SqlContext): string {
  return partition.length === 0 ? '' : `PARTITION BY ${partition.map((name) => context.q(name)).join(', ')} `;
}
