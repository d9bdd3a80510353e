/** A value an equality filter compares with. Bound as a parameter, never spliced into SQL. */
export type FilterValue = string | number | boolean;

/** `column = value`, or `column IN (values...)` when there are several. */
export interface Filter {
  readonly column: string;
  readonly values: readonly FilterValue[];
}

/** The one query shape widgets ask for so far: chosen columns, equality filters, order. */
export interface SelectQuery {
  readonly columns: readonly string[];
  readonly filters?: readonly Filter[];
  readonly orderBy?: readonly string[];
  readonly limit?: number;
}

/** SQL text with `?` placeholders and the values to bind to them, in order. */
export interface BoundQuery {
  readonly sql: string;
  readonly params: readonly FilterValue[];
}

/** Every column a query reads: the decoder loads only these. */
export function columnsOf(query: SelectQuery): string[] {
  const names = [
    ...query.columns,
    ...(query.filters ?? []).map((filter) => filter.column),
    ...(query.orderBy ?? []),
  ];
  return [...new Set(names)];
}
