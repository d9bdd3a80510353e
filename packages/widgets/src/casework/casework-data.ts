// The one module through which <slt-casework> reaches its data: it checks the file's tier,
// loads it into the page's DuckDB-WASM and runs the views' SQL with bound values. When the
// engine's query model lands, this is the file that changes.
import type { Engine } from '@slt/engine';
import { optionsSql, prepareSql, type BoundSql, type CaseworkFilters } from './casework-sql.ts';

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
   * Prepares the filtered tables (prepareSql) and runs `views` with them, one batch at a
   * time: the temporary tables belong to this source's one connection, so a batch for
   * newer filters waits for the one before instead of overwriting its tables mid-way.
   */
  withFilters<T>(filters: CaseworkFilters, views: (run: RunView) => Promise<T>): Promise<T>;
}

let tables = 0;

/**
 * Opens an internal-tier events file: refuses a public one before a byte of its rows is
 * read, then decodes every column in the page (the engine's Parquet reader) and hands it
 * to DuckDB-WASM as a table of its own, on a connection of its own.
 */
export async function openCasework(engine: Engine, src: string): Promise<CaseworkSource> {
  const info = await engine.schema(src);
  const tier = info.metadata['slt.tier'];
  if (tier !== 'internal') throw new CaseworkRefusal(tier === undefined ? 'no-tier' : 'public');
  const [table, db] = await Promise.all([engine.dataset(src).decoded(info.columns.map((column) => column.name)), engine.duckdb()]);
  const name = `slt_casework_${++tables}`;
  const conn = await db.connect();
  await conn.insertArrowTable(table, { name, create: true });

  const run: RunView = async <T extends CaseworkRow>(query: BoundSql): Promise<T[]> => {
    const statement = await conn.prepare(query.sql);
    try {
      const result = await statement.query(...query.params);
      return result.toArray().map((row) => plainRow(row.toJSON() as CaseworkRow)) as T[];
    } finally {
      await statement.close();
    }
  };
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  type Options = { months: string[]; areas: string[]; ages: string[]; sexes: string[]; measures: string[]; agencies: string[] };
  const [options] = await exclusive(() => run<Options>({ sql: optionsSql(name), params: [] }));
  return {
    metadata: info.metadata,
    options: options!,
    withFilters: (filters, views) =>
      exclusive(async () => {
        for (const statement of prepareSql(filters, name)) await run(statement);
        return views(run);
      }),
  };
}

function plainRow(row: CaseworkRow): CaseworkRow {
  const out: CaseworkRow = {};
  for (const [key, value] of Object.entries(row)) out[key] = plainValue(value);
  return out;
}

function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value && typeof value === 'object' && 'toArray' in value && typeof value.toArray === 'function') {
    return Array.from(value.toArray() as ArrayLike<unknown>, plainValue);
  }
  return value;
}
