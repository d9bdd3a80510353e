// A file prefetched before any query (the embed entry does it for each element's `src`):
// in real Chromium over a real Parquet file.
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { describe, expect, it } from 'vitest';
import { Engine } from '../engine.ts';
import type { EngineError } from '../errors.ts';
import type { SelectQuery } from '../query.ts';
import { fetchEarly } from './early-fetch.ts';
import { prefetchParquet } from './prefetch.ts';

const neverStarts = () => new Promise<AsyncDuckDB>(() => undefined);
const QUERY: SelectQuery = { columns: ['year', 'area', 'value'], filters: [{ column: 'area', values: ['Bergen'] }], orderBy: ['year'] };

let run = 0;
/** The trend fixture under a URL no other test has fetched, so its requests can be counted. */
function freshUrl(path = '/test/fixtures/trend.parquet'): string {
  return new URL(`${path}?prefetch=${Date.now()}-${++run}`, document.baseURI).href;
}
const requestsFor = (url: string) => performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;
/**
 * Chromium adds a request's timing entry in a task after its body is read, so a query can
 * resolve before its request is counted: a count that must grow is polled, and a count that
 * must stay is checked after that task has had time to run.
 */
const settled = () => new Promise((resolve) => setTimeout(resolve, 150));
// The tester page loads hundreds of modules; the default buffer of 250 entries could drop ours.
performance.setResourceTimingBufferSize(100_000);
const decodes = () => performance.getEntriesByName('slt:decode').length;

describe('prefetchParquet', () => {
  it('reads and decodes the file once, and the first query takes it: the same rows, no second request, no decoding then', async () => {
    const expected = await new Engine({ duckdb: neverStarts }).select(freshUrl(), QUERY);
    const url = freshUrl();
    prefetchParquet(url);
    await expect.poll(() => requestsFor(url)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the decoding finish
    const before = decodes();
    const result = await new Engine({ duckdb: neverStarts }).select(url, QUERY);
    expect(result.rows).toEqual(expected.rows);
    expect(result.rows).toHaveLength(11);
    expect(decodes()).toBe(before);
    await settled();
    expect(requestsFor(url)).toBe(1);
  });

  it('is taken once: a second engine reads the file itself', async () => {
    const url = freshUrl();
    prefetchParquet(url);
    await new Engine({ duckdb: neverStarts }).select(url, QUERY);
    await new Engine({ duckdb: neverStarts }).select(url, QUERY);
    await expect.poll(() => requestsFor(url)).toBe(2);
    await settled();
    expect(requestsFor(url)).toBe(2);
  });

  it('leaves a missing file for the query to report, in the same words', async () => {
    const url = freshUrl('/data/no-such-file.parquet');
    prefetchParquet(url);
    const error = (await new Engine({ duckdb: neverStarts }).select(url, QUERY).catch((e: unknown) => e)) as EngineError;
    expect(error.code).toBe('file-not-found');
  });

  it('is ignored by an engine with timeouts of its own (the prefetch used the defaults)', async () => {
    const url = freshUrl();
    prefetchParquet(url);
    await expect.poll(() => requestsFor(url)).toBe(1);
    await new Engine({ duckdb: neverStarts, fileStallTimeoutMs: 5_000 }).select(url, QUERY);
    await expect.poll(() => requestsFor(url)).toBe(2);
  });
});

describe('fetchEarly (the boot code starts the download before the engine runs)', () => {
  it('the first query takes the early download: the same rows, one request', async () => {
    const expected = await new Engine({ duckdb: neverStarts }).select(freshUrl(), QUERY);
    const url = freshUrl();
    fetchEarly(url);
    fetchEarly(url); // twice on one page: still one download
    await expect.poll(() => requestsFor(url)).toBe(1);
    const result = await new Engine({ duckdb: neverStarts }).select(url, QUERY);
    expect(result.rows).toEqual(expected.rows);
    await settled();
    expect(requestsFor(url)).toBe(1);
  });

  it('hands its response to the prefetch too, and a later engine fetches for itself', async () => {
    const url = freshUrl();
    fetchEarly(url);
    prefetchParquet(url);
    await new Engine({ duckdb: neverStarts }).select(url, QUERY);
    await settled();
    expect(requestsFor(url)).toBe(1);
    await new Engine({ duckdb: neverStarts }).select(url, QUERY);
    await expect.poll(() => requestsFor(url)).toBe(2);
  });

  it('leaves a missing file for the query to report, in the same words', async () => {
    const url = freshUrl('/data/no-such-file.parquet');
    fetchEarly(url);
    const error = (await new Engine({ duckdb: neverStarts }).select(url, QUERY).catch((e: unknown) => e)) as EngineError;
    expect(error.code).toBe('file-not-found');
  });
});
