import { tableFromIPC, type Table } from 'apache-arrow';
import init, { readParquet } from 'parquet-wasm/esm/parquet_wasm.js';

const ready = init();

/** parquet-wasm (arrow-rs in wasm) -> Arrow IPC stream -> apache-arrow 17 Table. */
export async function decode(bytes: ArrayBuffer, columns: readonly string[] | null): Promise<Table> {
  await ready;
  const wasmTable = readParquet(new Uint8Array(bytes), columns ? { columns: [...columns] } : undefined);
  return tableFromIPC(wasmTable.intoIPCStream());
}
