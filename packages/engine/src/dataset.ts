import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { Table, type Vector } from 'apache-arrow';
import { openParquet, readColumnsAsArrow, type ParquetFile, type ParquetInfo } from './parquet/index.ts';
import { requireColumn } from './schema.ts';
import { quoteIdentifier } from './sql.ts';

let tableCounter = 0;

/**
 * One Parquet file, known by name and URL. Its schema is read from the footer on first
 * use; its columns are decoded and handed to DuckDB only when a query needs them.
 */
export class Dataset {
  readonly name: string;
  readonly url: string;
  /** The DuckDB table that holds the loaded columns; never derived from user input. */
  readonly table = `dataset_${++tableCounter}`;
  #file: Promise<ParquetFile> | undefined;
  /** Decoded columns, kept so that loading one more column does not decode the others again. */
  readonly #columns = new Map<string, Vector>();
  /** Column loads and the queries after them run one at a time per dataset. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(name: string, url: string) {
    this.name = name;
    this.url = url;
  }

  /** The file's schema, row count and key-value metadata. */
  async info(): Promise<ParquetInfo> {
    return (await this.#open()).info;
  }

  /** Runs `task` once the columns are in DuckDB, exclusively for this dataset. */
  withColumns<T>(db: AsyncDuckDB, columns: readonly string[], task: () => Promise<T>): Promise<T> {
    const run = async () => {
      await this.#ensureColumns(db, columns);
      return task();
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  #open(): Promise<ParquetFile> {
    this.#file ??= openParquet(this.url).catch((error: unknown) => {
      this.#file = undefined; // the file may appear later: let the next use try again
      throw error;
    });
    return this.#file;
  }

  async #ensureColumns(db: AsyncDuckDB, columns: readonly string[]): Promise<void> {
    const file = await this.#open();
    for (const name of columns) requireColumn(file.info.columns, name, this.name);
    const missing = columns.filter((name) => !this.#columns.has(name));
    if (missing.length === 0) return;
    const decoded = await readColumnsAsArrow(file, missing);
    for (const name of missing) {
      const vector = decoded.getChild(name);
      if (vector) this.#columns.set(name, vector);
    }
    // DuckDB cannot add a column from Arrow to an existing table, so the table is
    // rebuilt from every decoded column. Our files are small, and decoding (the
    // expensive part) is never repeated.
    const table = new Table(Object.fromEntries(this.#columns));
    const conn = await db.connect();
    try {
      await conn.query(`DROP TABLE IF EXISTS ${quoteIdentifier(this.table)}`);
      await conn.insertArrowTable(table, { name: this.table, create: true });
    } finally {
      await conn.close();
    }
  }
}
