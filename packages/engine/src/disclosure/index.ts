// Disclosure control in the engine: one step every select() result goes through.
export { resolvePolicy, METADATA } from './options.ts';
export type { DisclosureOptions, DisclosurePolicy, RateColumn, SelectOptions } from './options.ts';
export { protectRows } from './protect.ts';
export type { ProtectedRows } from './protect.ts';
export { figureAt, isSuppressed, publishedMargin, suppressionNote } from './margin.ts';
export type { Figure, ProtectedResult } from './margin.ts';
