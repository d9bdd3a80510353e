import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from '@slt/widgets/svelte';
export const ok: SvelteHTMLElements['slt-trend'] = { src: '/data/indicators.parquet', 'series-column': 'area', unit: 'percent', height: 300 };
// @ts-expect-error: a misspelt attribute
export const misspelt: SvelteHTMLElements['slt-trend'] = { 'serie-column': 'area' };
