#!/usr/bin/env node
// The dashboards' pictures in docs/screenshots/, as a reader sees them: each dashboard page at
// 1280 px and 390 px (whole page), and every page of its printed A4 report (the PDF Chromium
// prints, rasterised with poppler's pdftoppm). Needs the bundle (node scripts/build.mjs) and a
// running demo server: PORT=8123 node scripts/serve.mjs, then
//   node scripts/docs-screenshots.mjs [http://localhost:8123]
// Not part of npm test: the pictures are for people to look at (issue 11).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const origin = process.argv[2] ?? 'http://localhost:8123';
const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const DASHBOARDS = ['levekar', 'utenforskap', 'oppfolging'];
const WIDTHS = { desktop: 1280, phone: 390 };

/** Waits until every element on the page has left its loading state (or 20 s). */
async function settled(page) {
  await page
    .waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('*')].filter((element) => element.tagName.startsWith('SLT-'));
        return widgets.length > 0 && widgets.every((element) => element.shadowRoot?.querySelector(':is(figure, form, article)[aria-busy="false"]'));
      },
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => console.log(`${page.url()}: widgets still loading after 20 s`));
}

const browser = await launchChromium();
const scratch = mkdtempSync(join(tmpdir(), 'slt-print-'));
try {
  for (const name of DASHBOARDS) {
    for (const [form, width] of Object.entries(WIDTHS)) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
      await settled(page);
      await page.screenshot({ path: join(out, `${name}-${form}.png`), fullPage: true });
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
    await settled(page);
    const pdf = join(scratch, `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    await page.close();
    for (const old of readdirSync(out).filter((file) => file.startsWith(`print-${name}-`))) rmSync(join(out, old));
    // 60 dpi: an A4 page as 497 x 703 px, enough to see the layout and read the headings.
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, `print-${name}`)]);
    // pdftoppm numbers pages 1, 2, ... (or 01, 02 past nine); keep print-<name>-<n>.png.
    for (const file of readdirSync(out).filter((f) => f.startsWith(`print-${name}-`))) {
      const page = Number(file.slice(`print-${name}-`.length, -'.png'.length));
      const wanted = `print-${name}-${page}.png`;
      if (file !== wanted) execFileSync('mv', [join(out, file), join(out, wanted)]);
    }
    console.log(`${name}: ${readdirSync(out).filter((f) => f.startsWith(`print-${name}-`)).length} printed pages`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  await browser.close();
}
