// An attribute removed (as React 19 and Vue do when a prop becomes undefined) puts the element
// back to its default for it, in real Chromium over the real files: before, Lit handed the
// options a null and the element showed "Diagrammet kunne ikke vises" or "Ugyldig innstilling".
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../index.ts';

const NEET = 'indicator=neet&age_group=16-25&sex=all';
const DISTRICTS = `${NEET}&area_level=district&year=2024`;

/** An element over a public file, and the attributes to remove from it one by one. */
const CASES: { tag: string; attributes: Record<string, string>; remove: string[] }[] = [
  {
    tag: 'slt-trend',
    attributes: { src: '/data/indicators.parquet', filter: `${NEET}&area=Asker`, unit: 'percent', 'series-column': 'area', 'time-column': 'year', 'value-column': 'value', height: '260', decimals: '1', k: '10' },
    remove: ['unit', 'series-column', 'time-column', 'value-column', 'height', 'decimals', 'k'],
  },
  { tag: 'slt-bars', attributes: { src: '/data/indicators.parquet', filter: DISTRICTS, 'category-column': 'area', unit: 'percent', height: '300' }, remove: ['unit', 'height', 'category-column'] },
  { tag: 'slt-table', attributes: { src: '/data/indicators.parquet', filter: DISTRICTS, columns: 'area,value', sort: 'value:descending', k: '10' }, remove: ['columns', 'sort', 'k'] },
  { tag: 'slt-filter', attributes: { src: '/data/indicators.parquet', filter: 'indicator=neet', columns: 'year,area' }, remove: ['columns', 'filter'] },
  { tag: 'slt-zones', attributes: { src: '/data/case_counts.parquet', variant: 'bars' }, remove: ['variant'] },
  { tag: 'slt-flow', attributes: { src: '/test/fixtures/zone-transitions-demo.parquet', period: '2019K1' }, remove: ['period'] },
];

/** The element's state once it has left `loading`. */
async function settled(element: HTMLElement): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await vi.waitFor(
    () => {
      const state = element.getAttribute('state');
      if (!state || state === 'loading') throw new Error(`${element.localName} is ${state ?? 'not started'}`);
    },
    { timeout: 40_000, interval: 50 },
  );
  return element.getAttribute('state')!;
}

afterEach(() => document.body.replaceChildren());

describe('a removed attribute', () => {
  it.each(CASES)('$tag: each of $remove removed gives the default, not an error', async ({ tag, attributes, remove }) => {
    document.documentElement.lang = 'nb';
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    const box = document.createElement('div');
    box.style.width = '600px';
    box.append(element);
    document.body.append(box);
    expect(await settled(element)).toBe('ready');
    for (const name of remove) {
      element.removeAttribute(name);
      const state = await settled(element);
      const alert = element.shadowRoot!.querySelector('[role=alert]')?.textContent?.trim() ?? '';
      expect({ removed: name, state, alert }).toEqual({ removed: name, state: 'ready', alert: '' });
    }
  });
});
