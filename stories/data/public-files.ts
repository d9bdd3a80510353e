// The one module through which the Storybook data pages and the query console reach the
// data: which public files exist, their metadata, and DuckDB-WASM tables over them. When
// the engine gains its query model, only this file changes.
import { sharedEngine, type Engine, type ParquetInfo } from '../../packages/engine/src/index.ts';

/**
 * The public datasets, found at build time by Vite: every Parquet file at the top of
 * data/ (no `**`: data/internal, data/raw and data/bench are never matched, and
 * .storybook/main.ts refuses to serve them). Served by Storybook at /data/<file>.
 */
const FOUND = import.meta.glob('../../data/*.parquet', { query: '?url', import: 'default' });

export const PUBLIC_FILES: readonly string[] = Object.keys(FOUND)
  .map((path) => path.slice(path.lastIndexOf('/') + 1))
  .sort();

/** `case_zones.parquet` → `case_zones`: the table name in the console's SQL. */
export const tableName = (file: string): string => file.replace(/\.parquet$/, '');

export const urlOf = (file: string): string => `/data/${file}`;

export interface DatasetFacts {
  readonly file: string;
  readonly info: ParquetInfo;
  /** Cells (rows) the file marks confidential (`status = ':'`), as disclosure-report.json counts them. */
  readonly hiddenCells: number;
  readonly countColumns: readonly string[];
}

/** Metadata, schema and the number of hidden cells, read from the file at run time. */
export async function datasetFacts(file: string, engine: Engine = sharedEngine()): Promise<DatasetFacts> {
  const info = await engine.schema(urlOf(file));
  const listed = info.metadata['slt.count_columns'];
  const countColumns = listed ? listed.split(',').map((name) => name.trim()).filter(Boolean) : [];
  let hiddenCells = 0;
  if (info.columns.some((column) => column.name === 'status')) {
    const table = await engine.dataset(urlOf(file)).decoded(['status']);
    const status = table.getChild('status');
    for (let row = 0; row < table.numRows; row++) if (status?.get(row) === ':') hiddenCells++;
  }
  return { file, info, hiddenCells, countColumns };
}

type AsyncDuckDB = Awaited<ReturnType<Engine['duckdb']>>;

let loading: Promise<AsyncDuckDB> | undefined;

/**
 * DuckDB-WASM with one table per public file, named after it (`case_monthly`), loaded
 * once per page. The Parquet is decoded in the page by the engine (the npm DuckDB-WASM
 * has no Parquet reader) and handed over as Arrow.
 */
export function consoleDatabase(engine: Engine = sharedEngine()): Promise<AsyncDuckDB> {
  loading ??= (async () => {
    const db = await engine.duckdb();
    const conn = await db.connect();
    try {
      for (const file of PUBLIC_FILES) {
        const dataset = engine.dataset(urlOf(file));
        const info = await dataset.info();
        const table = await dataset.decoded(info.columns.map((column) => column.name));
        await conn.query(`DROP TABLE IF EXISTS "${tableName(file)}"`);
        await conn.insertArrowTable(table, { name: tableName(file), create: true });
      }
    } finally {
      await conn.close();
    }
    return db;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
