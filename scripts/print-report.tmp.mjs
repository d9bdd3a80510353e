import { launchChromium } from './chromium.mjs';
const [origin, out] = process.argv.slice(2);
const browser = await launchChromium();
for (const name of ['levekar', 'utenforskap', 'oppfolging']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/${name}.html`);
  await page.waitForFunction(() => {
    const d = document.querySelector('slt-living-conditions, slt-youth-exclusion, slt-case-followup');
    const ws = [...(d?.shadowRoot?.querySelectorAll('.scope *') ?? [])].filter((e) => e.localName.startsWith('slt-'));
    return ws.length > 0 && ws.every((w) => w.shadowRoot?.querySelector(':is(figure,form)[aria-busy="false"]'));
  }, undefined, { timeout: 60000 });
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(1500);
  const pdf = await page.pdf({ path: `${out}/${name}.pdf`, format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  console.log(name, pages);
  await page.close();
}
await browser.close();
