import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { chooseConnector, type Connector } from './connectors/connector.ts';
import { duckdbConnector } from './connectors/duckdb.ts';
import { pageConnector } from './connectors/page.ts';
import { Dataset } from './dataset.ts';
import { protectRows, resolvePolicy, type DisclosureOptions, type DisclosurePolicy, type SelectOptions } from './disclosure/index.ts';
import { getDuckDB } from './duckdb/instance.ts';
import { EngineError } from './errors.ts';
import { compile, type CompiledQuery } from './model/compile.ts';
import { protectAggregates } from './model/protect-result.ts';
import type { Query } from './model/query.ts';
import { validate } from './model/validate.ts';
import type { ValidQuery } from './model/valid-query.ts';
import type { FetchOptions } from './parquet/http-bytes.ts';
import type { ParquetInfo } from './parquet/index.ts';
import type { SelectQuery } from './query.ts';
import type { Row } from './rows.ts';

export interface QueryResult {
  readonly rows: Row[];
  /** The result's columns, in order (measures add theirs, e.g. `rate_low`, `rate_high`). */
  readonly columns: readonly string[];
  /** The dataset's schema and metadata (source, k, synthetic, ...). */
  readonly info: ParquetInfo;
  /**
   * The SQL that ran (or that the page answered exactly), with `?` where values were bound.
   * When a pre-aggregated cube answered (README, "Pre-aggregation"), this is still the plain
   * query's SQL: the cube gives exactly its rows.
   */
  readonly sql: string;
  /** The values bound to the `?` in `sql`, in order. */
  readonly params: readonly (string | number | boolean)[];
  /** Which connector answered: in the page (no DuckDB), or DuckDB-WASM. Fixed per query shape. */
  readonly ranIn: 'duckdb' | 'page';
  /**
   * Per row, the columns whose value is hidden by disclosure control (null in `rows`):
   * show ':' with suppressionNote(k, language), never 0 and never a gap.
   */
  readonly suppressed: ReadonlyArray<ReadonlySet<string>>;
  /** The k in force (the dataset's `slt.k`, or the page's if higher); null when none applies. */
  readonly k: number | null;
}

export interface QueryOptions {
  /** Raise k and add count, rate and dimension columns; never lowers what the file asks for. */
  readonly disclosure?: DisclosureOptions;
}

export interface EngineOptions {
  /** Where DuckDB-WASM comes from: the page's shared instance unless given. */
  duckdb?: () => Promise<AsyncDuckDB>;
  /**
   * Answer plain selections in the page (default true), so a page whose queries need no
   * SQL never downloads DuckDB-WASM. False sends every query to DuckDB (tests, benchmarks).
   */
  inPage?: boolean;
  /**
   * Answer a grouped query that is asked again with other filter values from a pre-aggregated
   * table (default true; see "Pre-aggregation" in the README). The rows are the same either
   * way; false is for benchmarks that measure the difference.
   */
  cubes?: boolean;
  /** @deprecated The old name of `inPage`. */
  answerBeforeDuckDB?: boolean;
  /** A data file request that receives no byte for this long is aborted (`file-timeout`). Default 15 000. */
  fileStallTimeoutMs?: number;
  /** A data file request that takes longer than this in all is aborted (`file-timeout`). Default 60 000. */
  fileTimeoutMs?: number;
  /**
   * DuckDB-WASM that has not started within this long is given up (`engine-timeout`).
   * Default 60 000. Applies to the page's shared instance when this engine starts it.
   */
  duckdbStartTimeoutMs?: number;
}

/**
 * Datasets by name and the queries over them. Widgets are clients: they describe what
 * they need in the query model (model/query.ts) and get typed, disclosure-controlled rows
 * back, or an EngineError.
 */
export class Engine {
  readonly #byName = new Map<string, Dataset>();
  readonly #byUrl = new Map<string, Dataset>();
  readonly #duckdb: () => Promise<AsyncDuckDB>;
  readonly #connectors: readonly Connector[];
  readonly #fetchOptions: FetchOptions;

  constructor(options: EngineOptions = {}) {
    const startTimeoutMs = options.duckdbStartTimeoutMs;
    this.#duckdb = options.duckdb ?? (() => getDuckDB(startTimeoutMs === undefined ? {} : { startTimeoutMs }));
    this.#fetchOptions = {
      ...(options.fileStallTimeoutMs === undefined ? {} : { stallTimeoutMs: options.fileStallTimeoutMs }),
      ...(options.fileTimeoutMs === undefined ? {} : { timeoutMs: options.fileTimeoutMs }),
    };
    const inPage = options.inPage ?? options.answerBeforeDuckDB ?? true;
    const duckdb = duckdbConnector(() => this.#duckdb(), { cubes: options.cubes ?? true });
    this.#connectors = inPage ? [pageConnector, duckdb] : [duckdb];
  }

  /**
   * Starts DuckDB-WASM now (downloads ~6 MB and compiles it) and resolves when it is
   * ready. Nothing calls this by itself: a host calls it when it knows SQL is coming
   * (e.g. when the reader opens a panel with a grouped chart). A failed start rejects with
   * an EngineError; calling again tries again.
   */
  warmUp(): Promise<void> {
    return this.#duckdb().then(() => undefined);
  }

  /** DuckDB-WASM for this engine, started on first call (for hosts that run their own SQL). */
  duckdb(): Promise<AsyncDuckDB> {
    return this.#duckdb();
  }

  /** Makes a Parquet file available under a name (`<slt-trend src="neet">`). */
  register(name: string, url: string | URL): Dataset {
    const dataset = this.#datasetForUrl(url, name);
    this.#byName.set(name, dataset);
    return dataset;
  }

