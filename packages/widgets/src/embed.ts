// The entry of the script-tag bundle (dist/slt-widgets.js, published as /slt/v1/slt-widgets.js):
//   <script type="module" src="/slt/v1/slt-widgets.js"></script>
// It holds a small table of the elements and loads each one's code the first time its tag is
// on the page (see load-on-use.ts). It exposes the engine, so a page can register datasets by
// name. The element classes are not exported here: use customElements.whenDefined('slt-trend'),
// or the npm package (@slt/widgets/trend) in a bundled app.
import { ELEMENT_DATA_URLS } from './boot.ts'; // first: element code and data start downloading before the engine runs
import { prefetchParquet } from '@slt/engine';
import { ELEMENT_LOADERS } from './element-loaders.ts';

// The bundle's own URL, for the "copy embed code" snippets: the element chunks live in
// assets/, where their import.meta.url is not the entry's. The first copy on a page wins.
const BUNDLE = Symbol.for('slt.widgets.bundle-url');
(globalThis as { [BUNDLE]?: string })[BUNDLE] ??= import.meta.url;

// The engine is here now: it takes each file's early download and decodes it while the
// elements' code is still on its way.
for (const url of ELEMENT_DATA_URLS) prefetchParquet(url);

/**
 * Loads one element's code now (whether or not its tag is on the page yet) and resolves
 * with its class; undefined for a tag this bundle does not have. The iframe embed uses it.
 */
export async function loadElement(tag: string): Promise<CustomElementConstructor | undefined> {
  const load = ELEMENT_LOADERS[tag];
  if (load === undefined) return undefined;
  if (customElements.get(tag) === undefined) await load();
  return customElements.whenDefined(tag);
}

export { loadElementsIn } from './load-on-use.ts';
export { sharedEngine, provideDuckDB, setDuckDBAssets, EngineError, isEngineError } from '@slt/engine';
export type { Engine, Language, Unit } from '@slt/engine';
