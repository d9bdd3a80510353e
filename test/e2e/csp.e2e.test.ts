// The smallest Content Security Policy the widgets need (docs/EMBEDDING.md), served as an
// HTTP header with demo/csp.html: with the bundle and data on the page's origin, and on an
// asset host. Every chart draws, DuckDB-WASM answers, a PNG download works, and nothing
// is reported as a violation; without any one directive something breaks.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}packages/widgets/dist`;
const demo = readFileSync(`${root}demo/csp.html`, 'utf8');

/** The hash of the one <style> element Observable Plot writes into each of its charts (the bars, the map; Plot 0.6.17). */
const PLOT_STYLE_HASH = "'sha256-jSYQUrW7J0b3jPqhZP9C2Xh1PyJKHKXd4s0fpGGKrww='";

/** The policy, directive by directive; `assets` is where the bundle and data are. */
function policy(assets: string | null): Record<string, string> {
  const source = assets ?? "'self'";
  return {
    'default-src': "'none'",
    'script-src': `${source} 'wasm-unsafe-eval'`,
    // Same origin: worker-src falls back to script-src 'self'. Another origin: the worker
    // starts from a same-origin blob that imports the real script.
    ...(assets ? { 'worker-src': 'blob:' } : {}),
    'connect-src': source,
    'img-src': 'blob:',
    'style-src-elem': PLOT_STYLE_HASH,
    'style-src-attr': "'unsafe-inline'",
  };
}
const header = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

const WIDGETS = ['slt-trend', 'slt-bars', 'slt-kpi', 'slt-table', 'slt-zones', 'slt-flow'];

describe('the strict-CSP page', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  let assets: Server;
  let assetsOrigin: string;
  /** The CSP header the page server sends (set per test). */
  let csp = '';

  beforeAll(async () => {
    if (!existsSync(`${dist}/slt-widgets.js`)) throw new Error('Build the bundle first: node scripts/build.mjs');
    const bundle = sirv(dist, { dev: true, gzip: true, brotli: true });
    const data = sirv(`${root}data`, { dev: true });
    const files = (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => {
      const url = request.url ?? '/';
      const [prefix, handler] = url.startsWith('/slt/') ? ['/slt', bundle] : url.startsWith('/data/') ? ['/data', data] : [];
      if (!handler) return void response.writeHead(404).end();
      request.url = url.slice(prefix!.length);
      handler(request, response, () => void response.writeHead(404).end());
    };
    const listen = async (handler: Parameters<typeof createServer>[1]) => {
      const created = createServer(handler);
      await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve));
      return { created, url: `http://127.0.0.1:${(created.address() as AddressInfo).port}` };
    };
    // The page's origin: the policy on every response (the worker script's too).
    ({ created: server, url: origin } = await listen((request, response) => {
      response.setHeader('content-security-policy', csp);
      if (request.url === '/csp.html' || request.url === '/csp-cross.html') {
        response.setHeader('content-type', 'text/html; charset=utf-8');
        const page = request.url === '/csp.html' ? demo : demo.replace(/"\/(slt|data)\//g, `"${assetsOrigin}/$1/`);
        return void response.end(page);
      }
      files(request, response);
    }));
    // The asset host: bundle and data with CORS.
    ({ created: assets, url: assetsOrigin } = await listen((request, response) => {
      response.setHeader('access-control-allow-origin', '*');
      files(request, response);
    }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    assets?.close();
  });

  /** Loads the page under a policy and reports what worked and what was refused. */
  async function run(directives: Record<string, string>, path: string, patience = 20_000) {
    csp = header(directives);
    const page = await browser.newPage({ acceptDownloads: true });
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.exposeFunction('reportViolation', (text: string) => problems.push(`violation: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        ),
      );
    });
    await page.goto(`${origin}${path}`);
    const drawn = await page
      .waitForFunction(
        (names) => names.every((name) => document.querySelector(name)?.shadowRoot?.querySelector('figure[aria-busy="false"]')),
        WIDGETS,
        { timeout: patience },
      )
      .then(() => page.evaluate(() => document.querySelector('slt-trend')!.shadowRoot!.querySelectorAll('.slt-trend-points > *').length))
      .catch(() => 0);
    // DuckDB-WASM (wasm compiled in its worker) must answer too.
    const duckdb = await page
      .evaluate(async (patience) => {
        const engine = (globalThis as Record<symbol, { duckdb(): Promise<{ connect(): Promise<{ query(sql: string): Promise<{ toArray(): { x: number }[] }> }> }> }>)[Symbol.for('slt.engine')]!;
        const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${patience} ms`)), patience));
        const connection = await Promise.race([engine.duckdb().then((db) => db.connect()), timeout]);
        return String((await connection.query('SELECT 42 AS x')).toArray()[0]!.x);
      }, patience)
      .catch((error: Error) => `failed: ${error.message}`);
    // The PNG download draws the SVG through a blob: image.
    const png = await Promise.all([
      page.waitForEvent('download', { timeout: patience }).then((download) => download.suggestedFilename()),
      // The download is an item of the chart's actions menu ("Last ned og del").
      page.locator('slt-trend .menu-button').click().then(() => page.locator('slt-trend [role="menuitem"]', { hasText: 'Bilde (PNG)' }).click()),
    ])
      .then(([name]) => name)
      .catch(() => 'no download');
    const plotStyle = await page.evaluate(() => document.querySelector('slt-bars')!.shadowRoot!.querySelector('svg style')?.textContent ?? '');
    await page.waitForTimeout(200);
    await page.close();
    return { drawn, duckdb, png, problems, plotStyleHash: `'sha256-${createHash('sha256').update(plotStyle).digest('base64')}'` };
  }

  const works = { drawn: 20, duckdb: '42', png: expect.stringMatching(/\.png$/), problems: [] };

  it('works with the bundle and data on the page’s origin', async () => {
    const result = await run(policy(null), '/csp.html');
    expect(result).toMatchObject(works);
    // Plot's style text changed (a Plot upgrade)? Then update the hash here and in docs/EMBEDDING.md.
    expect(result.plotStyleHash).toBe(PLOT_STYLE_HASH);
  });

  it('works with the bundle and data on an asset host', async () => {
    expect(await run(policy(assetsOrigin), '/csp-cross.html')).toMatchObject(works);
  });

  it('breaks without any one of its directives', async () => {
    const cases = [
      ...Object.keys(policy(null)).filter((name) => name !== 'default-src').map((name) => ({ name, assets: null })),
      { name: 'worker-src', assets: assetsOrigin },
    ];
    for (const { name, assets } of cases) {
      const directives = { ...policy(assets) };
      // A fetch directive left out falls back to default-src 'none'.
      if (name === 'script-src') directives[name] = assets ?? "'self'"; // the bundle must still load: drop only 'wasm-unsafe-eval'
      else delete directives[name];
      const result = await run(directives, assets ? '/csp-cross.html' : '/csp.html', 6_000);
      if (process.env.SLT_CSP_DEBUG) console.log(name, assets ? 'cross' : 'same', JSON.stringify({ ...result, problems: result.problems.slice(0, 2) }));
      expect.soft(result, `without ${name === 'script-src' ? "'wasm-unsafe-eval'" : name}`).not.toMatchObject(works);
    }
  }, 240_000);
});
