/** A span from `start` to now on the page's Performance Timeline, for the benchmarks (bench/engine.mjs) to read. */
export function measure(name: string, start: number): void {
  globalThis.performance?.measure?.(name, { start, end: performance.now() });
}
