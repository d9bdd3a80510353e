import { EngineError, type ParquetInfo, type Query, type QueryOptions, type QueryResult } from '@slt/engine';
import { describe, expect, it } from 'vitest';
import { QueryCache, queryKey } from './query-cache.ts';

const INFO = { columns: [{ name: 'year', type: 'integer' }], metadata: {}, rows: 0 } as unknown as ParquetInfo;

function counting(fail = 0) {
  const calls: string[] = [];
  let failures = fail;
  return {
    calls,
    runner: {
      async query({ from, ...query }: Query, options?: QueryOptions): Promise<QueryResult> {
        calls.push(queryKey(from, query, options));
        await Promise.resolve();
        if (failures-- > 0) throw new EngineError('file-not-found', 'gone');
        return { rows: [{ year: 2025 }], info: INFO, suppressed: [], k: 5, sql: '', ranIn: 'page' } as unknown as QueryResult;
      },
      async schema(src: string) {
        calls.push(`schema ${src}`);
        return INFO;
      },
    },
  };
}

describe('queryKey', () => {
  it('is the same whatever the order of object keys, and differs for another value or k', () => {
    const a = queryKey('a.parquet', { columns: ['year'], filters: [{ column: 'area', values: ['Asker'] }] }, { disclosure: { k: 10 } });
    const b = queryKey('a.parquet', { filters: [{ values: ['Asker'], column: 'area' }], columns: ['year'] }, { disclosure: { k: 10 } });
    expect(a).toBe(b);
    expect(queryKey('a.parquet', { columns: ['year'], filters: [{ column: 'area', values: ['Norge'] }] }, { disclosure: { k: 10 } })).not.toBe(a);
    expect(queryKey('a.parquet', { columns: ['year'], filters: [{ column: 'area', values: ['Asker'] }] })).not.toBe(a);
  });
});

describe('QueryCache', () => {
  it('runs each distinct query once, for asks at the same time and later', async () => {
    const { calls, runner } = counting();
    const cache = new QueryCache(runner);
    const query = { columns: ['year'] };
    const [first, second] = await Promise.all([cache.select('a', query), cache.select('a', { columns: ['year'] })]);
    expect(first).toBe(second);
    await cache.select('a', query);
    await cache.select('a', query, { disclosure: { k: 10 } });
    expect(calls).toHaveLength(2);
  });

  it('looks each schema up once', async () => {
    const { calls, runner } = counting();
    const cache = new QueryCache(runner);
    await Promise.all([cache.schema('a'), cache.schema('a'), cache.schema('b')]);
    expect(calls).toEqual(['schema a', 'schema b']);
  });

  it('does not keep a failure: the next ask tries again', async () => {
    const { calls, runner } = counting(1);
    const cache = new QueryCache(runner);
    await expect(cache.select('a', { columns: ['year'] })).rejects.toThrow('gone');
    await expect(cache.select('a', { columns: ['year'] })).resolves.toMatchObject({ rows: [{ year: 2025 }] });
    expect(calls).toHaveLength(2);
  });

  it('forgets the least recently used answer beyond its limit', async () => {
    const { calls, runner } = counting();
    const cache = new QueryCache(runner, 2);
    await cache.select('a', { columns: ['x'] });
    await cache.select('a', { columns: ['y'] });
    await cache.select('a', { columns: ['x'] }); // used again: y is now the oldest
    await cache.select('a', { columns: ['z'] });
    await cache.select('a', { columns: ['x'] });
    expect(calls).toHaveLength(3);
    await cache.select('a', { columns: ['y'] });
    expect(calls).toHaveLength(4);
  });
});
