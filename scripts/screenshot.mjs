#!/usr/bin/env node
// Look at a page as a reader does: node scripts/screenshot.mjs <url> <out.png> [width] [dark]
import { launchChromium, widgetsSettled } from './chromium.mjs';

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
  await widgetsSettled(page);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
