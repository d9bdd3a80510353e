// Its own file, so the page (and so the engine) is fresh: vitest runs each file in its own frame.
import { duckdbStartCount, sharedEngine } from '@slt/engine';
import { expect, it, vi } from 'vitest';

// Count every worker the page starts: DuckDB-WASM loads its wasm once per worker.
let workersStarted = 0;
const PageWorker = window.Worker;
window.Worker = class CountingWorker extends PageWorker {
  constructor(...args: ConstructorParameters<typeof Worker>) {
    super(...args);
    workersStarted += 1;
  }
};

it('two trends on one page share one DuckDB-WASM: one start, one worker', async () => {
  await import('../index.ts');
  const trends = ['/test/fixtures/trend.parquet', '/test/fixtures/indicators-demo.parquet'].map((src) => {
    const element = document.createElement('slt-trend');
    element.setAttribute('src', src);
    element.setAttribute('filter', src.includes('indicators') ? 'indicator=neet&area_level=country&sex=all&age_group=16-25' : 'area=Oslo');
    document.body.append(element);
    return element;
  });
  expect(duckdbStartCount()).toBe(0); // nothing starts before a widget asks
  await vi.waitFor(
    () => {
      for (const trend of trends) expect(trend.shadowRoot?.querySelector('.chart svg')).toBeTruthy();
    },
    { timeout: 30_000, interval: 50 },
  );
  // The first charts may be answered in the page; DuckDB-WASM starts behind them, once.
  await sharedEngine().duckdb();
  expect(duckdbStartCount()).toBe(1);
  expect(workersStarted).toBe(1);

  // A trend added later queries the same running DuckDB.
  const late = document.createElement('slt-trend');
  late.setAttribute('src', '/test/fixtures/trend.parquet');
  late.setAttribute('filter', 'area=Bergen');
  document.body.append(late);
  await vi.waitFor(() => expect(late.shadowRoot?.querySelectorAll('.slt-trend-points > *').length).toBe(11), {
    timeout: 30_000,
  });
  expect(duckdbStartCount()).toBe(1);
  expect(workersStarted).toBe(1);
});
