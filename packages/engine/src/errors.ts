/**
 * Every failure the engine reports is an EngineError with a `code` a widget can turn
 * into a message in the reader's language. The technical detail stays in `message`,
 * `cause` and `sql`, for the console and for developers.
 */
export const ENGINE_ERROR_CODES = [
  /** The data file could not be fetched (404, network, CORS). */
  'file-not-found',
  /**
   * The file's server stopped sending (no bytes for `stallTimeoutMs`) or the download took
   * longer than `timeoutMs`; the request was aborted. A later query tries again.
   */
  'file-timeout',
  /** The file was fetched but is not a readable Parquet file. */
  'corrupt-file',
  /** A column named by an attribute is not in the dataset; `validColumns` lists the valid ones. */
  'unknown-column',
  /** A dataset name that was never registered and is not a URL. */
  'unknown-dataset',
  /** DuckDB-WASM itself could not start (wasm or worker failed to load or compile). */
  'engine-failed',
  /** DuckDB-WASM did not start within `duckdbStartTimeoutMs`; a later query tries again. */
  'engine-timeout',
  /** DuckDB rejected or failed a query; `sql` holds the statement. */
  'query-failed',
  /** An option value is not valid (e.g. a malformed filter). */
  'invalid-option',
] as const;

export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

export interface EngineErrorDetails {
  cause?: unknown;
  sql?: string;
  /** The dataset (name or URL) the failure is about. */
  dataset?: string;
  /** For `unknown-column`: the column asked for. */
  column?: string;
  /** For `unknown-column`: the columns the dataset has. */
  validColumns?: readonly string[];
  /**
   * For `file-not-found`: no answer came at all (the network, or a server on another origin
   * that does not allow it: CORS), rather than an error status. A reader is told to try again,
   * not that the file does not exist.
   */
  unreachable?: boolean;
}

export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly code: EngineErrorCode;
  readonly sql: string | undefined;
  readonly dataset: string | undefined;
  readonly column: string | undefined;
  readonly validColumns: readonly string[] | undefined;
  readonly unreachable: boolean;

  constructor(code: EngineErrorCode, message: string, details: EngineErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.sql = details.sql;
    this.dataset = details.dataset;
    this.column = details.column;
    this.validColumns = details.validColumns;
    this.unreachable = details.unreachable ?? false;
  }
}

export function isEngineError(value: unknown): value is EngineError {
  return value instanceof Error && (value as EngineError).name === 'EngineError' && 'code' in value;
}
