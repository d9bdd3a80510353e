import * as duckdb from '@duckdb/duckdb-wasm';
import { EngineError } from '../errors.ts';
import { workerUrlFor } from './worker-url.ts';

/**
 * Downloads, compiles and opens a DuckDB-WASM from `bundles` (the part of the start that
 * needs DuckDB-WASM's code; instance.ts adds the timeout and the page's one instance).
 * `onWorker` gets the worker as soon as it exists, so a start that times out can end it.
 */
export async function openDuckDB(bundles: duckdb.DuckDBBundles, onWorker: (worker: Worker) => void): Promise<duckdb.AsyncDuckDB> {
  const bundle = await duckdb.selectBundle(bundles);
  if (!bundle.mainWorker) throw new EngineError('engine-failed', 'No DuckDB-WASM worker in the selected bundle');
  await assertWasmReachable(bundle.mainModule);
  const worker = new Worker(workerUrlFor(bundle.mainWorker));
  onWorker(worker);
  // A worker script that 404s or does not parse never answers: its error event is all we get.
  const workerDied = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
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
