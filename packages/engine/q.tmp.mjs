import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
for (const q of process.argv.slice(2)) { const r = await c.runAndReadAll(q); console.log(q); console.table(r.getRowObjectsJson()); }
