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

/**
 * Serve DuckDB-WASM's files from elsewhere than beside this module (a host's own asset
 * server, or a folder its bundler does not copy): `base` must hold `duckdb-eh.wasm`,
 * `duckdb-mvp.wasm`, `duckdb-browser-eh.worker.js` and `duckdb-browser-mvp.worker.js`
 * (from `@duckdb/duckdb-wasm/dist/` or `@slt/engine/lib/assets/`). Call it before the first
 * query that needs DuckDB; a relative `base` is resolved against the page.
 */
export function setDuckDBAssets(base: string | URL): void {
  const at = (file: string) => new URL(file, new URL(base, globalThis.location?.href)).href;
  SELF_HOSTED_BUNDLES.mvp = { mainModule: at('duckdb-mvp.wasm'), mainWorker: at('duckdb-browser-mvp.worker.js') };
  SELF_HOSTED_BUNDLES.eh = { mainModule: at('duckdb-eh.wasm'), mainWorker: at('duckdb-browser-eh.worker.js') };
}
