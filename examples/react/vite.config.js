import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // See examples/vite: keep the engine beside its DuckDB files in the dev server.
  optimizeDeps: { exclude: ['@slt/engine'] },
});
