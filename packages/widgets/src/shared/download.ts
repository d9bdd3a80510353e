/** Saving what a chart shows: its data as CSV, the chart as SVG or PNG. */

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a heading: "Unge 16–25 år" -> "unge-16-25-ar". */
export function fileNameOf(heading: string, fallback: string): string {
  const base = heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base || fallback;
}

/**
 * A standalone copy of a chart's SVG: the CSS custom properties and `currentColor` it
 * uses inside the widget are replaced by their values, and it gets a background and a
 * font, so it looks the same in a report or a slide.
 */
export function standaloneSvg(svg: SVGSVGElement, host: Element): string {
  const style = getComputedStyle(host);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('.slt-focus-ring').forEach((ring) => ring.remove());
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const width = svg.getAttribute('width') ?? String(svg.clientWidth);
  const height = svg.getAttribute('height') ?? String(svg.clientHeight);
  copy.setAttribute('width', width);
  copy.setAttribute('height', height);
  copy.style.fontFamily = style.fontFamily;
  copy.style.color = style.color;
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', style.getPropertyValue('--_background').trim() || '#ffffff');
  copy.prepend(background);
  const text = new XMLSerializer().serializeToString(copy);
  return text
    .replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (_match, name: string, fallback?: string) => style.getPropertyValue(name).trim() || fallback || '#000000')
    .replace(/currentColor/g, style.color);
}

/** The chart as a PNG at twice its size (sharp on high-density screens and in print). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
