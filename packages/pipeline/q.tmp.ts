import { DuckDBInstance } from '@duckdb/node-api';
const db = await (await DuckDBInstance.create(':memory:')).connect();
const r = await db.runAndReadAll(process.argv[2]!);
console.table(r.getRowObjectsJS());
