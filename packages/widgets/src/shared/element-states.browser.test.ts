// What every element shares through its data controller, in real Chromium over real Parquet
// files through the real DuckDB-WASM: the chart before its openable parts (and "ready" only
// once they are in), the empty state over 0-row files with the real schema
// and metadata, the `state` attribute and the `slt-ready` event, the attribute rules (one
// message naming the attribute and its range, never NaN geometry), internal-tier data
// refused unless the page opts in, and one engine query per distinct query in a scope.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Engine, type Query, type QueryOptions, type QueryResult } from '@slt/engine';
import '../index.ts';
import { queryKey } from './query-cache.ts';

const NEET = 'indicator=neet&age_group=16-25&sex=all';

/** Every element, configured over a public file, and the 0-row copy of that file. */
const ELEMENTS: { tag: string; attributes: Record<string, string>; empty: string }[] = [
  { tag: 'slt-trend', attributes: { src: '/data/indicators.parquet', filter: `${NEET}&area=Asker`, unit: 'percent' }, empty: '/test/fixtures/empty-indicators.parquet' },
  { tag: 'slt-bars', attributes: { src: '/data/indicators.parquet', filter: `${NEET}&area_level=district&year=2024`, 'category-column': 'area', unit: 'percent' }, empty: '/test/fixtures/empty-indicators.parquet' },
  { tag: 'slt-kpi', attributes: { src: '/data/indicators.parquet', filter: `${NEET}&area=Asker`, unit: 'percent' }, empty: '/test/fixtures/empty-indicators.parquet' },
  { tag: 'slt-map', attributes: { src: '/data/indicators.parquet', filter: `${NEET}&area_level=district&year=2024`, unit: 'percent' }, empty: '/test/fixtures/empty-indicators.parquet' },
  { tag: 'slt-table', attributes: { src: '/data/indicators.parquet', filter: `${NEET}&area_level=district&year=2024`, columns: 'area,value' }, empty: '/test/fixtures/empty-indicators.parquet' },
  { tag: 'slt-zones', attributes: { src: '/data/case_counts.parquet' }, empty: '/test/fixtures/empty-case_counts.parquet' },
  { tag: 'slt-flow', attributes: { src: '/test/fixtures/zone-transitions-demo.parquet' }, empty: '/test/fixtures/empty-zone_transitions.parquet' },
  { tag: 'slt-filter', attributes: { src: '/data/indicators.parquet', filter: 'indicator=neet', columns: 'year,area' }, empty: '/test/fixtures/empty-indicators.parquet' },
];

type Settled = { element: HTMLElement; root: ShadowRoot; ready: string[] };

/** Mounts an element and waits for it to leave `loading`; records every slt-ready it fires. */
async function mount(tag: string, attributes: Record<string, string>, parent: HTMLElement = document.body, engine?: Engine): Promise<Settled> {
  const element = document.createElement(tag) as HTMLElement & { engine: Engine };
  if (engine) element.engine = engine;
  const ready: string[] = [];
  element.addEventListener('slt-ready', (event) => ready.push((event as CustomEvent<{ state: string }>).detail.state));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const box = document.createElement('div');
  box.style.width = '600px';
  box.append(element);
  parent.append(box);
  await vi.waitFor(() => {
    const state = element.getAttribute('state');
    if (!state || state === 'loading' || ready.length === 0) throw new Error(`${tag} is ${state ?? 'not started'}`);
  }, { timeout: 40_000, interval: 50 });
  return { element, root: element.shadowRoot!, ready };
}

const busy = (root: ShadowRoot) => root.querySelector(':is(figure, form)[aria-busy]')?.getAttribute('aria-busy');
const message = (root: ShadowRoot, role: 'status' | 'alert') => root.querySelector(`[role=${role}]`)?.textContent?.trim() ?? '';

