import type { ParquetInfo, Query, QueryOptions, QueryResult } from '@slt/engine';

/** A query of the engine's model without its dataset (the cache adds `from`). */
export type DatasetQuery = Omit<Query, 'from'>;

/** What a cache runs its queries with: the engine's two calls (or a test's counting stand-in). */
export interface QueryRunner {
  query(model: Query, options?: QueryOptions): Promise<QueryResult>;
  schema(src: string): Promise<ParquetInfo>;
}

/**
 * A query as one string: the dataset, the query and the disclosure options, with object keys
 * sorted, so two widgets that ask the same thing in a different key order share one answer.
 */
export function queryKey(src: string, query: DatasetQuery, options: QueryOptions = {}): string {
  return JSON.stringify([src, query, options], (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/**
 * One scope's queries: each distinct query (by `queryKey`) runs once, whether the widgets ask
 * for it at the same time (they share the promise in flight) or later (the answer is kept, so
 * a presentational change such as `sort` or `layout` draws again without querying again).
 * Each dataset's schema is looked up once. A failure is not kept: the next ask (a filter
 * change, `retry()`) tries again. The oldest answers go first beyond `limit` entries.
 */
export class QueryCache {
  readonly #runner: QueryRunner;
  readonly #limit: number;
  readonly #results = new Map<string, Promise<QueryResult>>();
  readonly #schemas = new Map<string, Promise<ParquetInfo>>();

  constructor(runner: QueryRunner, limit = 200) {
    this.#runner = runner;
    this.#limit = limit;
  }

  select(src: string, query: DatasetQuery, options: QueryOptions = {}): Promise<QueryResult> {
    return this.#once(this.#results, queryKey(src, query, options), () => this.#runner.query({ ...query, from: src }, options));
  }

  schema(src: string): Promise<ParquetInfo> {
    return this.#once(this.#schemas, src, () => this.#runner.schema(src));
  }

  /** Forgets every answer (a host that knows the files changed). */
  clear(): void {
    this.#results.clear();
    this.#schemas.clear();
  }

  #once<T>(store: Map<string, Promise<T>>, key: string, run: () => Promise<T>): Promise<T> {
    const known = store.get(key);
    if (known) {
      // Most recently used last, so the oldest goes first.
      store.delete(key);
      store.set(key, known);
      return known;
    }
    const answer = run();
    store.set(key, answer);
    answer.catch(() => {
      if (store.get(key) === answer) store.delete(key);
    });
    while (store.size > this.#limit) store.delete(store.keys().next().value!);
    return answer;
  }
}
