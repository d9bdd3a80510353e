import type { Filter as QueryFilter, FilterValue, InFilter } from './model/query.ts';

export type { FilterValue } from './model/query.ts';

/** An equality filter (`column = value` or `IN`): what a `filter` attribute gives (parseFilters). */
export type Filter = InFilter;

/**
 * The query shape of `engine.select()`, the first API: chosen columns, filters, order.
 * It is a plain selection of the query model (model/query.ts), which `engine.query()` takes.
 */
export interface SelectQuery {
  readonly columns: readonly string[];
  readonly filters?: readonly QueryFilter[];
  readonly orderBy?: readonly string[];
  readonly limit?: number;
}

/** SQL text with `?` placeholders and the values to bind to them, in order. */
export interface BoundQuery {
  readonly sql: string;
  readonly params: readonly FilterValue[];
}
