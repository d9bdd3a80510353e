import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The entry (slt-widgets.js) holds the boot code (src/boot.ts: it asks for each element's
 * code and file) and the engine's core, and imports nothing: one request after the page's
 * own, and the boot code runs as soon as that file is compiled (ES modules evaluate only
 * once every static import has arrived). With the boot code and the engine in chunks of
 * their own, the page waited for the engine's chunk to arrive and compile before it asked for
 * anything else (BENCHMARKS.md). `preserveEntrySignatures: 'allow-extension'` lets the
 * bundler put the modules the element chunks share with the entry into the entry; the
 * elements import them from it. The DuckDB runtime (engine src/duckdb/runtime.ts) and
 * hyparquet's reader (engine src/parquet/hyparquet-columns.ts) stay chunks of their own,
 * loaded by dynamic import when a query or a column needs them.
 */
const ENTRY = 'slt-widgets';

/**
 * What every chart element needs (Lit, the data controller and its states, the chart base
 * with its footer, table and downloads, and the engine's modules they use that the entry
 * does not), in one chunk: left alone the bundler splits it into six by which elements share
 * what, and on an HTTP/1.1 host (six connections) the trend's nine requests queued behind
 * each other before its first chart. The elements that are no
 * charts (filter, table, casework) take the few kB of chart base they do not use.
 */
const WIDGETS_BASE =
  /node_modules[\\/](@lit[\\/](reactive-element|task)|lit|lit-html|lit-element|d3-shape|d3-path)[\\/]|oxc-project.runtime|packages[\\/]engine[\\/]src[\\/](format|decimal-text|filters)\.ts$|packages[\\/]widgets[\\/]src[\\/](i18n[\\/](language|language-controller|messages|error-message)|filters[\\/](filter-state|filter-scope)|shared[\\/](define-element|host\.styles|widget-error|area-styles|attribute-rules|hidden-cells|query-cache|data-controller|states|data-table|dataset-facts|chart-frame\.styles|embed-code|footer|linked-data|render-data-table|options|series-style|point-navigation|width-controller|removable-attributes|color-scheme|slt-chart-element|download|period-text|repeated|reference-rows|series-labels))\.ts$/;

/**
 * V8's explicit compile hint (Chrome 136): every function of the file is compiled as the file
 * streams in, on a background thread, instead of on the main thread when first called. The
 * first chart calls most of the code in the entry (boot and engine), Lit and the elements;
 * the DuckDB runtime (loaded later, for some queries only) and hyparquet's reader (rarely
 * needed) are left to compile lazily. Other browsers ignore the comment. BENCHMARKS.md.
 */
const COMPILE_ON_LOAD = '//# allFunctionsCalledOnLoad';
const compiledOnLoad = (name: string) => !/^(runtime|hyparquet-columns)$|duckdb/.test(name);

/**
 * V8 reads the compile hint on a file's first line only, and Vite writes its table of each
 * dynamic import's chunks (`const __vite__mapDeps=...`) above the banner of a chunk that has
 * dynamic imports (the entry). This puts the hint back on top; neither line has source-map
 * mappings, so the map stays right.
 */
function compileHintOnFirstLine(): Plugin {
  return {
    name: 'slt-compile-hint-on-first-line',
    // On the written files: Vite adds the table in its own last step on the bundle.
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const file = join(options.dir!, chunk.fileName);
        const [first, second, ...rest] = readFileSync(file, 'utf8').split('\n');
        if (second === COMPILE_ON_LOAD && first!.startsWith('const __vite__mapDeps=')) writeFileSync(file, [second, first, ...rest].join('\n'));
      }
    },
  };
}

/** Fails the build when the entry imports a chunk (see ENTRY): the first chart would wait for it. */
function entryImportsNothing(): Plugin {
  return {
    name: 'slt-entry-imports-nothing',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.imports.length > 0) {
          this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')}: the entry must import nothing (vite.config.ts, ENTRY); take the module out of the chunk group that captured it.`);
        }
      }
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [entryImportsNothing(), compileHintOnFirstLine()],
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
      input: { [ENTRY]: 'src/embed.ts' },
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        postBanner: (chunk) => (compiledOnLoad(chunk.name) ? COMPILE_ON_LOAD : ''),
        // Only the modules the group names: taking their imports too would take the engine
        // out of the entry.
        codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'widgets-base', test: (id) => WIDGETS_BASE.test(id) }] },
      },
    },
  },
});
