// The one module through which <slt-casework> reaches its data: it checks the file's tier,
// loads it into the page's DuckDB-WASM and runs the views' SQL with bound values. When the
// engine's query model lands, this is the file that changes.
import type { Engine } from '@slt/engine';
import { OPTIONS_SQL, type BoundSql } from './casework-sql.ts';

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

export interface CaseworkSource {
  readonly metadata: Readonly<Record<string, string>>;
  readonly options: CaseworkOptions;
  run<T extends CaseworkRow>(query: BoundSql): Promise<T[]>;
}

let tables = 0;

/**
 * Opens an internal-tier events file: refuses a public one before a byte of its rows is
 * read, then decodes every column in the page (the engine's Parquet reader) and hands it
 * to DuckDB-WASM as a table of its own.
 */
export async function openCasework(engine: Engine, src: string): Promise<CaseworkSource> {
  const info = await engine.schema(src);
  const tier = info.metadata['slt.tier'];
  if (tier !== 'internal') throw new CaseworkRefusal(tier === undefined ? 'no-tier' : 'public');
  const [table, db] = await Promise.all([engine.dataset(src).decoded(info.columns.map((column) => column.name)), engine.duckdb()]);
  const name = `slt_casework_${++tables}`;
  const setup = await db.connect();
  try {
    await setup.insertArrowTable(table, { name, create: true });
  } finally {
    await setup.close();
  }
  const run = async <T extends CaseworkRow>(query: BoundSql): Promise<T[]> => {
    const conn = await db.connect();
    try {
      const statement = await conn.prepare(onTable(query.sql, name));
      try {
        const result = await statement.query(...query.params);
        return result.toArray().map((row) => plainRow(row.toJSON() as CaseworkRow)) as T[];
      } finally {
        await statement.close();
      }
    } finally {
      await conn.close();
    }
  };
  const [options] = await run<{ months: string[]; areas: string[]; ages: string[]; sexes: string[]; measures: string[]; agencies: string[] }>({ sql: OPTIONS_SQL, params: [] });
  return { metadata: info.metadata, options: options!, run };
}

/** The views' SQL reads `events`: here that is the loaded table. */
export function onTable(sql: string, table: string): string {
  const events = `events AS (SELECT * FROM "${table}")`;
  return /^\s*WITH\s/i.test(sql) ? sql.replace(/^\s*WITH\s/i, `WITH ${events}, `) : `WITH ${events} ${sql}`;
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
