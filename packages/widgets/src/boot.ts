// The first code the embed runs: embed.ts imports it first, so in the entry file, which also
// holds the engine's core, it is evaluated before the engine's modules are (ES modules
// evaluate their imports in order). It asks for each element's code and each element's file
// at once, so that they download while the engine's modules are still being evaluated,
// instead of after (BENCHMARKS.md, issue 9; the entry's chunking: vite.config.ts).
import { ELEMENT_LOADERS } from './element-loaders.ts';
import { fetchElementData } from './first-load.ts';
import { loadElementsOnUse } from './load-on-use.ts';

/**
 * Page-wide across copies of the bundle (two script tags: two teams' embeds, `/slt/v1/` beside
 * `/slt/v1.2.3/`): the tags a copy loaded before this one. Each tag is loaded by the first copy
 * that knows it, so a second copy downloads neither the elements' code nor their files again,
 * and still loads a tag only it knows (a newer copy beside an older one).
 */
const HANDLED = Symbol.for('slt.widgets.handled-tags');
const handled = ((globalThis as { [HANDLED]?: Set<string> })[HANDLED] ??= new Set());
const mine = Object.fromEntries(Object.entries(ELEMENT_LOADERS).filter(([tag]) => !handled.has(tag)));
for (const tag of Object.keys(mine)) handled.add(tag);

// The files first: on an HTTP/1.1 host the browser opens six connections at most, and the
// file would otherwise queue behind the element's chunks.
/** The elements' files already asked for, for the entry to decode once the engine is here. */
export const ELEMENT_DATA_URLS: readonly string[] = fetchElementData(mine);
loadElementsOnUse(mine);
