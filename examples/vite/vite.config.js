import { defineConfig } from 'vite';

export default defineConfig({
  // The engine finds its DuckDB wasm and worker with new URL(…, import.meta.url); Vite's
  // dev-server pre-bundling would move the module away from them (the build is not affected).
  optimizeDeps: { exclude: ['@slt/engine'] },
});
