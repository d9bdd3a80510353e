import type { Table } from 'apache-arrow';
import { readColumnsAsArrow } from '../../../../packages/engine/src/arrow/table.ts';
import { openParquet } from '../../../../packages/engine/src/parquet/index.ts';
import { openParquetFile } from '../../../../packages/engine/src/parquet/open.ts';

/** The engine's path: hyparquet, then our conversion to Arrow 17. Bytes already in memory. */
export async function decode(bytes: ArrayBuffer, columns: readonly string[] | null): Promise<Table> {
  const file = await openParquet('memory.parquet', { fetch: async () => new Response(bytes) });
  return readColumnsAsArrow(file, columns ?? file.info.columns.map((c) => c.name));
}

/** Over the network, as the engine does it, with the whole-file threshold given. */
export async function fetchAndDecode(url: string, columns: readonly string[] | null, wholeFileLimit: number): Promise<Table> {
  const file = await openParquetFile(url, {}, wholeFileLimit);
  return readColumnsAsArrow(file, columns ?? file.info.columns.map((c) => c.name));
}
