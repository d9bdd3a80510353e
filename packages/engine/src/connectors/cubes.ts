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
 * columns of discrete types, aggregates that add up) is counted by its partial aggregates
 * (the chart, whatever its filters). From the second ask on, a cube is built once
 * (`CREATE TABLE ... AS SELECT <columns>, <partial aggregates> ... GROUP BY <columns>`) over
 * the query's filter and group columns and the table's other low-cardinality columns, and
 * the query and every later one whose columns the cube holds (any filter values, any of
 * those filter columns) reads the cube, re-summing over the columns it does not filter. The answer is the same rows either way (tested in cube.test.ts); disclosure
 * control runs afterwards on those rows as it always does. A cube that comes out too big
 * is dropped and its shape goes to the file from then on.
 */
export class CubeStore {
  readonly #prefix: string;
  /** Asks per set of partial aggregates (a chart, whatever its filters). */
  readonly #asks = new Map<string, number>();
  readonly #cubes: { readonly table: string; readonly cells: string; readonly dimensions: ReadonlySet<string> }[] = [];
  readonly #refused = new Set<string>();
  /** Charts whose wider cube came out too big: they get cubes of their own columns only. */
  readonly #narrow = new Set<string>();
  #built = 0;

  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  /**
   * The cube table to read for this plan, built now if this is the ask that calls for it;
   * null when the query should read the file's table. Call inside the dataset's exclusive
   * section, with the plan's columns loaded. `candidates` are more (decoded) columns the
   * cube may hold (low-cardinality ones: see Dataset.cubeCandidates; `loadColumns` puts them
   * in the table first), so that the same chart with filters on other of those columns
   * reads the same cube instead of building another.
   */
  async tableFor(
    conn: AsyncDuckDBConnection,
    plan: CubePlan,
    fileRows: number,
    candidates: readonly string[] = [],
    loadColumns: (columns: readonly string[]) => Promise<void> = async () => undefined,
  ): Promise<string | null> {
    if (fileRows < MIN_FILE_ROWS) return null;
    const holding = this.#cubes.find((cube) => cube.cells === plan.cells && plan.dimensions.every((name) => cube.dimensions.has(name)));
    if (holding !== undefined) return holding.table;
    if (this.#refused.has(plan.key)) return null;
    // Counted per chart (its partial aggregates), not per filter columns: a second ask with
    // other filters is the pattern a cube is for.
    const asks = (this.#asks.get(plan.cells) ?? 0) + 1;
    this.#asks.set(plan.cells, asks);
    if (asks < CUBE_AFTER_ASKS) return null;

    const extra = this.#narrow.has(plan.cells) ? [] : candidates.filter((name) => !plan.dimensions.includes(name));
    // The wider cube first; if it comes out too big, the query's own columns only.
    for (const columns of extra.length > 0 ? [extra, []] : [[]]) {
      if (columns.length > 0) await loadColumns(columns);
      const table = await this.#build(conn, plan.buildWith(columns), fileRows);
      if (table === null) {
        if (columns.length > 0) this.#narrow.add(plan.cells);
        continue;
      }
      this.#cubes.push({ table, cells: plan.cells, dimensions: new Set([...plan.dimensions, ...columns]) });
      return table;
    }
    this.#refused.add(plan.key);
    return null;
  }

  /** Creates a cube table; null (and nothing left behind) when it fails or is too big to help. */
  async #build(conn: AsyncDuckDBConnection, build: { readonly sql: string; readonly params: readonly unknown[] }, fileRows: number): Promise<string | null> {
    const table = `${this.#prefix}_cube_${++this.#built}`;
    try {
      const statement = await conn.prepare(`CREATE TABLE ${quoteIdentifier(table)} AS ${build.sql}`);
      try {
        await statement.query(...build.params);
      } finally {
        await statement.close();
      }
      const size = Number((await conn.query(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`)).getChild('n')?.get(0) ?? Infinity);
      if (size > MAX_CUBE_ROWS || size > fileRows * MAX_CUBE_SHARE) {
        await conn.query(`DROP TABLE ${quoteIdentifier(table)}`);
        return null;
      }
      return table;
    } catch {
      // A cube is only ever a shortcut: if it cannot be built, the file's table answers.
      await conn.query(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`).catch(() => undefined);
      return null;
    }
  }
}
