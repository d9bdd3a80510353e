import { parquetMetadataAsync, parquetSchema, type FileMetaData } from 'hyparquet';
import { isEngineError } from '../errors.ts';
import { columnDecoding } from './column-types.ts';
import { corruptFile, isAbort } from './failures.ts';
import { fetchParquetBytes, WHOLE_FILE_LIMIT, type FetchOptions } from './http-bytes.ts';
import { PARQUET_HANDLE, type ParquetFile, type ParquetInfo } from './types.ts';

/** How much of the file's end one ranged read takes: DuckDB's footers for our tables are a few KB. */
const FOOTER_READ_SIZE = 64 * 1024;
const MAGIC = 'PAR1';

/** Fetches the file's footer (or the whole file when small) and reads its schema and metadata. */
export function openParquet(url: string, options: FetchOptions = {}): Promise<ParquetFile> {
  return openParquetFile(url, options, WHOLE_FILE_LIMIT);
}

/** openParquet with the whole-file threshold as a parameter, for the benchmark that chose it. */
export async function openParquetFile(url: string, options: FetchOptions, wholeFileLimit: number): Promise<ParquetFile> {
  const bytes = await fetchParquetBytes(url, options, wholeFileLimit);
  if (bytes instanceof ArrayBuffer) checkMagic(url, bytes);
  let footer: FileMetaData;
  let info: ParquetInfo;
  try {
    footer = await parquetMetadataAsync(bytes, { initialFetchSize: FOOTER_READ_SIZE });
    info = describe(footer);
  } catch (error) {
    if (isAbort(error, options.signal) || isEngineError(error)) throw error;
    throw corruptFile(url, `its footer cannot be read (${String(error)})`, error);
  }
  return Object.freeze({ url, info, [PARQUET_HANDLE]: { bytes, footer, signal: options.signal } });
}

/** Catches the usual suspects with a message that says what the bytes look like instead. */
function checkMagic(url: string, bytes: ArrayBuffer): void {
  const text = (start: number, end: number) => new TextDecoder().decode(new Uint8Array(bytes.slice(start, end)));
  if (bytes.byteLength < 12) throw corruptFile(url, `it is only ${bytes.byteLength} bytes long`);
  const head = text(0, 4);
  if (head !== MAGIC) {
    const looksLikeHtml = /^\s*</.test(text(0, 64));
    throw corruptFile(url, looksLikeHtml
      ? 'the server sent an HTML page (a wrong URL, or an error page served with status 200)'
      : `it starts with ${JSON.stringify(head)} instead of "${MAGIC}"`);
  }
  if (text(bytes.byteLength - 4, bytes.byteLength) !== MAGIC) {
    throw corruptFile(url, `it does not end with "${MAGIC}", so it is probably truncated (${bytes.byteLength} bytes)`);
  }
}

function describe(footer: FileMetaData): ParquetInfo {
  const columns = parquetSchema(footer).children.map((node) =>
    Object.freeze({ name: node.element.name, type: columnDecoding(node).type }),
  );
  const metadata = Object.fromEntries((footer.key_value_metadata ?? []).map(({ key, value }) => [key, value ?? '']));
  return Object.freeze({
    columns: Object.freeze(columns),
    rowCount: Number(footer.num_rows),
    metadata: Object.freeze(metadata),
  });
}

