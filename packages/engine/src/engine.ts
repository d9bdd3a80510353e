import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { Dataset } from './dataset.ts';
import { protectRows, resolvePolicy, type SelectOptions } from './disclosure/index.ts';
import { getDuckDB } from './duckdb/instance.ts';
import { EngineError, isEngineError } from './errors.ts';
import type { ParquetInfo } from './parquet/index.ts';
import { canRunLocally, runLocally } from './local-query.ts';
import { columnsOf, type SelectQuery } from './query.ts';
import { toRows, type Row } from './rows.ts';
import { validateQuery } from './schema.ts';
import { buildSelectSql } from './sql.ts';

export interface QueryResult {
  readonly rows: Row[];
  /** The dataset's schema and metadata (source, k, synthetic, ...). */
  readonly info: ParquetInfo;
  /** The SQL that ran (or would have), with `?` where values were bound. */
  readonly sql: string;
  /** Where the query ran: in DuckDB-WASM, or in the page while DuckDB was still starting. */
  readonly ranIn: 'duckdb' | 'page';
  /**
   * Per row, the columns whose value is hidden by disclosure control (null in `rows`):
   * show ':' with suppressionNote(k, language), never 0 and never a gap.
   */
  readonly suppressed: ReadonlyArray<ReadonlySet<string>>;
  /** The k in force (the dataset's `slt.k`, or the page's if higher); null when none applies. */
  readonly k: number | null;
}

export interface EngineOptions {
  /** Where DuckDB-WASM comes from: the page's shared instance unless given. */
  duckdb?: () => Promise<AsyncDuckDB>;
  /**
   * Answer simple queries in the page until DuckDB-WASM is ready (default true), so the
   * first chart does not wait 1-2 s for a 7 MB wasm. The answers are the same either way.
   */
  answerBeforeDuckDB?: boolean;
}

/**
 * Datasets by name and the queries over them. Widgets are clients: they describe what
 * they need as a SelectQuery and get typed rows back, or an EngineError.
 */
export class Engine {
  readonly #byName = new Map<string, Dataset>();
  readonly #byUrl = new Map<string, Dataset>();
  readonly #duckdb: () => Promise<AsyncDuckDB>;
  readonly #answerBeforeDuckDB: boolean;
  #duckdbReady = false;

  constructor(options: EngineOptions = {}) {
    this.#duckdb = options.duckdb ?? getDuckDB;
    this.#answerBeforeDuckDB = options.answerBeforeDuckDB ?? true;
  }

  /** DuckDB-WASM for this engine, started on first call; later queries run there. */
  duckdb(): Promise<AsyncDuckDB> {
    const started = this.#duckdb();
    void started.then(
      () => (this.#duckdbReady = true),
      () => undefined, // reported to the query that needs it
    );
    return started;
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
    if (nameOrUrl.trim() === '') throw new EngineError('unknown-dataset', 'No data source given');
    return this.#datasetForUrl(nameOrUrl, nameOrUrl);
  }

  /** The schema, row count and metadata of a dataset, read from the file's footer. */
  schema(nameOrUrl: string): Promise<ParquetInfo> {
    return this.dataset(nameOrUrl).info();
  }

  /**
   * Validates the query against the dataset's schema, runs it with bound values, then
   * passes the rows through disclosure control: on by default for every dataset whose
   * metadata has `slt.k`; `options.disclosure` can raise k and add columns, never lower it.
   */
  async select(nameOrUrl: string, query: SelectQuery, options: SelectOptions = {}): Promise<QueryResult> {
    const dataset = this.dataset(nameOrUrl);
    const info = await dataset.info();
    const valid = validateQuery(info.columns, query, dataset.name);
    const policy = resolvePolicy(info, valid, options.disclosure, dataset.name);
    // The step needs a few columns the widget may not show (status, a rate's numerator).
    const run = policy && policy.helpers.length > 0 ? { ...valid, columns: [...valid.columns, ...policy.helpers] } : valid;
    const { rows, sql, ranIn } = await this.#run(dataset, info, run);
    if (!policy) return { rows, info, sql, ranIn, suppressed: rows.map(() => NOTHING_HIDDEN), k: null };
    const safe = protectRows(rows, policy, valid.columns);
    return { rows: safe.rows, info, sql, ranIn, suppressed: safe.suppressed, k: policy.k };
  }

  async #run(dataset: Dataset, info: ParquetInfo, valid: SelectQuery): Promise<Pick<QueryResult, 'rows' | 'sql' | 'ranIn'>> {
    const { sql, params } = buildSelectSql(dataset.table, valid);
    if (this.#answerBeforeDuckDB && !this.#duckdbReady && canRunLocally(valid, info.columns)) {
      const table = await dataset.decoded(columnsOf(valid));
      // Warm DuckDB up behind the first chart, for the queries that need SQL.
      this.duckdb().catch(() => undefined);
      return { rows: runLocally(table, valid), sql, ranIn: 'page' };
    }
    const db = await this.duckdb();
    return dataset.withColumns(db, columnsOf(valid), async () => {
      const conn = await db.connect();
      try {
        const statement = await conn.prepare(sql);
        try {
          return { rows: toRows(await statement.query(...params)), sql, ranIn: 'duckdb' as const };
        } finally {
          await statement.close();
        }
      } catch (error) {
        if (isEngineError(error)) throw error;
        throw new EngineError('query-failed', `Query failed: ${String(error)}`, { cause: error, sql, dataset: dataset.name });
      } finally {
        await conn.close();
      }
    });
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
      dataset = new Dataset(name, absolute);
      this.#byUrl.set(absolute, dataset);
    }
    return dataset;
  }
}

const NOTHING_HIDDEN: ReadonlySet<string> = new Set();

const SHARED = Symbol.for('slt.engine');

/** The page's engine, shared by every widget (and by every copy of the bundle on the page). */
export function sharedEngine(): Engine {
  const slot = globalThis as { [SHARED]?: Engine };
  return (slot[SHARED] ??= new Engine());
}
