// Loads the decoder only when asked, so a "cold" run measures module load, wasm
// instantiation and the first (unoptimised) decode together.
(globalThis as { loadDecoder?: () => Promise<unknown> }).loadDecoder = () => import('./decoder.ts');
