import { EngineError } from '../errors.ts';

/** The file could not be fetched: an HTTP error status, or (`unreachable`) no answer: the network or CORS. */
export function fileNotFound(url: string, problem: string, cause?: unknown, unreachable = false): EngineError {
  return new EngineError('file-not-found', `Could not fetch ${url}: ${problem}`, { cause, dataset: url, unreachable });
}

/** The bytes arrived but are not a Parquet file this decoder can read. */
export function corruptFile(url: string, problem: string, cause?: unknown): EngineError {
  return new EngineError('corrupt-file', `${url} is not a readable Parquet file: ${problem}`, { cause, dataset: url });
}

/** An abort is the caller's own decision, not a failure to report: it passes through unchanged. */
export function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}
