#!/usr/bin/env node
// Look at a page as a reader does: node scripts/screenshot.mjs <url> <out.png> [width] [dark]
import { launchChromium } from './chromium.mjs';

const [url, out = 'screenshot.png', width = '1200', scheme = 'light'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [light|dark]');
  process.exit(2);
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme });
  page.on('console', (message) => console.log(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  // Wait until there are widgets and none is loading any more (or 20 s).
  await page
    .waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('*')].filter((element) => element.tagName.startsWith('SLT-'));
        return widgets.length > 0 && widgets.every((element) => element.shadowRoot?.querySelector(':is(figure, form, article)[aria-busy="false"]'));
      },
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => console.log('widgets still loading after 20 s'));
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
