// A static site for the package tests: each prefix maps to a folder or to a fixed HTML page.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Site {
  readonly server: Server;
  readonly origin: string;
}

export async function staticSite(routes: Record<string, string | { html: string }>): Promise<Site> {
  const handlers = Object.entries(routes).map(([prefix, target]) => ({
    prefix,
    handle:
      typeof target === 'string'
        ? sirv(target, { dev: true, gzip: true, brotli: true })
        : (_request: unknown, response: ServerResponse) => {
            response.setHeader('content-type', 'text/html; charset=utf-8');
            response.end(target.html);
          },
  }));
  const server = createServer((request, response) => {
    const route = handlers.find(({ prefix }) => request.url?.startsWith(prefix));
    const notFound = () => {
      response.statusCode = 404;
      response.end('not found');
    };
    if (!route) return notFound();
    request.url = request.url!.slice(route.prefix.length - 1) || '/';
    route.handle(request as never, response, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
