import { openParquet } from './open.ts';
import { readColumns } from './read.ts';
import { measure } from '../timeline.ts';
import type { PlainColumn } from './columns.ts';
import { PARQUET_HANDLE, type ParquetFile } from './types.ts';

/** A file read before any query asked for it, with its columns decoded when it came whole. */
export interface PrefetchedFile {
  readonly file: ParquetFile;
  readonly columns: ReadonlyMap<string, PlainColumn>;
}

/** By absolute URL; each is taken once, by the first dataset that opens the URL. */
const prefetched = new Map<string, Promise<PrefetchedFile>>();

/**
 * Starts reading a Parquet file now, before the code that will query it has loaded: the
 * embed entry calls it for each element's `src`, so the download and the decoding overlap
 * the download of the elements' code instead of following it (BENCHMARKS.md). A small
 * file (fetched whole) has all its columns decoded; a large one only its footer read.
 * Never throws: a failure is reported by the query that takes the result.
 */
export function prefetchParquet(url: string): void {
  if (prefetched.has(url)) return;
  const reading = openParquet(url).then(async (file) => {
    const whole = file[PARQUET_HANDLE].bytes instanceof ArrayBuffer;
    const names = file.info.columns.map((column) => column.name);
    // A column this decoder cannot read (an unsupported codec) must fail its own query, not
    // every column's: then nothing is decoded ahead.
    const started = performance.now();
    const columns = whole ? await readColumns(file, names).catch(() => new Map<string, PlainColumn>()) : new Map<string, PlainColumn>();
    // On the page's Performance Timeline, as the dataset's own decoding is (slt:decode).
    if (whole) measure('slt:prefetch-decode', started);
    return { file, columns };
  });
  reading.catch(() => undefined); // reported when taken
  prefetched.set(url, reading);
}

/** The prefetched file for a URL, once: later opens of it read it themselves. */
export function takePrefetched(url: string): Promise<PrefetchedFile> | undefined {
  const reading = prefetched.get(url);
  prefetched.delete(url);
  return reading;
}
