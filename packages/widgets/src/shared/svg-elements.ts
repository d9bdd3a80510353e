const SVG_NS = 'http://www.w3.org/2000/svg';

export type SvgAttributes = Readonly<Record<string, string | number | undefined>>;

/**
 * One SVG element with its attributes (undefined ones left out) and children: the
 * hand-drawn charts build their DOM with it. Text is set with textContent, never parsed.
 */
export function svgElement<Tag extends keyof SVGElementTagNameMap>(
  tag: Tag,
  attributes: SvgAttributes = {},
  children: readonly (Node | string)[] = [],
): SVGElementTagNameMap[Tag] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children) element.append(child);
  return element;
}

/** A number as SVG writes it: at most 1 decimal, as Observable Plot rounds its marks. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}
