/**
 * Everything that needs apache-arrow or @duckdb/duckdb-wasm's code, in one module that is
 * loaded (loadRuntime) the first time a query needs DuckDB: starting DuckDB-WASM, wrapping
 * the decoded columns into an Arrow table for it, and reading its Arrow answers as rows.
 * Nothing imports this module statically, so a page whose queries the page answers never
 * downloads Arrow or DuckDB code (checked on the built bundle: test/package/size-budget.e2e.test.ts).
 */
export { openDuckDB } from './open.ts';
export { arrowTable } from '../arrow/table.ts';
export { toRows } from './arrow-rows.ts';
