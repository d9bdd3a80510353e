/**
 * A file's download started before the engine's code has even been evaluated. The embed's
 * boot code (packages/widgets/src/boot.ts) calls `fetchEarly` for each element's Parquet
 * file before the engine's modules are evaluated; the engine's first plain GET of that URL
 * (http-bytes.ts) takes the response instead of asking again. This module imports nothing,
 * so the boot code can run it before any of the engine's modules.
 */

interface EarlyFetch {
  readonly response: Promise<Response>;
  readonly controller: AbortController;
  readonly expiry: ReturnType<typeof setTimeout>;
}

/** An early download nobody takes is given up after this long (its body would hold a connection). */
const UNCLAIMED_MS = 30_000;

const early = new Map<string, EarlyFetch>();

/** Starts the GET of an absolute URL now, once; a failure is reported by the request that takes it. */
export function fetchEarly(url: string): void {
  if (early.has(url) || typeof fetch !== 'function') return;
  const controller = new AbortController();
  // High priority: the file is on the first chart's path, like the scripts beside it.
  const response = fetch(url, { signal: controller.signal, priority: 'high' });
  response.catch(() => undefined); // reported when taken
  const expiry = setTimeout(() => {
    if (early.get(url)?.controller !== controller) return;
    early.delete(url);
    controller.abort(new DOMException('nobody asked for the early download', 'AbortError'));
  }, UNCLAIMED_MS);
  early.set(url, { response, controller, expiry });
}

/**
 * The early GET of `url` as a fetch function, once (later requests fetch for themselves);
 * aborting the taker's signal aborts the early request.
 */
export function takeEarlyFetch(url: string): typeof fetch | undefined {
  const taken = early.get(url);
  if (taken === undefined) return undefined;
  early.delete(url);
  clearTimeout(taken.expiry);
  return (_input, init) => {
    const signal = init?.signal;
    if (signal?.aborted) taken.controller.abort(signal.reason);
    signal?.addEventListener('abort', () => taken.controller.abort(signal.reason));
    return taken.response;
  };
}
