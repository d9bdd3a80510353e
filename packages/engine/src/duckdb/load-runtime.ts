import { EngineError } from '../errors.ts';

type Runtime = typeof import('./runtime.ts');

let runtime: Promise<Runtime> | undefined;

/**
 * The DuckDB runtime (duckdb/runtime.ts: DuckDB-WASM's JS, apache-arrow), fetched on first
 * call by dynamic import, the module once per page. A chunk that fails to load rejects with
 * `engine-failed` and is forgotten, so a later query tries again.
 */
export function loadRuntime(): Promise<Runtime> {
  runtime ??= import('./runtime.ts').catch((cause: unknown) => {
    runtime = undefined;
    throw new EngineError('engine-failed', `The DuckDB-WASM code could not be loaded (${String(cause)})`, { cause });
  });
  return runtime;
}
