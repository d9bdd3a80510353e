import { describe, expect, it } from 'vitest';
import { isEngineError, type EngineError } from '../errors.ts';
import { openParquet } from './index.ts';

const fixture = (name: string) => `/test/fixtures/${name}`;

async function failure(promise: Promise<unknown>): Promise<EngineError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isEngineError(error)) throw new Error(`expected an EngineError, got ${String(error)}`);
  return error;
}

describe('openParquet', () => {
  it('reads the schema, row count and key-value metadata', async () => {
    const file = await openParquet(fixture('all-types.parquet'));
    expect(file.url).toBe(fixture('all-types.parquet'));
    expect(file.info.rowCount).toBe(4);
    expect(file.info.columns).toEqual([
      { name: 'i32', type: 'integer' },
      { name: 'i64', type: 'integer' },
      { name: 'f64', type: 'float' },
      { name: 'f32', type: 'float' },
      { name: 'dec', type: 'float' },
      { name: 'str', type: 'string' },
      { name: 'bool', type: 'boolean' },
      { name: 'day', type: 'date' },
      { name: 'ts', type: 'timestamp' },
      { name: 'i16', type: 'integer' },
    ]);
    expect(file.info.metadata).toEqual({
      'slt.synthetic': 'true',
      'slt.k': '5',
      'slt.source': 'make-fixtures.mjs',
      'slt.updated': '2024-06-01',
      'slt.title': 'Fixture – ÆØÅ æøå',
    });
  });

  it('opens a file with zero rows', async () => {
    const file = await openParquet(fixture('empty.parquet'));
    expect(file.info.rowCount).toBe(0);
    expect(file.info.columns.map((c) => c.name)).toEqual(['year', 'area', 'value', 'indicator']);
    expect(file.info.metadata).toEqual({});
  });

  it('reports a 404 as file-not-found with the URL and status', async () => {
    const url = fixture('no-such-file.parquet');
    const notFound: typeof fetch = async () => new Response('gone', { status: 404, statusText: 'Not Found' });
    const error = await failure(openParquet(url, { fetch: notFound }));
    expect(error.code).toBe('file-not-found');
    expect(error.dataset).toBe(url);
    expect(error.message).toContain(url);
    expect(error.message).toContain('404');
    expect(error.unreachable).toBe(false);
  });

  it('reports a missing file on the dev server as file-not-found', async () => {
    const error = await failure(openParquet(`${fixture('no-such-file.parquet')}?${Date.now()}`));
    expect(error.code).toBe('file-not-found');
  });

  it('reports a network or CORS failure as file-not-found, keeping the cause', async () => {
    const cause = new TypeError('Failed to fetch');
    const error = await failure(openParquet('https://example.invalid/x.parquet', { fetch: () => Promise.reject(cause) }));
    expect(error.code).toBe('file-not-found');
    expect(error.cause).toBe(cause);
    expect(error.dataset).toBe('https://example.invalid/x.parquet');
    // No answer at all, unlike a 404: the reader is told to try again, not that the file is gone.
    expect(error.unreachable).toBe(true);
  });

  it.each([
    ['truncated.parquet', /truncated/],
    ['html-page.parquet', /HTML/],
  ])('reports %s as corrupt-file', async (name, message) => {
    const error = await failure(openParquet(fixture(name)));
    expect(error.code).toBe('corrupt-file');
    expect(error.dataset).toBe(fixture(name));
    expect(error.message).toMatch(message);
  });

  it('reports bytes that are not Parquet at all as corrupt-file', async () => {
    const garbage = new Uint8Array(256).map((_, i) => (i * 37) & 0xff);
    const error = await failure(openParquet('/garbage.parquet', { fetch: async () => new Response(garbage) }));
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toMatch(/starts with/);
  });

  it('reports a footer that does not parse as corrupt-file, keeping the cause', async () => {
    // Right magic bytes at both ends, nonsense in between.
    const bytes = new TextEncoder().encode('PAR1 this is not thrift \u0010\u0000\u0000\u0000PAR1');
    const error = await failure(openParquet('/bad-footer.parquet', { fetch: async () => new Response(bytes) }));
    expect(error.code).toBe('corrupt-file');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('lets an abort through as the abort it is', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await openParquet(fixture('trend.parquet'), { signal: controller.signal }).catch((e: unknown) => e);
    expect(isEngineError(error)).toBe(false);
    expect((error as Error).name).toBe('AbortError');
  });

  it('can be called concurrently', async () => {
    const names = ['all-types.parquet', 'trend.parquet', 'row-groups.parquet', 'trend.parquet'];
    const files = await Promise.all(names.map((name) => openParquet(fixture(name))));
    expect(files.map((f) => f.info.rowCount)).toEqual([4, 22, 5000, 22]);
  });
});
