import type { AsyncBuffer } from 'hyparquet';
import { corruptFile, fileNotFound, isAbort } from './failures.ts';

export interface FetchOptions {
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
}

/**
 * Files up to this size are fetched whole in one GET; larger ones are read by HTTP Range:
 * the footer, then only the column chunks asked for. Measured in bench/decoders (README):
 * below this, the extra round trips of ranged reads cost more than the bytes they save.
 */
export const WHOLE_FILE_LIMIT = 1024 * 1024;

/**
 * The file's bytes as hyparquet's AsyncBuffer. One GET is always started; its
 * Content-Length decides between reading that body (small files, or when the length is
 * unknown) and cancelling it in favour of Range requests (large files).
 */
export async function fetchParquetBytes(
  url: string,
  options: FetchOptions,
  wholeFileLimit: number,
): Promise<AsyncBuffer> {
  // A bare reference: calling options.fetch(...) as a method throws "Illegal invocation".
  const fetchFn = options.fetch ?? globalThis.fetch;
  const { signal } = options;
  const response = await request(fetchFn, url, signal);
  const length = Number(response.headers.get('Content-Length') ?? NaN);
  if (!(length > wholeFileLimit)) return readBody(response, url, signal);
  void response.body?.cancel().catch(() => undefined);
  return new RangedBytes(url, length, fetchFn, signal);
}

async function request(
  fetchFn: typeof fetch,
  url: string,
  signal: AbortSignal | undefined,
  range?: string,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(url, { signal, ...(range === undefined ? {} : { headers: { Range: range } }) });
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    throw fileNotFound(url, `network or CORS failure (${String(error)})`, error);
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    throw fileNotFound(url, `HTTP ${response.status} ${response.statusText}`.trim());
  }
  return response;
}

async function readBody(response: Response, url: string, signal: AbortSignal | undefined): Promise<ArrayBuffer> {
  try {
    return await response.arrayBuffer();
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    throw fileNotFound(url, `the download broke off (${String(error)})`, error);
  }
}

/** A remote file read slice by slice. Holds no state but the fallback below, so concurrent reads are safe. */
class RangedBytes implements AsyncBuffer {
  /** Set when the server answers a Range request with the whole file (200): then we keep that. */
  #whole: Promise<ArrayBuffer> | undefined;

  constructor(
    readonly url: string,
    readonly byteLength: number,
    private readonly fetchFn: typeof fetch,
    private readonly signal: AbortSignal | undefined,
  ) {}

  async slice(start: number, end: number = this.byteLength): Promise<ArrayBuffer> {
    if (end <= start) return new ArrayBuffer(0);
    if (this.#whole) return (await this.#whole).slice(start, end);
    const response = await request(this.fetchFn, this.url, this.signal, `bytes=${start}-${end - 1}`);
    if (response.status !== 206) {
      if (this.#whole) void response.body?.cancel().catch(() => undefined);
      else this.#whole = readBody(response, this.url, this.signal);
      return (await this.#whole).slice(start, end);
    }
    const bytes = await readBody(response, this.url, this.signal);
    if (bytes.byteLength !== end - start) {
      throw corruptFile(this.url, `asked the server for bytes ${start}-${end - 1} and got ${bytes.byteLength} bytes`);
    }
    return bytes;
  }
}
