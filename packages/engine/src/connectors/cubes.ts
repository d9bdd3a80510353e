import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { CubePlan } from '../model/compile.ts';
import { quoteIdentifier } from '../sql.ts';

/** A cube is built the second time a query of its shape is asked: one ask is not a pattern. */
export const CUBE_AFTER_ASKS = 2;
/**
 * Files of fewer rows never get a cube: a GROUP BY over them takes a few milliseconds already
 * (every committed public file is under 10 000 rows, so the dashboards never build one).
 */
export const MIN_FILE_ROWS = 20_000;
/** A cube with more cells than this is dropped: its dimensions are not of bounded cardinality. */
export const MAX_CUBE_ROWS = 100_000;
/** ... and so is one with more than this share of the file's rows: reading it would save little. */
export const MAX_CUBE_SHARE = 0.1;

/**
 * The pre-aggregated tables (data cubes, as Mosaic builds them) of one dataset in DuckDB.
 * A grouped query whose compiled form has a cube plan (model/compile.ts: filters and group
 * columns of discrete types, aggregates that add up) is counted by its plan's key, which
 * leaves out the filter values. From the second ask on, the cube is built once
 * (`CREATE TABLE ... AS SELECT <filter and group columns>, <partial aggregates> ...
 * GROUP BY ...`) and the query and every later one of that shape (any filter values) reads
 * the cube. The answer is the same rows either way (tested in cube.test.ts); disclosure
 * control runs afterwards on those rows as it always does. A cube that comes out too big
 * is dropped and its shape goes to the file from then on.
 */
export class CubeStore {
  readonly #prefix: string;
  readonly #asks = new Map<string, number>();
  readonly #tables = new Map<string, string>();
  readonly #refused = new Set<string>();
  #built = 0;

  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  /**
   * The cube table to read for this plan, built now if this is the ask that calls for it;
   * null when the query should read the file's table. Call inside the dataset's exclusive
   * section, with the plan's columns loaded.
   */
  async tableFor(conn: AsyncDuckDBConnection, plan: CubePlan, fileRows: number): Promise<string | null> {
    if (fileRows < MIN_FILE_ROWS) return null;
    const built = this.#tables.get(plan.key);
    if (built !== undefined) return built;
    if (this.#refused.has(plan.key)) return null;
    const asks = (this.#asks.get(plan.key) ?? 0) + 1;
    this.#asks.set(plan.key, asks);
    if (asks < CUBE_AFTER_ASKS) return null;

    const table = `${this.#prefix}_cube_${++this.#built}`;
    try {
      const statement = await conn.prepare(`CREATE TABLE ${quoteIdentifier(table)} AS ${plan.build.sql}`);
      try {
        await statement.query(...plan.build.params);
      } finally {
        await statement.close();
      }
      const size = Number((await conn.query(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`)).getChild('n')?.get(0) ?? Infinity);
      if (size > MAX_CUBE_ROWS || size > fileRows * MAX_CUBE_SHARE) {
        await conn.query(`DROP TABLE ${quoteIdentifier(table)}`);
        this.#refused.add(plan.key);
        return null;
      }
    } catch {
      // A cube is only ever a shortcut: if it cannot be built, the file's table answers.
      await conn.query(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`).catch(() => undefined);
      this.#refused.add(plan.key);
      return null;
    }
    this.#tables.set(plan.key, table);
    return table;
  }
}
