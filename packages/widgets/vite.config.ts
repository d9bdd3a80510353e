import { defineConfig } from 'vite';

/**
 * The engine's modules that a page needs before any query goes to DuckDB. They go into one
 * chunk: left alone, the bundler splits off the few modules the DuckDB runtime shares with
 * them (errors, cells) into a chunk of their own, one more request on the way to the first
 * chart. The runtime (packages/engine/src/duckdb/runtime.ts: Arrow and DuckDB-WASM's code)
 * stays out: it is loaded by dynamic import when a query needs DuckDB.
 */
const RUNTIME_ONLY = /packages[\\/]engine[\\/]src[\\/](arrow[\\/]|duckdb[\\/](open|arrow-rows|runtime)\.ts)/;
/**
 * hyparquet's reader, and our code around it (engine src/parquet/hyparquet-columns.ts): only
 * for the columns our own decoder does not read (DECIMAL, ms/ns timestamps, v2 pages), loaded
 * by dynamic import then. It was most of the engine's chunk; the footer's code
 * (metadata, thrift, schema, convert) stays in the engine.
 */
const READER_ONLY =
  /packages[\\/]engine[\\/]src[\\/]parquet[\\/](hyparquet-columns|column-assembler)\.ts$|node_modules[\\/]hyparquet[\\/]src[\\/](read|plan|filter|scan|rowgroup|variant|bloom|datapage|assemble|column|delta|plain|encoding|indexes|query|xxhash|utils)\.js$/;
const isEngineCore = (id: string) =>
  /packages[\\/](engine|disclosure)[\\/]src[\\/]|node_modules[\\/]hyparquet[\\/]/.test(id) &&
  !RUNTIME_ONLY.test(id) &&
  !READER_ONLY.test(id) &&
  !id.includes('?');

/**
 * The embed's boot chunk (src/boot.ts): what asks for each element's code and file. It
 * must not import the engine's chunk, so that it runs before the engine's chunk is
 * evaluated; the bundler would otherwise fold these small modules (and Vite's preload
 * helper, which fetches an element's chunks in parallel) into the engine's chunk.
 */
const isBoot = (id: string) =>
  /packages[\\/]widgets[\\/]src[\\/](boot|first-load|element-loaders|load-on-use)\.ts$|packages[\\/]engine[\\/]src[\\/]parquet[\\/]early-fetch\.ts$|vite[\\/]preload-helper/.test(id);

/**
 * What every chart element needs (Lit, the data controller and its states, the chart base
 * with its footer, table and downloads), in one chunk: left alone the bundler splits it into
 * six by which elements share what, and on an HTTP/1.1 host (six connections) the trend's
 * nine requests queued behind each other before its first chart. The elements that are no
 * charts (filter, table, casework) take the few kB of chart base they do not use.
 */
const WIDGETS_BASE =
  /node_modules[\\/](@lit[\\/](reactive-element|task)|lit-html|lit-element)[\\/]|packages[\\/]widgets[\\/]src[\\/](i18n[\\/](language|language-controller|messages|error-message)|filters[\\/](filter-state|filter-scope)|shared[\\/](define-element|host\.styles|widget-error|area-styles|attribute-rules|hidden-cells|query-cache|data-controller|states|data-table|dataset-facts|chart-frame\.styles|embed-code|footer|linked-data|render-data-table|options|series-style|point-navigation|width-controller|slt-chart-element|download))\.ts$/;

/**
 * V8's explicit compile hint (Chrome 136): every function of the file is compiled as the file
 * streams in, on a background thread, instead of on the main thread when first called. The
 * first chart calls most of the code in the entry, boot, engine, Lit and element chunks;
 * the DuckDB runtime (loaded later, for some queries only) and hyparquet's reader (rarely
 * needed) are left to compile lazily. Other browsers ignore the comment. BENCHMARKS.md.
 */
const COMPILE_ON_LOAD = '//# allFunctionsCalledOnLoad';
const compiledOnLoad = (name: string) => !/^(runtime|hyparquet-columns)$|duckdb/.test(name);

/**
 * The embed bundle: one ES module entry (slt-widgets.js) and an assets/ folder beside it
 * with the DuckDB wasm and worker. `base: './'` makes every asset URL relative to the
 * module itself (new URL(..., import.meta.url)), so the folder works from any path on
 * any host. Not library mode: that would inline the 34 MB wasm as base64.
 */
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // dist/.vite/manifest.json: which chunks each element loads (scripts/size-budget.mjs).
    manifest: true,
    rolldownOptions: {
      input: { 'slt-widgets': 'src/embed.ts' },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        postBanner: (chunk) => (compiledOnLoad(chunk.name) ? COMPILE_ON_LOAD : ''),
        codeSplitting: { groups: [{ name: 'boot', test: isBoot }, { name: 'engine', test: (id) => isEngineCore(id) && !isBoot(id) }, { name: 'widgets-base', test: (id) => WIDGETS_BASE.test(id) }] },
      },
    },
  },
});
