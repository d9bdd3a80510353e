import * as duckdb from '@duckdb/duckdb-wasm';
import { EngineError, isEngineError } from '../errors.ts';
import { SELF_HOSTED_BUNDLES } from './bundles.ts';
import { workerUrlFor } from './worker-url.ts';

/**
 * One DuckDB-WASM per page. The state lives on globalThis under a registered symbol so
 * that even two copies of this bundle on one page (two CMS blocks, each with its own
 * script tag) share one wasm instance and one worker.
 */
interface SharedDuckDB {
  instance?: Promise<duckdb.AsyncDuckDB>;
  /** How many DuckDB-WASM instances this page has started: a probe for tests and benchmarks. */
  starts: number;
}

/** How long DuckDB-WASM may take to download, compile and open before the start is given up. */
export const DEFAULT_DUCKDB_START_TIMEOUT_MS = 60_000;

export interface StartOptions {
  /** Default 60 000 ms: the wasm is ~7 MB compressed and ~33 MB to compile on a slow phone. */
  readonly startTimeoutMs?: number;
  /** Where the wasm and worker come from (tests point them at missing files). Default: beside the bundle. */
  readonly bundles?: duckdb.DuckDBBundles;
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

/**
 * The page's DuckDB-WASM, started on first call. A start that fails or times out rejects
 * with `engine-failed` / `engine-timeout` and is forgotten, so a later call tries again
 * (nothing here retries by itself).
 */
export function getDuckDB(options: StartOptions = {}): Promise<duckdb.AsyncDuckDB> {
  shared.instance ??= startDuckDB(options).catch((error: unknown) => {
    shared.instance = undefined;
    throw error;
  });
  return shared.instance;
}

/** Use an instance the host page already has instead of starting one (call before first use). */
export function provideDuckDB(instance: duckdb.AsyncDuckDB | Promise<duckdb.AsyncDuckDB>): void {
  shared.instance = Promise.resolve(instance);
}

/**
 * Starts a DuckDB-WASM (not the shared one: getDuckDB does that once). Rejects when the
 * worker script cannot load, when the wasm cannot be fetched or compiled (the worker
 * reports it, or dies), and when it is not ready within the start timeout; the worker is
 * then terminated, so nothing keeps downloading in the background.
 */
export async function startDuckDB(options: StartOptions = {}): Promise<duckdb.AsyncDuckDB> {
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_DUCKDB_START_TIMEOUT_MS;
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && Number.isFinite(timeoutMs))) {
    throw new EngineError('invalid-option', `duckdbStartTimeoutMs must be a positive number of milliseconds, got ${JSON.stringify(timeoutMs)}`);
  }
  shared.starts += 1;
  let worker: Worker | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new EngineError('engine-timeout', `DuckDB-WASM did not start within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  const start = async () => {
    const bundle = await duckdb.selectBundle(options.bundles ?? SELF_HOSTED_BUNDLES);
    if (!bundle.mainWorker) throw new EngineError('engine-failed', 'No DuckDB-WASM worker in the selected bundle');
    await assertWasmReachable(bundle.mainModule);
    worker = new Worker(workerUrlFor(bundle.mainWorker));
    // A worker script that 404s or does not parse never answers: its error event is all we get.
    const workerDied = new Promise<never>((_, reject) => {
      worker!.addEventListener('error', (event) => {
        // Handled here: the element shows "could not start"; left alone, the browser would
        // report it as an uncaught error of the host page (error trackers log every view).
        event.preventDefault();
        reject(new EngineError('engine-failed', `The DuckDB-WASM worker failed to load (${event.message || bundle.mainWorker})`));
      });
    });
    workerDied.catch(() => undefined); // also raced below; a later worker error must not go unhandled
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await Promise.race([db.instantiate(bundle.mainModule), workerDied]);
    await Promise.race([db.open({ query: { castBigIntToDouble: false, castDecimalToDouble: true } }), workerDied]);
    // The npm build has no extensions inside and would try to download them from the
    // internet; a municipal page must never depend on that.
    const conn = await db.connect();
    try {
      await conn.query('SET autoinstall_known_extensions = false');
      await conn.query('SET autoload_known_extensions = false');
    } finally {
      await conn.close();
    }
    return db;
  };
  try {
    const starting = start();
    starting.catch(() => undefined); // after a timeout its own failure is no longer news
    const db = await Promise.race([starting, failed]);
    // Benchmarks read this mark: time from navigation start to a usable DuckDB.
    globalThis.performance?.mark?.('slt:duckdb-ready');
    return db;
  } catch (error) {
    worker?.terminate();
    throw isEngineError(error) ? error : new EngineError('engine-failed', `DuckDB-WASM could not start: ${String(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Asks for the wasm's headers before starting the worker. A wasm that 404s or errors would
 * otherwise fail inside the worker, where the failure is an uncaught error of the host
 * page and the start only ends at its timeout. A server that does not answer HEAD (405) is
 * given the benefit of the doubt; the worker and the start timeout still guard it.
 */
async function assertWasmReachable(url: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'HEAD' });
  } catch (cause) {
    throw new EngineError('engine-failed', `DuckDB-WASM's wasm could not be reached (${url})`, { cause });
  }
  if (!response.ok && response.status !== 405) {
    throw new EngineError('engine-failed', `DuckDB-WASM's wasm could not be loaded (${url}: HTTP ${response.status})`);
  }
}
