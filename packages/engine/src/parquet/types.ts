import type { AsyncBuffer, FileMetaData } from 'hyparquet';

/** How a widget may treat a column; finer Parquet and Arrow types stay inside this module. */
export type ColumnType = 'string' | 'integer' | 'float' | 'boolean' | 'date' | 'timestamp' | 'other';

export interface ColumnInfo {
  readonly name: string;
  readonly type: ColumnType;
}

export interface ParquetInfo {
  readonly columns: readonly ColumnInfo[];
  readonly rowCount: number;
  /** The file's key-value metadata (e.g. 'slt.synthetic', 'slt.k', 'slt.source', 'slt.updated', 'slt.title'). */
  readonly metadata: Readonly<Record<string, string>>;
}

/**
 * Keys the decoder's state on an opened file. Not exported from the module's index, so
 * only openParquet can make a ParquetFile and only readColumns can read one.
 */
export const PARQUET_HANDLE: unique symbol = Symbol('parquet-handle');

/** What readColumns needs besides the URL: where the bytes are and the parsed footer. */
export interface ParquetHandle {
  readonly bytes: AsyncBuffer;
  readonly footer: FileMetaData;
  /** The signal given to openParquet: it also cancels the ranged reads of later decoding (readColumns). */
  readonly signal: AbortSignal | undefined;
}

export interface ParquetFile {
  readonly url: string;
  readonly info: ParquetInfo;
  readonly [PARQUET_HANDLE]: ParquetHandle;
}
