import { Engine } from '@slt/engine';

/**
 * A real engine that counts the queries it is asked, for tests that a change redraws without
 * querying again (`highlight`, `reference-label`).
 */
export function countingEngine(): { engine: Engine; queries: () => number } {
  const engine = new Engine();
  let queries = 0;
  const query = engine.query.bind(engine);
  engine.query = (...args: Parameters<Engine['query']>) => {
    queries++;
    return query(...args);
  };
  return { engine, queries: () => queries };
}
