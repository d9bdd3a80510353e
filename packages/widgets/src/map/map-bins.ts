import { formatValue, type Language, type Unit } from '@slt/engine';
import { contrastRatio } from '../shared/contrast.ts';

/** One class of the colour scale: values from `from` (inclusive) up to below `to`. */
export interface Bin {
  readonly from: number;
  readonly to: number;
  readonly colour: string;
}

/**
 * Sequential, light to dark: viridis at five evenly spaced stops. Perceptually even,
 * readable for the common colour-vision deficiencies and in greyscale print, and every
 * step is distinguishable. Themes override them with --slt-sequential-1 ... -5.
 */
export const SEQUENTIAL_PALETTE: readonly string[] = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];

export const MAX_BINS = 5;

/**
 * Equal-width classes on round numbers (steps of 1, 2, 2.5 or 5 times a power of ten),
 * at most five, covering the values: 6.6..15.5 gives 6-8, 8-10, 10-12, 12-14, 14-16;
 * the counts 1, 2, 3 give one class each.
 * Fewer distinct values, fewer classes. The colours spread over the whole palette.
 */
export function binsOf(values: readonly number[], palette: readonly string[] = SEQUENTIAL_PALETTE): Bin[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const wanted = Math.min(MAX_BINS, new Set(finite).size);
  if (wanted <= 1 || min === max) return [{ from: min, to: max, colour: colourAt(palette, 0, 1) }];
  const step = niceStep(min, max, wanted);
  const start = Math.floor(min / step) * step;
  const used = Math.min(classCount(min, max, step), MAX_BINS);
  return Array.from({ length: used }, (_, index) => ({
    from: round(start + index * step),
    to: round(start + (index + 1) * step),
    colour: colourAt(palette, index, used),
  }));
}

/** The smallest round step that covers min..max in at most `bins` classes. */
function niceStep(min: number, max: number, bins: number): number {
  const raw = (max - min) / bins;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 2.5, 5, 10, 20]) {
    const step = factor * power;
    if (classCount(min, max, step) <= bins) return step;
  }
  return 20 * power;
}

/** Half-open classes of width `step` from a round start until one holds the maximum. */
function classCount(min: number, max: number, step: number): number {
  const start = Math.floor(min / step) * step;
  return Math.floor((max - start) / step + 1e-9) + 1;
}

function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

function colourAt(palette: readonly string[], index: number, count: number): string {
  if (count <= 1) return palette[Math.floor((palette.length - 1) / 2)] ?? '#21918c';
  return palette[Math.round((index * (palette.length - 1)) / (count - 1))]!;
}

/** The class a value falls in (a value past the last class, which cannot happen for the data's own, goes in the last). */
export function binIndex(bins: readonly Bin[], value: number): number {
  const index = bins.findIndex((bin) => value < bin.to);
  return index === -1 ? bins.length - 1 : index;
}

/**
 * A class as the reader sees it, with no overlap at the boundaries: at one decimal,
 * 6–8 reads "6,0–7,9 %"; the first starts at the lowest value and the last ends at the
 * highest, so the key also tells the range of the data.
 */
export function binLabel(
  bins: readonly Bin[],
  index: number,
  data: { min: number; max: number },
  unit: Unit,
  language: Language,
  decimals: number | undefined,
  template = '{from}–{to}',
): string {
  const bin = bins[index]!;
  const shown = decimals ?? (unit === 'percent' || unit === 'per_1000' ? 1 : 0);
  const below = 10 ** -shown;
  const from = index === 0 ? data.min : bin.from;
  const to = index === bins.length - 1 ? data.max : bin.to - below;
  const fromText = formatValue(from, unit, language, shown);
  const toText = formatValue(to, unit, language, shown);
  if (from >= to) return toText;
  // The unit once, after the range: "6,0–7,9 %", "6,0–7,9 per 1 000".
  const bare = formatValue(from, 'number', language, shown);
  const head = fromText.startsWith(bare) ? bare : fromText;
  return template.replace('{from}', head).replace('{to}', toText);
}

/** Dark or light text, whichever reads better on a tile's fill (WCAG 1.4.3, 4.5:1). */
export function textOn(fill: string, dark = '#000000', light = '#ffffff'): string {
  if (!/^#[0-9a-f]{6}$/i.test(fill.trim())) return 'currentColor';
  return contrastRatio(fill, dark) >= contrastRatio(fill, light) ? dark : light;
}
