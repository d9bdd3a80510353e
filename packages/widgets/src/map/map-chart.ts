import { formatValue, type Language, type Unit } from '@slt/engine';
import { binIndex, textOn, type Bin } from './map-bins.ts';
import type { District } from './map-data.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Classes tests and styles rely on. */
export const TILE_CLASS = 'slt-map-tile';
export const SHAPE_CLASS = 'slt-map-shape';
export const SELECTED_CLASS = 'slt-map-selected';
export const HATCH_ID = 'slt-map-hatch';

/** What a district looks like, shared by tiles and shapes. */
export interface DistrictLook {
  readonly fill: string;
  /** Text colour on that fill. */
  readonly ink: string;
  /** Written on the tile: the value, ':' or "missing". */
  readonly label: string;
  /** Tooltip and read-out: "Borgen: 15,5 %". */
  readonly title: string;
}

export interface LookOptions {
  readonly bins: readonly Bin[];
  readonly unit: Unit;
  readonly decimals: number | undefined;
  readonly language: Language;
  /** The explanation of ':' in the reader's language. */
  readonly hiddenText: string;
  readonly missingText: string;
}

export function lookOf(district: District, options: LookOptions): DistrictLook {
  if (district.hidden) {
    return { fill: `url(#${HATCH_ID})`, ink: 'var(--_text)', label: ':', title: `${district.name}: : (${options.hiddenText})` };
  }
  if (district.value === null) {
    return { fill: 'var(--_background)', ink: 'var(--_text)', label: options.missingText, title: `${district.name}: ${options.missingText}` };
  }
  const value = formatValue(district.value, options.unit, options.language, options.decimals);
  const fill = options.bins[binIndex(options.bins, district.value)]?.colour ?? 'var(--_muted)';
  return { fill, ink: textOn(fill), label: value, title: `${district.name}: ${value}` };
}

/** A diagonal hatch for hidden figures: visible in colour, greyscale and print. */
export function hatchDefs(): SVGDefsElement {
  const defs = element('defs', {});
  const pattern = element('pattern', {
    id: HATCH_ID,
    patternUnits: 'userSpaceOnUse',
    width: '6',
    height: '6',
    patternTransform: 'rotate(45)',
  });
  pattern.append(
    element('rect', { width: '6', height: '6', fill: 'var(--_background)' }),
    element('line', { x1: '0', y1: '0', x2: '0', y2: '6', stroke: 'var(--_muted)', 'stroke-width': '2.5' }),
  );
  defs.append(pattern);
  return defs;
}

export function element<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** Text with a halo in the background colour, readable on the hatch too. */
export function label(text: string, attributes: Record<string, string>, halo: boolean): SVGTextElement {
  const node = element('text', {
    ...attributes,
    ...(halo ? { stroke: 'var(--_background)', 'stroke-width': '3', 'paint-order': 'stroke', 'stroke-linejoin': 'round' } : {}),
  });
  node.textContent = text;
  return node;
}

/**
 * A name broken into at most `maxLines` lines of about `chars` characters, after spaces,
 * hyphens or slashes. A line of one word may be up to `most` characters (the caller condenses it);
 * what is longer ends in '…' (the tooltip and the table have it whole).
 */
export function nameLines(name: string, chars: number, most = chars, maxLines = 2): string[] {
  const words = name.split(/(?<=[\s/-])/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && (line + word).trimEnd().length > chars) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += word;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  const fitted = lines.slice(0, maxLines).map((text) => (text.length > most ? `${text.slice(0, Math.max(1, most - 1))}…` : text));
  const last = maxLines - 1;
  if (lines.length > maxLines) fitted[last] = `${fitted[last]!.slice(0, Math.max(1, Math.min(chars, most) - 1)).trimEnd()}…`;
  return fitted;
}
