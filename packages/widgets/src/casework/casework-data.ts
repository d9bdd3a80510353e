// The one module through which <slt-casework> reaches its data: it checks the file's tier,
// loads it into the page's DuckDB-WASM, computes the histories once (openSql) and runs the
// views' SQL with bound values. The views need window functions, as-of joins and medians
// over people's histories, which the engine's query model does not express; so they stay
// SQL here, on a connection of their own, with every value bound.
import type { Engine } from '@slt/engine';
import type { CubeRow } from './casework-cube.ts';
import { INDEX_READS, indexSql, readIndex, type CaseworkIndex } from './casework-index.ts';
import { openSql, optionsSql, type BoundSql } from './casework-sql.ts';

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
   * The monthly count table made at open (`cw_cube`), held in the page: a filter change on
   * month, district group, age band or sex adds it up there (casework-cube.ts) instead of
   * asking DuckDB-WASM.
   */
  readonly cube: readonly CubeRow[];
  /** The histories, spells and concerns as whole numbers, held in the page: the agenda is worked out there (casework-index.ts). */
  readonly index: CaseworkIndex;
  /**
   * Runs `views` (the SQL of the views for these filters), one batch at a time on this
   * source's one connection, so a batch for newer filters waits for the one before.
   */
  batch<T>(views: (run: RunView) => Promise<T>): Promise<T>;
}

let tables = 0;

/** The columns the views read (the file's others, such as `period` and `area_level`, are not decoded). */
const EVENT_COLUMNS = ['pseudonym', 'month', 'event', 'category', 'agency', 'age_band', 'sex', 'area_code', 'area'];

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

/**
 * Opens an internal-tier events file: refuses a public one before a byte of its rows is
 * read, then decodes every column in the page (the engine's Parquet reader) and hands it
 * to DuckDB-WASM as a table of its own, on a connection of its own, where the histories the
 * views read are computed once (openSql).
 */
export async function openCasework(engine: Engine, src: string): Promise<CaseworkSource> {
  const info = await engine.schema(src);
  const tier = info.metadata['slt.tier'];
  if (tier !== 'internal') throw new CaseworkRefusal(tier === undefined ? 'no-tier' : 'public');
  const [table, db] = await timed('decode', () => Promise.all([engine.dataset(src).decoded(EVENT_COLUMNS), engine.duckdb()]));
  const name = `slt_casework_${++tables}`;
  const conn = await db.connect();
  await timed('insert', () => conn.insertArrowTable(table, { name, create: true }));

  // Each view's SQL text is prepared once and kept: a filter change then costs one round
  // trip to DuckDB's worker per view instead of three (prepare, query, close). The texts
  // are few (one per view and combination of filters in use), and the connection keeps them.
  const statements = new Map<string, Promise<Awaited<ReturnType<typeof conn.prepare>>>>();
  const run: RunView = async <T extends CaseworkRow>(query: BoundSql): Promise<T[]> => {
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

  type Options = { months: string[]; areas: string[]; ages: string[]; sexes: string[]; measures: string[]; agencies: string[] };
  const { options, cube, index } = await exclusive(async () => {
    for (const [step, sql] of [...openSql(name), ...indexSql()].entries()) await timed(`open-${step}`, () => conn.query(sql));
    const [found] = await timed('options', () => run<Options>({ sql: optionsSql(), params: [] }));
    const rows = await timed('cube', () => run<CubeRow & CaseworkRow>({ sql: 'SELECT * FROM cw_cube', params: [] }));
    // Whole numbers come as typed arrays straight from Arrow's buffers; the few texts as values.
    const read = await timed('index', () =>
      readIndex(async (name) => {
        const table = await timed(`index-${name}`, () => conn.query(INDEX_READS[name]));
        return (column) => table.getChild(column)!.toArray() as ArrayLike<unknown>;
      }),
    );
    return { options: found!, cube: rows, index: read };
  });
  return {
    metadata: info.metadata,
    options,
    cube,
    index,
    batch: (views) => exclusive(() => views(run)),
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
