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

/** What is written around the chart in a saved image: a shared image keeps its title and credit. */
export interface ImageFrame {
  /** The chart's heading, above it. */
  readonly heading?: string;
  /** The source and update line (and the demo-data marker), below it: CC BY 4.0 asks for the credit. */
  readonly credit?: string;
}

/** A saved image: the SVG's text and its size in CSS pixels. */
export interface StandaloneImage {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 12;
const HEADING_SIZE = 16;
const CREDIT_SIZE = 11;

/**
 * A standalone copy of a chart's SVG, as it looks in the widget, for a report or a slide: the
 * CSS custom properties and `currentColor` it uses inside the widget are replaced by their
 * values; it gets a background, the widget's font (not the page's: a page in a serif font gave
 * the saved chart a serif), the heading above and the source below (a chart shared without
 * "Kilde" loses the credit its licence asks for).
 */
export function standaloneSvg(svg: SVGSVGElement, host: Element, frame: ImageFrame = {}): StandaloneImage {
  // The widget's root sets the font and colours; the host has the page's.
  const style = getComputedStyle(host.shadowRoot?.querySelector('figure') ?? host);
  const chartWidth = Number(svg.getAttribute('width') ?? svg.clientWidth);
  const chartHeight = Number(svg.getAttribute('height') ?? svg.clientHeight);
  const width = chartWidth + 2 * MARGIN;
  const font = style.fontFamily;
  const heading = wrap(frame.heading?.trim() ?? '', `650 ${HEADING_SIZE}px ${font}`, chartWidth);
  const credit = wrap(frame.credit?.replace(/\s+/g, ' ').trim() ?? '', `${CREDIT_SIZE}px ${font}`, chartWidth);
  const headingHeight = heading.length * HEADING_SIZE * 1.3;
  const chartTop = MARGIN + headingHeight + (heading.length > 0 ? 8 : 0);
  const height = chartTop + chartHeight + (credit.length > 0 ? 8 + credit.length * CREDIT_SIZE * 1.4 : 0) + MARGIN;

  const image = document.createElementNS(SVG_NS, 'svg');
  image.setAttribute('xmlns', SVG_NS);
  image.setAttribute('width', String(width));
  image.setAttribute('height', String(Math.ceil(height)));
  image.setAttribute('viewBox', `0 0 ${width} ${Math.ceil(height)}`);
  image.style.fontFamily = font;
  image.style.color = style.color;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', style.getPropertyValue('--_background').trim() || '#ffffff');
  image.append(background);
  const lines = (texts: readonly string[], top: number, size: number, attributes: Record<string, string>) =>
    texts.forEach((line, i) => {
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', String(MARGIN));
      text.setAttribute('y', String(top + (i + 1) * size * (size === HEADING_SIZE ? 1.3 : 1.4) - size * 0.3));
      text.setAttribute('font-size', String(size));
      for (const [name, value] of Object.entries(attributes)) text.setAttribute(name, value);
      text.textContent = line;
      image.append(text);
    });
  lines(heading, MARGIN, HEADING_SIZE, { 'font-weight': '650', fill: 'currentColor' });
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.querySelectorAll('.slt-focus-ring').forEach((ring) => ring.remove());
  chart.setAttribute('x', String(MARGIN));
  chart.setAttribute('y', String(chartTop));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  image.append(chart);
  lines(credit, chartTop + chartHeight + 8, CREDIT_SIZE, { fill: style.getPropertyValue('--_muted').trim() || 'currentColor' });

  const text = new XMLSerializer()
    .serializeToString(image)
    .replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (_match, name: string, fallback?: string) => style.getPropertyValue(name).trim() || fallback || '#000000')
    .replace(/currentColor/g, style.color);
  return { text, width, height: Math.ceil(height) };
}

/** Lines of at most `width` pixels in `font` (measured on a canvas), broken at spaces. */
function wrap(text: string, font: string, width: number): string[] {
  if (text === '') return [];
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return [text];
  context.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart as a PNG at twice its size (sharp on high-density screens and in print). */
export async function svgToPng({ text: svgText, width, height }: StandaloneImage, scale = 2): Promise<Blob> {
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
