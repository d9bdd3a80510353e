// The first code the embed runs: embed.ts imports it first, so in the entry file, which also
// holds the engine's core, it is evaluated before the engine's modules are (ES modules
// evaluate their imports in order). It asks for each element's code and each element's file
// at once, so that they download while the engine's modules are still being evaluated,
// instead of after (BENCHMARKS.md, issue 9; the entry's chunking: vite.config.ts).
import { ELEMENT_LOADERS } from './element-loaders.ts';
import { fetchElementData } from './first-load.ts';
import { loadElementsOnUse } from './load-on-use.ts';

// The files first: on an HTTP/1.1 host the browser opens six connections at most, and the
// file would otherwise queue behind the element's chunks.
/** The elements' files already asked for, for the entry to decode once the engine is here. */
export const ELEMENT_DATA_URLS: readonly string[] = fetchElementData(ELEMENT_LOADERS);
loadElementsOnUse(ELEMENT_LOADERS);
