// temporary helper (not committed): screenshot a dashboard, optionally set its focus / toggle the view.
import { launchChromium } from './chromium.mjs';
const [url, out, width = '1280', action = '', scheme = 'light', clip = ''] = process.argv.slice(2);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`); });
  await page.goto(url, { waitUntil: 'load' });
  const settle = () => page.waitForFunction(() => {
    const d = document.querySelector('slt-youth-exclusion, slt-living-conditions');
    const art = d?.shadowRoot?.querySelector('article');
    if (art?.getAttribute('data-state') !== 'ready') return false;
    const ws = [...d.shadowRoot.querySelectorAll('.scope *')].filter((e) => e.localName.startsWith('slt-'));
    return ws.length > 0 && ws.every((w) => ['ready', 'empty', 'error'].includes(w.getAttribute('state') ?? ''));
  }, undefined, { timeout: 60_000 });
  await settle();
  for (const step of action.split(',').filter(Boolean)) {
    if (step.startsWith('focus=')) await page.evaluate((f) => document.querySelector('slt-youth-exclusion, slt-living-conditions').setAttribute('focus', f), step.slice(6));
    if (step === 'toggle') await page.evaluate(() => document.querySelector('slt-youth-exclusion, slt-living-conditions').shadowRoot.querySelector('button.view-toggle').click());
    await page.waitForTimeout(500);
    await settle();
  }
  await page.waitForTimeout(800);
  const info = await page.evaluate(() => {
    const d = document.querySelector('slt-youth-exclusion, slt-living-conditions');
    const b = d.shadowRoot.querySelector('button.view-toggle');
    const t = d.shadowRoot.querySelector('slt-average-trend');
    return { pressed: b?.getAttribute('aria-pressed'), note: d.shadowRoot.querySelector('.view-note')?.textContent, view: d.getAttribute('view'),
      avg: t ? { heading: t.getAttribute('heading'), legend: t.shadowRoot.querySelector('[part=legend]')?.textContent?.replace(/\s+/g, ' '), summary: t.shadowRoot.querySelector('[part=summary]')?.textContent?.replace(/\s+/g, ' ') } : null };
  });
  console.log(JSON.stringify(info, null, 1));
  if (clip) {
    const [y, h] = clip.split(':').map(Number);
    await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y, width: Number(width), height: h } });
  } else await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
