import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { openParquet, readColumns, takePrefetched, type ParquetFile, type ParquetInfo, type PlainColumn } from './parquet/index.ts';
import type { FetchOptions } from './parquet/http-bytes.ts';
import { CubeStore } from './connectors/cubes.ts';
import { loadRuntime } from './duckdb/load-runtime.ts';
import { requireColumn } from './schema.ts';
import { quoteIdentifier } from './sql.ts';
import { measure } from './timeline.ts';

let tableCounter = 0;

/** See Dataset.cubeCandidates. */
const CUBE_CANDIDATE_VALUES = 64;
const CUBE_CANDIDATE_CELLS = 5_000;

/**
 * One Parquet file, known by name and URL. Its schema is read from the footer on first
 * use; its columns are decoded only when a query needs them, once, into plain typed arrays
 * (parquet/columns.ts) that the page answers from, and wrapped as Arrow for DuckDB only
 * when a query runs there.
 */
export class Dataset {
  readonly name: string;
  readonly url: string;
  /** The DuckDB table that holds the loaded columns; never derived from user input. */
  readonly table = `dataset_${++tableCounter}`;
  /** Pre-aggregated tables of this dataset in DuckDB (connectors/cubes.ts). */
  readonly cubes = new CubeStore(this.table);
  #file: Promise<ParquetFile> | undefined;
  /** Decoded columns, kept so that loading one more column does not decode the others again. */
  readonly #columns = new Map<string, PlainColumn>();
  /** The columns DuckDB's table holds now. */
  #inDuckDB = new Set<string>();
  /** Decoding, loading into DuckDB and the queries after them run one at a time per dataset. */
  #queue: Promise<unknown> = Promise.resolve();

  readonly #fetchOptions: FetchOptions;

  constructor(name: string, url: string, fetchOptions: FetchOptions = {}) {
    this.name = name;
    this.url = url;
    this.#fetchOptions = fetchOptions;
  }

  /** The file's schema, row count and key-value metadata. */
  async info(): Promise<ParquetInfo> {
    return (await this.#open()).info;
  }

  /** The named columns, decoded (once), with the file's row count: what the page answers from. */
  columns(columns: readonly string[]): Promise<{ columns: ReadonlyMap<string, PlainColumn>; rowCount: number }> {
    return this.#exclusive(async () => {
      const rowCount = await this.#decode(columns);
      return { columns: new Map(columns.map((name) => [name, this.#columns.get(name)!])), rowCount };
    });
  }

  /**
   * The named columns, decoded (once), as an Arrow table, for a host that runs its own SQL
   * on `engine.duckdb()`. Loads the DuckDB runtime (Arrow's code) if nothing has yet.
   */
  async decoded(columns: readonly string[]): Promise<Table> {
    const [{ arrowTable }, decoded] = await Promise.all([loadRuntime(), this.columns(columns)]);
    return arrowTable(decoded.columns, decoded.rowCount);
  }

  /**
   * Decoded columns a cube may hold besides a query's own (connectors/cubes.ts; loaded into
   * DuckDB with `loadColumns` before the cube is built): text stored with a dictionary of at most CUBE_CANDIDATE_VALUES values, fewest first, as
   * many as keep the product of their sizes under CUBE_CANDIDATE_CELLS (a cube's cells are
   * at most that product times the query's own columns' values).
   */
  cubeCandidates(): string[] {
    const sized = [...this.#columns.keys()]
      .map((name) => ({ name, size: this.#columns.get(name)?.dictionary?.length ?? Infinity }))
      .filter(({ size }) => size <= CUBE_CANDIDATE_VALUES)
      .sort((a, b) => a.size - b.size || (a.name < b.name ? -1 : 1));
    const chosen: string[] = [];
    let cells = 1;
    for (const { name, size } of sized) {
      if (cells * size > CUBE_CANDIDATE_CELLS) break;
      cells *= size;
      chosen.push(name);
    }
    return chosen;
  }

  /** Runs `task` once the columns are in DuckDB, exclusively for this dataset. */
  withColumns<T>(db: AsyncDuckDB, columns: readonly string[], task: () => Promise<T>): Promise<T> {
    return this.#exclusive(async () => {
      await this.#decode(columns);
      if (columns.some((name) => !this.#inDuckDB.has(name))) {
        // The first load (the first chart waits for it) takes this query's columns only; a
        // later one every decoded column, so the pickers' columns come along in one rebuild.
        await this.#loadIntoDuckDB(db, this.#inDuckDB.size === 0 ? columns : [...this.#columns.keys()]);
      }
      return task();
    });
  }

  /**
   * Makes sure DuckDB's table holds these decoded columns (for a cube over more columns than
   * the query's). Call only inside `withColumns`' task, which holds the dataset.
   */
  async loadColumns(db: AsyncDuckDB, columns: readonly string[]): Promise<void> {
    if (columns.some((name) => !this.#inDuckDB.has(name))) await this.#loadIntoDuckDB(db, [...this.#inDuckDB, ...columns]);
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task, task);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  #open(): Promise<ParquetFile> {
    this.#file ??= this.#openOrTakePrefetched().catch((error: unknown) => {
      this.#file = undefined; // the file may appear later: let the next use try again
      throw error;
    });
    return this.#file;
  }

  /**
   * The file as the page prefetched it (parquet/prefetch.ts), with its decoded columns, or
   * else read now. A prefetch used the default timeouts, so an engine with its own ignores it.
   */
  async #openOrTakePrefetched(): Promise<ParquetFile> {
    const prefetched = Object.keys(this.#fetchOptions).length === 0 ? takePrefetched(this.url) : undefined;
    if (prefetched === undefined) return openParquet(this.url, this.#fetchOptions);
    const { file, columns } = await prefetched;
    for (const [name, column] of columns) if (!this.#columns.has(name)) this.#columns.set(name, column);
    return file;
  }

  /** Decodes the columns not decoded yet; resolves with the file's row count. */
  async #decode(columns: readonly string[]): Promise<number> {
    const file = await this.#open();
    for (const name of columns) requireColumn(file.info.columns, name, this.name);
    const missing = columns.filter((name) => !this.#columns.has(name));
    if (missing.length === 0) return file.info.rowCount;
    const started = performance.now();
    const decoded = await readColumns(file, missing);
    measure('slt:decode', started);
    for (const [name, column] of decoded) this.#columns.set(name, column);
    return file.info.rowCount;
  }

  /**
   * DuckDB cannot add a column from Arrow to an existing table, so the table is rebuilt
   * from the named (decoded) columns. Decoding, the expensive part, is never repeated.
   */
  async #loadIntoDuckDB(db: AsyncDuckDB, names: readonly string[]): Promise<void> {
    const loaded = new Map([...new Set(names)].map((name) => [name, this.#columns.get(name)!]));
    const [{ arrowTable }, rowCount] = await Promise.all([loadRuntime(), this.info().then((info) => info.rowCount)]);
    const started = performance.now();
    const conn = await db.connect();
    try {
      await conn.query(`DROP TABLE IF EXISTS ${quoteIdentifier(this.table)}`);
      await conn.insertArrowTable(arrowTable(loaded, rowCount), { name: this.table, create: true });
    } finally {
      await conn.close();
    }
    measure('slt:duckdb-insert', started);
    this.#inDuckDB = new Set(loaded.keys());
  }
}