beforeEach(() => {
  document.documentElement.lang = 'nb';
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('every element', () => {
  it.each(ELEMENTS)('$tag: draws, then state="ready", one slt-ready, aria-busy false', async ({ tag, attributes }) => {
    const { element, root, ready } = await mount(tag, attributes);
    expect(element.getAttribute('state')).toBe('ready');
    expect(ready).toEqual(['ready']);
    expect(busy(root)).toBe('false');
    expect(root.querySelector('.chart svg, table, select')).not.toBeNull();
    // A chart is one image for a screen reader, named by its heading and text alternative: none
    // of its parts is read on its own (the axes' groups were, in English, tick by tick).
    if (['slt-table', 'slt-filter', 'slt-kpi'].includes(tag)) return; // no chart SVG (the key figure is HTML text)
    const svg = root.querySelector('.chart svg[role="img"]')!;
    expect([...svg.children].filter((part) => part.getAttribute('aria-hidden') !== 'true').map((part) => part.outerHTML.slice(0, 60))).toEqual([]);
  });


  it.each(ELEMENTS.filter(({ tag }) => !['slt-table', 'slt-filter'].includes(tag)))(
    '$tag: the chart comes first, its data table and embed codes a task later, and "ready" waits for them',
    async ({ tag, attributes }) => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      const box = document.createElement('div');
      box.style.width = '600px';
      box.append(element);
      // What the reader could see at the moment the chart went in, and at slt-ready.
      let atChart: { table: boolean; embed: boolean; busy: string | null | undefined } | undefined;
      let atReady: typeof atChart;
      const look = () => {
        const root = element.shadowRoot!;
        return {
          table: root.querySelector('details[part="table"] table') !== null,
          embed: root.querySelector('.embed-toggle') !== null,
          busy: root.querySelector('figure')?.getAttribute('aria-busy'),
        };
      };
      const observer = new MutationObserver(() => {
        if (!atChart && element.shadowRoot?.querySelector('.chart[tabindex] > *')) atChart = look();
      });
      element.addEventListener('slt-ready', () => (atReady = look()));
      document.body.append(box);
      observer.observe(element.shadowRoot!, { subtree: true, childList: true });
      await vi.waitFor(() => expect(atReady).toBeDefined(), { timeout: 40_000, interval: 20 });
      observer.disconnect();
      expect(atChart).toEqual({ table: false, embed: false, busy: 'true' });
      expect(atReady).toEqual({ table: true, embed: true, busy: 'false' });
      expect(element.getAttribute('state')).toBe('ready');
    },
  );
  it.each(ELEMENTS)('$tag: over a 0-row file with the real schema and metadata, says there is nothing (state="empty")', async ({ tag, attributes, empty }) => {
    const { element, root, ready } = await mount(tag, { ...attributes, src: empty });
    expect(element.getAttribute('state')).toBe('empty');
    expect(ready).toEqual(['empty']);
    expect(busy(root)).toBe('false');
    expect(message(root, 'alert')).toBe('');
    expect(message(root, 'status')).toMatch(/^Ingen (data|valg)/);
  });

  it.each(ELEMENTS.filter(({ tag }) => !['slt-table', 'slt-filter'].includes(tag)))(
    '$tag: a refused height names the attribute and its range, never NaN geometry',
    async ({ tag, attributes }) => {
      for (const height of ['NaN', '-100', 'tall', '100000']) {
        const { element, root, ready } = await mount(tag, { ...attributes, height });
        expect(element.getAttribute('state'), height).toBe('error');
        expect(ready).toEqual(['error']);
        expect(busy(root)).toBe('false');
        expect(message(root, 'alert')).toBe('Ugyldig innstilling: «height» må være 80–2000.');
        expect(root.innerHTML).not.toMatch(/NaN/);
        element.parentElement!.remove();
      }
    },
  );

  it.each(ELEMENTS)('$tag: k must be a whole number from 2 to 1000; a k below the dataset\'s is ignored, the same everywhere', async ({ tag, attributes }) => {
    for (const k of ['1', 'many', '2.5', '100000']) {
      const { element, root } = await mount(tag, { ...attributes, k });
      expect(element.getAttribute('state'), k).toBe('error');
      expect(message(root, 'alert')).toBe('Ugyldig innstilling: «k» må være 2–1000.');
      element.parentElement!.remove();
    }
    const low = await mount(tag, { ...attributes, k: '3' }); // the files' own k is 5: it stands
    expect(low.element.getAttribute('state')).toBe('ready');
    expect(low.root.textContent).not.toMatch(/færre enn 3\b/);
  });

  it.each(ELEMENTS.filter(({ tag }) => ['slt-bars', 'slt-table', 'slt-trend', 'slt-filter'].includes(tag)))(
    '$tag: refuses internal-tier data unless the page opts in with allow-internal',
    async ({ tag }) => {
      const attributes: Record<string, string> = tag === 'slt-filter'
        ? { src: '/test/fixtures/internal-case_zones.parquet', columns: 'year,zone' }
        : tag === 'slt-table'
          ? { src: '/test/fixtures/internal-case_zones.parquet', filter: 'district_group=all', columns: 'year,zone,persons' }
          : { src: '/test/fixtures/internal-case_zones.parquet', filter: 'district_group=all&zone=green', 'time-column': 'year', 'value-column': 'persons', 'category-column': 'year', unit: 'count' };
      const refused = await mount(tag, attributes);
      expect(refused.element.getAttribute('state')).toBe('error');
      expect(message(refused.root, 'alert')).toBe('Dette er interne data og kan ikke vises på denne siden.');
      const allowed = await mount(tag, { ...attributes, 'allow-internal': '' });
      expect(allowed.element.getAttribute('state')).toBe('ready');
    },
  );

  it('retry() loads again after a failure and settles again', async () => {
    const { element, ready } = await mount('slt-trend', { src: '/data/missing.parquet' });
    expect(element.getAttribute('state')).toBe('error');
    (element as HTMLElement & { retry(): void }).retry();
    await vi.waitFor(() => expect(ready).toEqual(['error', 'error']), { timeout: 20_000 });
  });
});

describe('one data controller per scope', () => {
  /** An engine that counts its query calls (select() is a wrapper on query()) by query. */
  function countingEngine() {
    const engine = new Engine();
    const calls: string[] = [];
    const query = engine.query.bind(engine);
    engine.query = (model: Query, options?: QueryOptions): Promise<QueryResult> => {
      const { from, ...rest } = model;
      calls.push(queryKey(from, rest, options));
      return query(model, options);
    };
    return { engine, calls };
  }

  it('a scope with five widgets on one file runs each distinct query once; a sort change queries nothing', async () => {
    const { engine, calls } = countingEngine();
    const scope = document.createElement('section');
    scope.setAttribute('slt-scope', '');
    document.body.append(scope);
    const district = `${NEET}&area_level=district&year=2024`;
    const widgets = await Promise.all([
      mount('slt-bars', { src: '/data/indicators.parquet', filter: district, 'category-column': 'area', unit: 'percent' }, scope, engine),
      mount('slt-bars', { src: '/data/indicators.parquet', filter: district, 'category-column': 'area', unit: 'percent', sort: 'ascending' }, scope, engine),
      mount('slt-map', { src: '/data/indicators.parquet', filter: district, unit: 'percent' }, scope, engine),
      mount('slt-trend', { src: '/data/indicators.parquet', filter: `${NEET}&area=Asker`, unit: 'percent' }, scope, engine),
      mount('slt-kpi', { src: '/data/indicators.parquet', filter: `${NEET}&area=Asker`, unit: 'percent' }, scope, engine),
    ]);
    expect(widgets.map(({ element }) => element.getAttribute('state'))).toEqual(['ready', 'ready', 'ready', 'ready', 'ready']);
    expect(calls.length).toBeGreaterThan(0);
    // The two bars ask the same query: it ran once. No query ran twice.
    expect(new Set(calls).size).toBe(calls.length);
    const before = calls.length;
    widgets[0]!.element.setAttribute('sort', 'category');
    widgets[0]!.element.setAttribute('layout', 'stacked');
    await vi.waitFor(() => expect(widgets[0]!.ready.length).toBeGreaterThan(1), { timeout: 20_000 });
    expect(calls.length).toBe(before);
  });

  it('a fast sequence of filter changes ends with every widget on the last one', async () => {
    const scope = document.createElement('section');
    scope.setAttribute('slt-scope', '');
    document.body.append(scope);
    const [trend, table] = await Promise.all([
      mount('slt-trend', { src: '/data/indicators.parquet', filter: `indicator=neet&age_group=16-25&sex=all&area_level=district`, 'series-column': 'area', unit: 'percent' }, scope),
      mount('slt-table', { src: '/data/indicators.parquet', filter: `indicator=neet&age_group=16-25&sex=all&area_level=district&year=2024`, columns: 'area,value' }, scope),
    ]);
    const areas = ['Heggedal', 'Borgen', 'Vollen', 'Asker sentrum', 'Tofte'];
    for (const area of areas) {
      scope.dispatchEvent(new CustomEvent('slt-filter', { bubbles: true, composed: true, detail: { column: 'area', values: [area] } }));
    }
    await vi.waitFor(() => {
      expect(trend!.element.getAttribute('state')).toBe('ready');
      expect(table!.element.getAttribute('state')).toBe('ready');
      expect([...trend!.root.querySelectorAll('figcaption p')][0]?.textContent).toMatch(/^Tofte: /);
      expect([...table!.root.querySelectorAll('tbody tr')].map((row) => row.querySelector('td, th')?.textContent?.trim())).toEqual(['Tofte']);
    }, { timeout: 30_000 });
  });
});
