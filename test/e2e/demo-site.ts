// The demo site as the e2e tests serve it: the built bundle at /slt/ (and /slt/v1/), the public Parquet
// files at /data/ (never the internal or raw tiers, benchmark data or recorded sources),
// the test fixtures at /fixtures/ and the demo pages at /. One local server per test file.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface DemoSite {
  readonly server: Server;
  readonly origin: string;
}

export function serveDemoSite(dist: string): Promise<DemoSite> {
  const bundle = sirv(dist, { dev: true, gzip: true, brotli: true });
  const data = sirv(`${root}data`, { dev: true });
  const fixtures = sirv(`${root}test/fixtures`, { dev: true });
  const pages = sirv(`${root}demo`, { dev: true });
  const server = createServer((request, response) => {
    const notFound = () => {
      response.statusCode = 404;
      response.end('not found');
    };
    // The versioned paths of the bundle (/slt/v1/, /slt/v1.2.3/), as the demo server and a
    // published site have them: the iframe page loads /slt/v1/.
    const url = (request.url ?? '/').replace(/^\/slt\/v\d+(?:\.\d+){0,2}\//, '/slt/');
    for (const [prefix, handler] of [['/slt/', bundle], ['/data/', data], ['/fixtures/', fixtures]] as const) {
      if (!url.startsWith(prefix)) continue;
      if (/^\/data\/(raw|internal|bench|sources)\//.test(url)) return notFound();
      request.url = url.slice(prefix.length - 1);
      return handler(request, response, notFound);
    }
    return pages(request, response, notFound);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

/** The built bundle the e2e tests serve (SLT_DIST points at another build, e.g. a packed one). */
export const DIST = process.env.SLT_DIST ?? `${root}packages/widgets/dist`;

/**
 * Inside a describe block: one Chromium and one demo-site server for its tests, started
 * before the first and closed after the last. Read `browser` and `site` inside the tests.
 */
export function useDemoSite(dist = DIST): { readonly browser: Browser; readonly site: DemoSite } {
  const held = {} as { browser: Browser; site: DemoSite };
  beforeAll(async () => {
    if (!existsSync(`${dist}/slt-widgets.js`)) throw new Error('Build the bundle first: node scripts/build.mjs');
    held.browser = (await launchChromium()) as Browser;
    held.site = await serveDemoSite(dist);
  });
  afterAll(async () => {
    await held.browser?.close();
    held.site?.server.close();
  });
  return held;
}
