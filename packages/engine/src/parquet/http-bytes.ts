import type { AsyncBuffer } from 'hyparquet';
import { EngineError } from '../errors.ts';
import { takeEarlyFetch } from './early-fetch.ts';
import { corruptFile, fileNotFound, isAbort } from './failures.ts';

/** How long a download may go without receiving a byte before it is aborted. */
export const DEFAULT_STALL_TIMEOUT_MS = 15_000;
/** How long one request (the whole file, or one range of it) may take in all. */
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface FetchOptions {
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
  /** No bytes (nor headers) for this long aborts the request: `file-timeout`. Default 15 s. */
  readonly stallTimeoutMs?: number;
  /** A request that takes longer than this in all is aborted: `file-timeout`. Default 60 s. */
  readonly timeoutMs?: number;
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
export async function fetchParquetBytes(url: string, options: FetchOptions, wholeFileLimit: number): Promise<AsyncBuffer> {
  const { response, guard } = await request(url, options);
  const length = Number(response.headers.get('Content-Length') ?? NaN);
  if (!(length > wholeFileLimit)) return readBody(response, url, guard, options.signal);
  guard.done();
  void response.body?.cancel().catch(() => undefined);
  return new RangedBytes(url, length, options);
}

/**
 * One request's timers: the stall timer restarts whenever a byte arrives, the overall
 * timer does not. Either aborts the request through its own AbortController (which also
 * follows the caller's signal), and the failure is then reported as `file-timeout`.
 */
class RequestGuard {
  readonly #controller = new AbortController();
  readonly #stallMs: number;
  #stall: ReturnType<typeof setTimeout> | undefined;
  readonly #overall: ReturnType<typeof setTimeout>;
  readonly #unfollow: () => void;
  timedOut: string | null = null;

  constructor(options: FetchOptions) {
    this.#stallMs = positive(options.stallTimeoutMs, DEFAULT_STALL_TIMEOUT_MS, 'stallTimeoutMs');
    const overallMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS, 'timeoutMs');
    this.#overall = setTimeout(() => this.#abort(`took more than ${overallMs / 1000} s in all`), overallMs);
    this.progress();
    const outer = options.signal;
    const follow = () => this.#controller.abort(outer?.reason);
    if (outer?.aborted) follow();
    outer?.addEventListener('abort', follow);
    this.#unfollow = () => outer?.removeEventListener('abort', follow);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Bytes arrived: the stall timer starts again. */
  progress(): void {
    clearTimeout(this.#stall);
    this.#stall = setTimeout(() => this.#abort(`sent nothing for ${this.#stallMs / 1000} s`), this.#stallMs);
  }

  done(): void {
    clearTimeout(this.#stall);
    clearTimeout(this.#overall);
    this.#unfollow();
  }

  /** The error to report for a failed request: a timeout if one fired, else `otherwise`. */
  failure(url: string, otherwise: () => unknown): unknown {
    this.done();
    if (this.timedOut === null) return otherwise();
    return new EngineError('file-timeout', `Gave up on ${url}: the server ${this.timedOut}`, { dataset: url });
  }

  #abort(why: string): void {
    this.timedOut = why;
    this.done();
    this.#controller.abort(new DOMException(why, 'TimeoutError'));
  }
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(typeof value === 'number' && value > 0 && Number.isFinite(value))) {
    throw new EngineError('invalid-option', `${name} must be a positive number of milliseconds, got ${JSON.stringify(value)}`);
  }
  return value;
}

async function request(url: string, options: FetchOptions, range?: string, cache?: RequestCache): Promise<{ response: Response; guard: RequestGuard }> {
  // A bare reference: calling options.fetch(...) as a method throws "Illegal invocation".
  // A plain GET may take the download the embed's boot code started (early-fetch.ts).
  const earlyFetch = range === undefined && options.fetch === undefined ? takeEarlyFetch(url) : undefined;
  const fetchFn = earlyFetch ?? options.fetch ?? globalThis.fetch;
  const guard = new RequestGuard(options);
  let response: Response;
  try {
    response = await fetchFn(url, { signal: guard.signal, ...(range === undefined ? {} : { headers: { Range: range } }), ...(cache ? { cache } : {}) });
  } catch (error) {
    throw guard.failure(url, () => (isAbort(error, options.signal) ? error : fileNotFound(url, `network or CORS failure (${String(error)})`, error, true)));
  }
  guard.progress();
  if (!response.ok) {
    guard.done();
    void response.body?.cancel().catch(() => undefined);
    throw fileNotFound(url, `HTTP ${response.status} ${response.statusText}`.trim());
  }
  return { response, guard };
}

/** Reads the body chunk by chunk, so that each chunk restarts the stall timer. */
async function readBody(response: Response, url: string, guard: RequestGuard, signal: AbortSignal | undefined): Promise<ArrayBuffer> {
  try {
    const reader = response.body?.getReader();
    if (!reader) return await response.arrayBuffer();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      guard.progress();
      chunks.push(value);
      size += value.byteLength;
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    guard.done();
    return bytes.buffer;
  } catch (error) {
    throw guard.failure(url, () => (isAbort(error, signal) ? error : fileNotFound(url, `the download broke off (${String(error)})`, error)));
  }
}

/** A remote file read slice by slice. Holds no state but the fallback below, so concurrent reads are safe. */
class RangedBytes implements AsyncBuffer {
  /** Set when the server answers a Range request with the whole file (200): then we keep that. */
  #whole: Promise<ArrayBuffer> | undefined;

  constructor(
    readonly url: string,
    readonly byteLength: number,
    private readonly options: FetchOptions,
  ) {}

  async slice(start: number, end: number = this.byteLength): Promise<ArrayBuffer> {
    if (end <= start) return new ArrayBuffer(0);
    if (this.#whole) return (await this.#whole).slice(start, end);
    let bytes = await this.#range(start, end);
    // Seen once under load in the browser tests (Chromium, Vite's server): a 206 with an
    // empty body. A short answer is asked for once more, past the HTTP cache, before it
    // counts as a broken file.
    if (bytes.byteLength !== end - start) bytes = await this.#range(start, end, 'no-store');
    if (bytes.byteLength !== end - start) {
      throw corruptFile(this.url, `asked the server for bytes ${start}-${end - 1} and got ${bytes.byteLength} bytes`);
    }
    return bytes;
  }

  async #range(start: number, end: number, cache?: RequestCache): Promise<ArrayBuffer> {
    const { response, guard } = await request(this.url, this.options, `bytes=${start}-${end - 1}`, cache);
    if (response.status !== 206) {
      if (this.#whole) {
        guard.done();
        void response.body?.cancel().catch(() => undefined);
      } else this.#whole = readBody(response, this.url, guard, this.options.signal);
      return (await this.#whole).slice(start, end);
    }
    return readBody(response, this.url, guard, this.options.signal);
  }
}
