// The download's timeouts, against a real local HTTP server that stalls.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEngineError, type EngineError } from '../errors.ts';
import { fetchParquetBytes } from './http-bytes.ts';

let server: Server;
let origin: string;
const open = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  server = createServer((request, response) => {
    open.add(response);
    response.on('close', () => open.delete(response));
    const path = request.url ?? '/';
    if (path === '/stall-headers') return; // never answers
    if (path === '/stall-body') {
      // Headers and half of the promised body, then silence with the socket open.
      response.writeHead(200, { 'Content-Length': '1000', 'Content-Type': 'application/octet-stream' });
      response.write(Buffer.alloc(500));
      return;
    }
    if (path === '/trickle') {
      // A byte every 50 ms, for ever: never stalls, never ends.
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      const timer = setInterval(() => response.write(Buffer.alloc(1)), 50);
      response.on('close', () => clearInterval(timer));
      return;
    }
    response.writeHead(200, { 'Content-Length': '4' });
    response.end('PAR1');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const response of open) response.destroy();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<EngineError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isEngineError(error)) throw new Error(`expected an EngineError, got ${String(error)}`);
  return error;
}

describe('fetchParquetBytes timeouts', () => {
  it('gives up on a server that never answers, with file-timeout', async () => {
    const error = await failure(fetchParquetBytes(`${origin}/stall-headers`, { stallTimeoutMs: 300 }, 1 << 20));
    expect(error.code).toBe('file-timeout');
    expect(error.message).toMatch(/sent nothing for 0.3 s/);
  });

  it('gives up on a body that stops half-way, and the request is aborted', async () => {
    const error = await failure(fetchParquetBytes(`${origin}/stall-body`, { stallTimeoutMs: 300 }, 1 << 20));
    expect(error.code).toBe('file-timeout');
    // The abort closes the connection: the server sees its response closed.
    await expect.poll(() => open.size, { timeout: 5_000 }).toBe(0);
  });

  it('gives up on a body that trickles for longer than the overall timeout', async () => {
    const error = await failure(fetchParquetBytes(`${origin}/trickle`, { stallTimeoutMs: 5_000, timeoutMs: 600 }, 1 << 20));
    expect(error.code).toBe('file-timeout');
    expect(error.message).toMatch(/took more than 0.6 s in all/);
  });

  it('reads a healthy file, and passes the caller\'s own abort through unchanged', async () => {
    const bytes = (await fetchParquetBytes(`${origin}/ok`, {}, 1 << 20)) as ArrayBuffer;
    expect(new TextDecoder().decode(bytes)).toBe('PAR1');
    const controller = new AbortController();
    const pending = fetchParquetBytes(`${origin}/stall-headers`, { signal: controller.signal }, 1 << 20);
    controller.abort();
    const error = await pending.then(() => undefined, (e: unknown) => e);
    expect(isEngineError(error)).toBe(false);
    expect((error as Error).name).toBe('AbortError');
  });

  it('refuses a timeout that is not a positive number', async () => {
    expect((await failure(fetchParquetBytes(`${origin}/ok`, { stallTimeoutMs: -1 }, 1 << 20))).code).toBe('invalid-option');
  });
});