  /** A registered name, or else a URL relative to the page. */
  dataset(nameOrUrl: string): Dataset {
    const byName = this.#byName.get(nameOrUrl);
    if (byName) return byName;
    if (typeof nameOrUrl !== 'string' || nameOrUrl.trim() === '') throw new EngineError('unknown-dataset', 'No data source given');
    return this.#datasetForUrl(nameOrUrl, nameOrUrl);
  }

  /** The schema, row count and metadata of a dataset, read from the file's footer. */
  schema(nameOrUrl: string): Promise<ParquetInfo> {
    return this.dataset(nameOrUrl).info();
  }

  /**
   * Validates the query against the dataset's schema, runs it (in the page when the page
   * connector accepts it, else in DuckDB-WASM, started now if need be) with bound values,
   * and passes the result through disclosure control: on for every dataset whose metadata
   * has `slt.k`; `options.disclosure` can raise k and add columns, never lower it.
   */
  async query(model: Query, options: QueryOptions = {}): Promise<QueryResult> {
    if (typeof model !== 'object' || model === null) throw new EngineError('invalid-option', 'A query must be an object');
    const dataset = this.dataset(model.from);
    const info = await dataset.info();
    const valid = validate(info.columns, model, dataset.name);
    const policy = resolvePolicy(info, asSelection(valid), options.disclosure, dataset.name);
    if (valid.shape === 'select' && valid.measures.length === 0) return this.#select(dataset, info, valid, policy);

    const compiled = compile(dataset.table, valid, policy);
    const { rows, ranIn } = await this.#run(dataset, valid, compiled);
    const base = { columns: valid.outputs, info, sql: compiled.sql, params: compiled.params, ranIn };
    if (!policy) return { ...base, rows, suppressed: rows.map(() => NOTHING_HIDDEN), k: null };
    const safe = protectAggregates(rows, valid, compiled, policy);
    return { ...base, rows: safe.rows, suppressed: safe.suppressed, k: policy.k };
  }

  /** The first API: a plain selection. Same as `query({ from, ...query })`. */
  select(nameOrUrl: string, query: SelectQuery, options: SelectOptions = {}): Promise<QueryResult> {
    return this.query({ from: nameOrUrl, ...query }, options);
  }

  /** A plain selection: the rows, then protectRows with the helper columns it needs. */
  async #select(dataset: Dataset, info: ParquetInfo, valid: ValidQuery, policy: DisclosurePolicy | null): Promise<QueryResult> {
    if (policy && valid.distinct) {
      const figures = valid.keys.filter((name) => policy.counts.includes(name) || policy.rates.some((rate) => rate.column === name));
      if (figures.length > 0) {
        throw new EngineError('invalid-option', `Distinct values of ${figures.join(', ')} would list hidden figures: ask for distinct values of category columns only`, {
          dataset: dataset.name,
        });
      }
    }
    // The disclosure step needs a few columns the widget may not show (status, a rate's numerator).
    const helpers = policy && !valid.distinct ? policy.helpers : [];
    const run = helpers.length > 0 ? { ...valid, keys: [...valid.keys, ...helpers], outputs: [...valid.outputs, ...helpers] } : valid;
    const compiled = compile(dataset.table, run);
    const { rows, ranIn } = await this.#run(dataset, run, compiled);
    const base = { columns: valid.outputs, info, sql: compiled.sql, params: compiled.params, ranIn };
    if (!policy || valid.distinct) return { ...base, rows, suppressed: rows.map(() => NOTHING_HIDDEN), k: policy?.k ?? null };
    const safe = protectRows(rows, policy, valid.outputs);
    return { ...base, rows: safe.rows, suppressed: safe.suppressed, k: policy.k };
  }

  async #run(dataset: Dataset, valid: ValidQuery, compiled: CompiledQuery): Promise<{ rows: Row[]; ranIn: Connector['name'] }> {
    const connector = chooseConnector(this.#connectors, valid);
    if (!connector) throw new EngineError('invalid-option', 'No connector can answer this query', { dataset: dataset.name, sql: compiled.sql });
    return { rows: await connector.run(dataset, valid, compiled), ranIn: connector.name };
  }

  #datasetForUrl(url: string | URL, name: string): Dataset {
    let absolute: string;
    try {
      absolute = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
    } catch (cause) {
      throw new EngineError('unknown-dataset', `"${String(url)}" is neither a registered dataset nor a URL`, { cause });
    }
    let dataset = this.#byUrl.get(absolute);
    if (!dataset) {
      dataset = new Dataset(name, absolute, this.#fetchOptions);
      this.#byUrl.set(absolute, dataset);
    }
    return dataset;
  }
}

/** What resolvePolicy reads of a query: the shown columns, and which columns take several values. */
function asSelection(query: ValidQuery): SelectQuery {
  return {
    columns: query.keys,
    filters: query.filters.map((filter) => ({ column: filter.column, values: filter.kind === 'in' ? filter.values : ['min', 'max'] })),
  };
}

const NOTHING_HIDDEN: ReadonlySet<string> = new Set();

const SHARED = Symbol.for('slt.engine');

/**
 * The page's engine, shared by every widget (and by every copy of the bundle on the page).
 * `options` (e.g. the timeouts) apply only if this call creates it: a host that wants other
 * timeouts calls `sharedEngine({ fileStallTimeoutMs: 5_000 })` before the widgets load.
 */
export function sharedEngine(options?: EngineOptions): Engine {
  const slot = globalThis as { [SHARED]?: Engine };
  return (slot[SHARED] ??= new Engine(options));
}
