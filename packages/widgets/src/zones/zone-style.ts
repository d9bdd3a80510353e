/**
 * The zones of the measures ladder (tiltakstrapp) and how they are drawn: a colour AND a
 * pattern each (WCAG 1.4.1: colour is never the only carrier), shared by <slt-zones> and
 * <slt-flow>. Every zone shape gets an outline in the text colour, so its edge keeps 3:1
 * contrast against the background and its neighbours even for the light yellow (1.4.11).
 */
export const ZONES = ['green', 'yellow', 'orange', 'red'] as const;
export type Zone = (typeof ZONES)[number];

export const isZone = (value: unknown): value is Zone => (ZONES as readonly unknown[]).includes(value);

/** Default fills; themes override them with --slt-zone-green ... --slt-zone-red. */
export const ZONE_COLOURS: Readonly<Record<Zone, string>> = {
  green: '#2f8f46',
  yellow: '#f2c300',
  orange: '#d46400',
  red: '#c8102e',
};

/** Pattern ink over each fill: none, dots, diagonal lines, cross-hatch. */
export const ZONE_PATTERNS: Readonly<Record<Zone, 'none' | 'dots' | 'lines' | 'cross'>> = {
  green: 'none',
  yellow: 'dots',
  orange: 'lines',
  red: 'cross',
};

const INK: Readonly<Record<Zone, string>> = { green: '#ffffff', yellow: '#1f1f1f', orange: '#1f1f1f', red: '#ffffff' };

/** The zone colours in force on an element: its custom properties, else the defaults. */
export function zoneColoursOf(element: Element): Record<Zone, string> {
  const style = getComputedStyle(element);
  return Object.fromEntries(
    ZONES.map((zone) => [zone, style.getPropertyValue(`--slt-zone-${zone}`).trim() || ZONE_COLOURS[zone]]),
  ) as Record<Zone, string>;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes (numbers written as they are). */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** The id of a zone's pattern inside one SVG (`prefix` keeps legend and chart ids apart). */
export const patternId = (prefix: string, zone: Zone | 'hidden') => `${prefix}-${zone}`;

/**
 * <pattern> elements for the four zones and for hidden figures (a light grey hatch),
 * to put in an SVG's <defs>. 8 px tiles: large enough to read on a phone, small enough
 * for a 10 px legend swatch.
 */
export function zonePatterns(prefix: string, colours: Readonly<Record<Zone, string>>): SVGPatternElement[] {
  const tile = (id: string, ...children: SVGElement[]) =>
    svgElement('pattern', { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, ...children);
  const patterns = ZONES.map((zone) => {
    const ink = INK[zone];
    const base = svgElement('rect', { width: 8, height: 8, fill: colours[zone] });
    switch (ZONE_PATTERNS[zone]) {
      case 'none':
        return tile(patternId(prefix, zone), base);
      case 'dots':
        return tile(
          patternId(prefix, zone),
          base,
          svgElement('circle', { cx: 2, cy: 2, r: 1.3, fill: ink }),
          svgElement('circle', { cx: 6, cy: 6, r: 1.3, fill: ink }),
        );
      case 'lines':
        return tile(
          patternId(prefix, zone),
          base,
          svgElement('path', { d: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', stroke: ink, 'stroke-width': 1.5 }),
        );
      case 'cross':
        return tile(
          patternId(prefix, zone),
          base,
          svgElement('path', { d: 'M0,0 l8,8 M8,0 l-8,8', stroke: ink, 'stroke-width': 1.2 }),
        );
    }
  });
  const hidden = tile(
    patternId(prefix, 'hidden'),
    svgElement('rect', { width: 8, height: 8, fill: 'var(--_background)' }),
    svgElement('path', { d: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', stroke: 'var(--_muted)', 'stroke-width': 0.8 }),
  );
  return [...patterns, hidden];
}

/** A small square filled with a zone's pattern, outlined, for legends and headers. */
export function zoneSwatch(prefix: string, zone: Zone | 'hidden', x: number, y: number, size = 12): SVGRectElement {
  return svgElement('rect', {
    x,
    y,
    width: size,
    height: size,
    fill: `url(#${patternId(prefix, zone)})`,
    stroke: 'currentColor',
    'stroke-width': 1,
    ...(zone === 'hidden' ? { 'stroke-dasharray': '2 2' } : {}),
  });
}
