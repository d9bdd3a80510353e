import { defineConfig } from 'vite';

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
      },
    },
  },
});
