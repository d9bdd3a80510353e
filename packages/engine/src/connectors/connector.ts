import type { Dataset } from '../dataset.ts';
import type { CompiledQuery } from '../model/compile.ts';
import type { ValidQuery } from '../model/valid-query.ts';
import type { Row } from '../rows.ts';

/** What a query asks of a backend: each connector lists the ones it answers exactly. */
export type QueryFeature =
  | 'select'
  | 'distinct'
  | 'filter:in'
  | 'filter:range'
  | 'order'
  | 'limit'
  | 'group'
  | `aggregate:${ValidQuery['aggregates'][number]['fn']}`
  | `measure:${ValidQuery['measures'][number]['kind']}`;

/** The features a validated query uses. */
export function featuresOf(query: ValidQuery): Set<QueryFeature> {
  const features = new Set<QueryFeature>([query.shape]);
  if (query.distinct) features.add('distinct');
  for (const filter of query.filters) features.add(`filter:${filter.kind}`);
  if (query.orderBy.length > 0) features.add('order');
  if (query.limit !== undefined) features.add('limit');
  for (const aggregate of query.aggregates) features.add(`aggregate:${aggregate.fn}`);
  for (const measure of query.measures) features.add(`measure:${measure.kind}`);
  return features;
}

/**
 * A backend that runs validated queries over a dataset (as Mosaic's connectors do).
 * `features` is an allowlist; `accepts` adds what the list cannot say (column types).
 * A connector must give exactly the rows DuckDB gives for every query it accepts.
 */
export interface Connector {
  readonly name: 'page' | 'duckdb';
  readonly features: ReadonlySet<QueryFeature>;
  accepts(query: ValidQuery): boolean;
  run(dataset: Dataset, query: ValidQuery, compiled: CompiledQuery): Promise<Row[]>;
}

/** Whether every feature the query uses is on the connector's list. */
export function hasFeatures(connector: Pick<Connector, 'features'>, query: ValidQuery): boolean {
  return [...featuresOf(query)].every((feature) => connector.features.has(feature));
}

/**
 * The first connector that accepts the query. The choice depends on the query alone
 * (never on whether DuckDB has started), so a widget always gets the same answer.
 */
export function chooseConnector(connectors: readonly Connector[], query: ValidQuery): Connector | undefined {
  return connectors.find((connector) => connector.accepts(query));
}
