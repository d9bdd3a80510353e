import type { ColumnType } from '../parquet/index.ts';
import type { Aggregate, FilterValue, Measure, OrderKey } from './query.ts';

/** A filter after validation: values typed to the column (see validate.ts). */
export type ValidFilter =
  | { readonly kind: 'in'; readonly column: string; readonly type: ColumnType; readonly values: readonly FilterValue[] }
  | {
      readonly kind: 'range';
      readonly column: string;
      readonly type: ColumnType;
      readonly min: FilterValue | undefined;
      readonly max: FilterValue | undefined;
    };

/**
 * A query checked against one dataset's schema and normalised: the only input of the
 * compiler and the connectors, so neither needs to check anything again.
 */
export interface ValidQuery {
  readonly from: string;
  /** `select`: rows of the file (optionally distinct). `group`: one row per group. */
  readonly shape: 'select' | 'group';
  /** The file's columns the rows are made of: the selection, or the group keys. */
  readonly keys: readonly string[];
  readonly distinct: boolean;
  readonly filters: readonly ValidFilter[];
  readonly aggregates: readonly Aggregate[];
  /** Measures with their partitions resolved. */
  readonly measures: readonly Measure[];
  readonly orderBy: readonly OrderKey[];
  readonly limit: number | undefined;
  /** The result's columns, in order. */
  readonly outputs: readonly string[];
  /** The type of every column of the file. */
  readonly types: ReadonlyMap<string, ColumnType>;
}

/** Every file column a query reads: a decoder loads only these. */
export function sourceColumnsOf(query: ValidQuery): string[] {
  const names = [
    ...query.keys,
    ...query.filters.map((filter) => filter.column),
    ...(query.shape === 'select' ? query.orderBy.map((key) => key.column).filter((name) => query.types.has(name)) : []),
    ...query.aggregates.flatMap((aggregate) => (aggregate.column === undefined ? [] : [aggregate.column])),
    ...query.measures.flatMap((measure) => (measure.kind === 'rate' ? [measure.numerator, measure.denominator] : [])),
  ];
  return [...new Set(names)];
}
