#!/usr/bin/env node
// `npm run bench` runs this. The first-chart benchmark is now part of bench/engine.mjs (issue 9):
// the two-trend demo page no longer starts DuckDB-WASM at all, so it is measured against a
// naive DuckDB-first page and the static page, with the front page and the at-scale runs.
// The earlier network profiles (mobile) are in git history (bench/lib/profiles.mjs remains).
await import('./engine.mjs');
