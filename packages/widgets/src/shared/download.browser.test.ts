// A chart saved as an image, in real Chromium over a real file: it keeps its heading and its
// credit (the source line CC BY 4.0 asks for, and the demo-data marker), in the widget's font
// and not the page's. Before, the PNG was the plot alone, in the page's serif.
import { afterEach, expect, it, vi } from 'vitest';
import '../index.ts';

afterEach(() => {
  document.body.replaceChildren();
  document.body.style.fontFamily = '';
  vi.restoreAllMocks();
});

it('saves the chart as SVG and PNG with its heading above and its source below, in the widget\'s font', async () => {
  document.documentElement.lang = 'nb';
  document.body.style.fontFamily = 'Georgia, serif';
  const element = document.createElement('slt-trend') as HTMLElement & { downloadSvg(): void; downloadPng(): Promise<void> };
  element.setAttribute('src', '/data/indicators.parquet');
  element.setAttribute('filter', 'indicator=neet&age_group=16-25&sex=all&area=Asker');
  element.setAttribute('unit', 'percent');
  element.setAttribute('heading', 'Unge 16–25 år utenfor arbeid og utdanning, en overskrift lang nok til å brytes over to linjer i bildet');
  const box = document.createElement('div');
  box.style.width = '480px';
  box.append(element);
  document.body.append(box);
  await vi.waitFor(() => expect(element.getAttribute('state')).toBe('ready'), { timeout: 40_000 });
  const saved: Blob[] = [];
  // Recorded, and still made: the PNG is drawn from the SVG through a blob URL.
  const createObjectURL = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), createObjectURL(blob as Blob)));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

  element.downloadSvg();
  const svg = new DOMParser().parseFromString(await saved[0]!.text(), 'image/svg+xml').documentElement;
  const lines = [...svg.querySelectorAll(':scope > text')].map((text) => text.textContent);
  expect(lines.length).toBeGreaterThanOrEqual(4);
  // The heading, wrapped to the chart's width, then the credit.
  expect(lines.slice(0, 2).join(' ')).toBe('Unge 16–25 år utenfor arbeid og utdanning, en overskrift lang nok til å brytes over to linjer i bildet');
  const credit = lines.slice(2).join(' ');
  expect(credit).toMatch(/^Demodata – tallene er syntetiske\. Kilde: Statistisk sentralbyrå \(SSB\)/);
  expect(svg.getAttribute('style')).toMatch(/font-family: system-ui/);
  expect(svg.getAttribute('style')).not.toMatch(/Georgia/);
  // The chart itself, whole, under the heading.
  expect(svg.querySelector(':scope > svg [aria-label], :scope > svg path')).not.toBeNull();

  await element.downloadPng();
  const png = await createImageBitmap(saved[saved.length - 1]!);
  expect(png.width).toBe(2 * Number(svg.getAttribute('width')));
  expect(png.height).toBe(2 * Number(svg.getAttribute('height')));
});
