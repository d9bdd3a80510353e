import { fetchEarly } from '@slt/engine/early-fetch';

/**
 * What the embed starts while the elements' code is still downloading, so that the first
 * chart does not wait for it afterwards (measured: BENCHMARKS.md, issue 9). It runs first in
 * the entry, before the engine's modules are evaluated, and imports nothing of the engine's
 * but fetchEarly's module, which imports nothing.
 */

/**
 * The Parquet files of the elements already on the page: each one's `src`, when it is a
 * path to a `.parquet` file rather than a registered dataset name, as an absolute URL.
 */
export function elementDataUrls(loaders: Readonly<Record<string, unknown>>, root: ParentNode = document): string[] {
  if (Object.keys(loaders).length === 0) return [];
  const selector = Object.keys(loaders).map((tag) => `${tag}[src]`).join(',');
  const urls = new Set<string>();
  for (const element of root.querySelectorAll(selector)) {
    const src = element.getAttribute('src')!.trim();
    if (!/\.parquet(?:[?#].*)?$/i.test(src)) continue;
    try {
      urls.add(new URL(src, document.baseURI).href);
    } catch {
      // Not a URL: the element will say so in its own words.
    }
  }
  return [...urls];
}

/**
 * Starts downloading each element's file now; the engine's first request for it takes the
 * response. Returns the files' URLs (the entry decodes them once the engine is here).
 */
export function fetchElementData(loaders: Readonly<Record<string, unknown>>, root: ParentNode = document): string[] {
  const urls = elementDataUrls(loaders, root);
  for (const url of urls) fetchEarly(url);
  return urls;
}
