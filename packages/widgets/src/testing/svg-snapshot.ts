/**
 * A chart's SVG as a stable golden text: numbers rounded to one decimal, attributes
 * sorted, the focus ring and generated class suffixes removed, one element per line, so a
 * snapshot changes only when what is drawn changes, and its diff is readable.
 */
export function normaliseSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('.slt-focus-ring, style').forEach((node) => node.remove());
  const lines: string[] = [];
  const walk = (element: Element, depth: number) => {
    const attributes = [...element.attributes]
      .filter((attribute) => !(attribute.name === 'class' && /^plot-[0-9a-f]+$/.test(attribute.value)))
      .map((attribute) => `${attribute.name}="${roundNumbers(attribute.name === 'class' ? attribute.value.replace(/\bplot-[0-9a-f]+\b/g, 'plot') : attribute.value)}"`)
      .sort();
    const text = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent?.trim() ?? '')
      .join('');
    lines.push(`${'  '.repeat(depth)}<${element.tagName.toLowerCase()}${attributes.length ? ` ${attributes.join(' ')}` : ''}>${text}`);
    for (const child of element.children) walk(child, depth + 1);
  };
  walk(copy, 0);
  return `${lines.join('\n')}\n`;
}

function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d+/g, (number) => {
    const rounded = Math.round(Number(number) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}
