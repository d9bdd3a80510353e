import type { DuckDBBundles } from '@duckdb/duckdb-wasm';
// `?url` makes the bundler copy each file beside the built module and refer to it
// relative to that module (new URL(file, import.meta.url)), so a bundle copied to any
// path on any host finds its own wasm and worker. No CDN, ever.
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/**
 * The single-threaded bundles only: the threaded (coi) bundle needs a cross-origin
 * isolated page, which a municipal CMS page is not.
 */
export const SELF_HOSTED_BUNDLES: DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};
