import { prefetchParquet } from '@slt/engine';

/**
 * What the embed entry starts while the elements' code is still downloading, so that the
 * first chart does not wait for it afterwards (measured: BENCHMARKS.md, issue 9).
 */

/**
 * Starts reading the Parquet file of each element already on the page (its `src`, when it
 * is a path to a `.parquet` file rather than a registered dataset name): its download and
 * decoding then overlap the download of the element's code.
 */
export function prefetchElementData(loaders: Readonly<Record<string, unknown>>, root: ParentNode = document): void {
  const selector = Object.keys(loaders).map((tag) => `${tag}[src]`).join(',');
  for (const element of root.querySelectorAll(selector)) {
    const src = element.getAttribute('src')!.trim();
    if (!/\.parquet(?:[?#].*)?$/i.test(src)) continue;
    try {
      prefetchParquet(new URL(src, document.baseURI).href);
    } catch {
      // Not a URL: the element will say so in its own words.
    }
  }
}
