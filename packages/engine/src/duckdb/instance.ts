import * as duckdb from '@duckdb/duckdb-wasm';
import { EngineError } from '../errors.ts';
import { SELF_HOSTED_BUNDLES } from './bundles.ts';
import { workerUrlFor } from './worker-url.ts';

/**
 * One DuckDB-WASM per page. The state lives on globalThis under a registered symbol so
 * that even two copies of this bundle on one page (two CMS blocks, each with its own
 * script tag) share one wasm instance and one worker.
 */
interface SharedDuckDB {
  instance?: Promise<duckdb.AsyncDuckDB>;
  /** How many instances this page has started: a probe for tests and benchmarks. */
  starts: number;
}

const SHARED = Symbol.for('slt.engine.duckdb');
const shared: SharedDuckDB = ((globalThis as { [SHARED]?: SharedDuckDB })[SHARED] ??= { starts: 0 });

/** How many DuckDB-WASM instances this page has started (1 at most, unless a start failed). */
export function duckdbStartCount(): number {
  return shared.starts;
}

/** Whether DuckDB-WASM has been asked for on this page. */
export function isDuckDBStarted(): boolean {
  return shared.instance !== undefined;
}

/** The page's DuckDB-WASM, started on first call. */
export function getDuckDB(): Promise<duckdb.AsyncDuckDB> {
  shared.instance ??= startDuckDB().catch((error: unknown) => {
    // Forget the failure so a later widget (or a retry) can try again.
    shared.instance = undefined;
    throw error instanceof EngineError
      ? error
      : new EngineError('engine-failed', `DuckDB-WASM could not start: ${String(error)}`, { cause: error });
  });
  return shared.instance;
}

/** Use an instance the host page already has instead of starting one (call before first use). */
export function provideDuckDB(instance: duckdb.AsyncDuckDB | Promise<duckdb.AsyncDuckDB>): void {
  shared.instance = Promise.resolve(instance);
}

async function startDuckDB(): Promise<duckdb.AsyncDuckDB> {
  shared.starts += 1;
  const bundle = await duckdb.selectBundle(SELF_HOSTED_BUNDLES);
  if (!bundle.mainWorker) throw new EngineError('engine-failed', 'No DuckDB-WASM worker in the selected bundle');
  const worker = new Worker(workerUrlFor(bundle.mainWorker));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule);
  await db.open({ query: { castBigIntToDouble: false, castDecimalToDouble: true } });
  // The npm build has no extensions inside and would try to download them from the
  // internet; a municipal page must never depend on that.
  const conn = await db.connect();
  try {
    await conn.query('SET autoinstall_known_extensions = false');
    await conn.query('SET autoload_known_extensions = false');
  } finally {
    await conn.close();
  }
  // Benchmarks read this mark: time from navigation start to a usable DuckDB.
  globalThis.performance?.mark?.('slt:duckdb-ready');
  return db;
}
