// DuckDB-WASM's start ends, whatever fails: a missing worker, a missing wasm, too slow.
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { describe, expect, it } from 'vitest';
import { Engine } from '../engine.ts';
import { isEngineError, type EngineError } from '../errors.ts';
import { startDuckDB } from './instance.ts';

async function failure(promise: Promise<unknown>): Promise<EngineError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isEngineError(error)) throw new Error(`expected an EngineError, got ${String(error)}`);
  return error;
}

const bundles = (wasm: string, worker: { mvp: string; eh: string }) => ({
  mvp: { mainModule: wasm, mainWorker: worker.mvp },
  eh: { mainModule: wasm, mainWorker: worker.eh },
});

describe('starting DuckDB-WASM', () => {
  it('rejects with engine-failed when the worker script is missing', async () => {
    const error = await failure(startDuckDB({ bundles: bundles('/no-such.wasm', { mvp: '/no-such-worker.js', eh: '/no-such-worker.js' }), startTimeoutMs: 20_000 }));
    expect(error.code).toBe('engine-failed');
  });

  it('rejects when the wasm is missing (the worker fails, or the start times out)', async () => {
    const error = await failure(startDuckDB({ bundles: bundles('/no-such.wasm', { mvp: mvpWorker, eh: ehWorker }), startTimeoutMs: 10_000 }));
    expect(['engine-failed', 'engine-timeout']).toContain(error.code);
  });

  it('rejects with engine-timeout when the start takes longer than its timeout', async () => {
    const error = await failure(startDuckDB({ startTimeoutMs: 1 }));
    expect(error.code).toBe('engine-timeout');
    expect(error.message).toMatch(/did not start within 0.001 s/);
  });

  it('gives a query that needs DuckDB the failure, and a later query may try again', async () => {
    let attempts = 0;
    const engine = new Engine({
      duckdb: () => {
        attempts += 1;
        return startDuckDB({ startTimeoutMs: attempts === 1 ? 1 : 60_000 });
      },
    });
    const grouped = { from: '/test/fixtures/trend.parquet', groupBy: ['area'], aggregates: [{ fn: 'count' as const, as: 'n' }] };
    expect((await failure(engine.query(grouped))).code).toBe('engine-timeout');
    expect(attempts).toBe(1); // no retry loop
    const result = await engine.query(grouped);
    expect(result.ranIn).toBe('duckdb');
    expect(attempts).toBe(2);
  });
});
