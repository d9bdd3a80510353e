// The demo site as the e2e tests serve it: the built bundle at /slt/, the public Parquet
// files at /data/ (never the internal or raw tiers, benchmark data or recorded sources),
// the test fixtures at /fixtures/ and the demo pages at /. One local server per test file.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

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
    const url = request.url ?? '/';
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
