import type { AsyncDuckDB, DuckDBBundles } from '@duckdb/duckdb-wasm';
import { EngineError, isEngineError } from '../errors.ts';
import { SELF_HOSTED_BUNDLES } from './bundles.ts';
import { loadRuntime } from './load-runtime.ts';

/**
 * One DuckDB-WASM per page. The state lives on globalThis under a registered symbol so
 * that even two copies of this bundle on one page (two CMS blocks, each with its own
 * script tag) share one wasm instance and one worker.
 */
interface SharedDuckDB {
  instance?: Promise<AsyncDuckDB>;
  /** How many DuckDB-WASM instances this page has started: a probe for tests and benchmarks. */
  starts: number;
}

/** How long DuckDB-WASM may take to download, compile and open before the start is given up. */
export const DEFAULT_DUCKDB_START_TIMEOUT_MS = 60_000;

export interface StartOptions {
  /** Default 60 000 ms: the wasm is ~7 MB compressed and ~33 MB to compile on a slow phone. */
  readonly startTimeoutMs?: number;
  /** Where the wasm and worker come from (tests point them at missing files). Default: beside the bundle. */
  readonly bundles?: DuckDBBundles;
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
export function getDuckDB(options: StartOptions = {}): Promise<AsyncDuckDB> {
  shared.instance ??= startDuckDB(options).catch((error: unknown) => {
    shared.instance = undefined;
    throw error;
  });
  return shared.instance;
}

/** Use an instance the host page already has instead of starting one (call before first use). */
export function provideDuckDB(instance: AsyncDuckDB | Promise<AsyncDuckDB>): void {
  shared.instance = Promise.resolve(instance);
}

/**
 * Starts a DuckDB-WASM (not the shared one: getDuckDB does that once). Rejects when the
 * worker script cannot load, when the wasm cannot be fetched or compiled (the worker
 * reports it, or dies), and when it is not ready within the start timeout; the worker is
 * then terminated, so nothing keeps downloading in the background.
 */
export async function startDuckDB(options: StartOptions = {}): Promise<AsyncDuckDB> {
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
  // DuckDB-WASM's own code (and Arrow) is fetched now, inside the timed start: never before.
  // A worker that appears after the start was given up is ended at once.
  let gaveUp = false;
  const track = (started: Worker) => (gaveUp ? started.terminate() : (worker = started));
  const start = async () => (await loadRuntime()).openDuckDB(options.bundles ?? SELF_HOSTED_BUNDLES, track);
  try {
    const starting = start();
    starting.catch(() => undefined); // after a timeout its own failure is no longer news
    const db = await Promise.race([starting, failed]);
    // Benchmarks read this mark: time from navigation start to a usable DuckDB.
    globalThis.performance?.mark?.('slt:duckdb-ready');
    return db;
  } catch (error) {
    gaveUp = true;
    worker?.terminate();
    throw isEngineError(error) ? error : new EngineError('engine-failed', `DuckDB-WASM could not start: ${String(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
