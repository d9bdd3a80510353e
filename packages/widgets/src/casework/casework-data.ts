// The one module through which <slt-casework> reaches its data: it checks the file's tier,
// decodes the events in the page and builds every view's tables there (casework-build.ts),
// so the whole dashboard is drawn without waiting for DuckDB-WASM. DuckDB-WASM is started
// for what the page does not work out, a case's path (pathSql), when that is first asked
// for or, earlier, when the element warms it up after the first full dashboard (`warm`).
import type { Engine } from '@slt/engine';
import { indexFromEvents } from './casework-build.ts';
import { cubeFromIndex, type CubeRow } from './casework-cube.ts';
import { caseworkEvents, EVENT_COLUMNS } from './casework-events.ts';
import type { CaseworkIndex } from './casework-index.ts';
import { optionsFromIndex } from './casework-options.ts';
import { eventsViewSql, type BoundSql } from './casework-sql.ts';

/** Why the element refuses a file: it is public, or does not say it is internal. */
export class CaseworkRefusal extends Error {
  constructor(readonly reason: 'public' | 'no-tier') {
    super(`slt-casework shows internal-tier files only (slt.tier: ${reason === 'public' ? 'public' : 'missing'})`);
  }
}

export type CaseworkRow = Record<string, unknown>;

export interface CaseworkOptions {
  readonly months: readonly string[];
  /** `area_code=area`. */
  readonly areas: readonly string[];
  readonly ages: readonly string[];
  readonly sexes: readonly string[];
  readonly measures: readonly string[];
  readonly agencies: readonly string[];
}

/** Runs one view's SQL on the source's connection, after the filters were prepared. */
export type RunView = <T extends CaseworkRow>(query: BoundSql) => Promise<T[]>;

export interface CaseworkSource {
  readonly metadata: Readonly<Record<string, string>>;
  readonly options: CaseworkOptions;
  /**
   * The monthly count table (`cw_cube` in SQL), made in the page at open: a filter change on
   * month, district group, age band or sex adds it up (casework-cube.ts).
   */
  readonly cube: readonly CubeRow[];
  /** The histories, spells and concerns as whole numbers, built in the page at open (casework-build.ts). */
  readonly index: CaseworkIndex;
  /**
   * Runs `views`, one batch at a time, so a batch for newer filters waits for the one before.
   * `run` runs SQL in DuckDB-WASM on this source's connection, starting DuckDB-WASM and
   * handing it the events first if that was not done yet.
   */
  batch<T>(views: (run: RunView) => Promise<T>): Promise<T>;
  /** Starts DuckDB-WASM and hands it the events now, so that a later path opens at once. */
  warm(): Promise<void>;
}

let tables = 0;

/**
 * Times a step on the page's Performance Timeline (`slt-casework:<name>`), for
 * bench/casework.mjs to say where the time goes.
 */
export async function timed<T>(name: string, task: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await task();
  } finally {
    performance.measure(`slt-casework:${name}`, { start });
  }
}

/** A step of plain computation in the page, timed. */
const step = <T>(name: string, task: () => T): Promise<T> => timed(name, async () => task());

/**
 * Opens an internal-tier events file: refuses a public one before a byte of its rows is
 * read, then decodes the columns the views read in the page (the engine's Parquet reader)
 * and builds the index, the count table and the filters' options from them.
 */
export async function openCasework(engine: Engine, src: string): Promise<CaseworkSource> {
  const info = await timed('schema', () => engine.schema(src));
  const tier = info.metadata['slt.tier'];
  if (tier !== 'internal') throw new CaseworkRefusal(tier === undefined ? 'no-tier' : 'public');
  const dataset = engine.dataset(src);
  const { columns, rowCount } = await timed('decode', () => dataset.columns(EVENT_COLUMNS));
  const events = await step('events', () => caseworkEvents(columns, rowCount));
  const index = await step('index', () => indexFromEvents(events));
  const cube = await step('cube', () => cubeFromIndex(index));
  const options = await step('options', () => optionsFromIndex(index, events));

  // DuckDB-WASM, for a case's path: started once, when first needed.
  type Connection = Awaited<ReturnType<Awaited<ReturnType<Engine['duckdb']>>['connect']>>;
  let connection: Promise<Connection> | undefined;
  const connect = (): Promise<Connection> => {
    connection ??= timed('duckdb', async () => {
      const [table, db] = await Promise.all([dataset.decoded(EVENT_COLUMNS), engine.duckdb()]);
      const name = `slt_casework_${++tables}`;
      const conn = await db.connect();
      await timed('insert', () => conn.insertArrowTable(table, { name, create: true }));
      await conn.query(eventsViewSql(name));
      return conn;
    });
    connection.catch(() => (connection = undefined)); // a failed start is tried again next time
    return connection;
  };
  // Each SQL text is prepared once and kept: a path then costs one round trip to DuckDB's worker.
  const statements = new Map<string, Promise<Awaited<ReturnType<Connection['prepare']>>>>();
  const run: RunView = async <T extends CaseworkRow>(query: BoundSql): Promise<T[]> => {
    const conn = await connect();
    let statement = statements.get(query.sql);
    if (!statement) {
      statement = conn.prepare(query.sql);
      statements.set(query.sql, statement);
      statement.catch(() => statements.delete(query.sql));
    }
    return rowsOf(await (await statement).query(...query.params)) as T[];
  };
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    metadata: info.metadata,
    options,
    cube,
    index,
    batch: (views) => exclusive(() => views(run)),
    warm: async () => void (await connect()),
  };
}

/** A result's rows as plain objects, column by column (per-row `toJSON()` cost a 20 000-case agenda 0.2-0.3 s). */
function rowsOf(result: { numRows: number; schema: { fields: ReadonlyArray<{ name: string }> }; getChildAt(index: number): { get(index: number): unknown } | null }): CaseworkRow[] {
  const columns = result.schema.fields.map((field, index) => [field.name, result.getChildAt(index)!] as const);
  const rows: CaseworkRow[] = new Array(result.numRows);
  for (let i = 0; i < result.numRows; i++) {
    const row: CaseworkRow = {};
    for (const [name, vector] of columns) row[name] = plainValue(vector.get(i));
    rows[i] = row;
  }
  return rows;
}

function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value && typeof value === 'object' && 'toArray' in value && typeof value.toArray === 'function') {
    return Array.from(value.toArray() as ArrayLike<unknown>, plainValue);
  }
  return value;
}
