#!/usr/bin/env node
// Serves the demo the way a municipality would host it: static files only.
//   /          demo/            the pages
//   /slt/      the embed bundle (packages/widgets/dist), precompressed .br/.gz when accepted,
//              also under its versioned paths /slt/v1/ and /slt/v1.2.3/ (the current release)
//   /data/     the public Parquet files in data/ (never data/raw, data/internal or a release history)
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { embedPaths } from './embed-versions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What under data/ must never be served: folders that hold personal data (`raw/`, with a
 * release's register as published in `raw/as-published/`, and `internal/`), at any depth
 * (a profile's own folder, `data/<id>/`, may be a release folder too), and each release
 * folder's history (the operator's record of earlier releases, a withdrawn one included).
 */
const PRIVATE_DATA = /(^|\/)(raw|internal)(\/|$)|^\/bench(\/|$)|release-history[^/]*\.json$/;

/** Whether a request path under /data/ is refused (decoded as the file server reads it). */
export const isPrivateDataPath = (pathname) => PRIVATE_DATA.test(servedPath(pathname).slice('/data'.length));

/** The path as sirv resolves it; undecodable paths count as private (refused). */
function servedPath(pathname) {
  try {
    return decodeURIComponent(pathname).replace(/\/{2,}/g, '/');
  } catch {
    return '/data/internal/';
  }
}

export function createDemoServer() {
  const options = { dev: true, etag: true, dotfiles: false };
  const pages = sirv(join(root, 'demo'), options);
  const bundle = sirv(join(root, 'packages', 'widgets', 'dist'), { ...options, gzip: true, brotli: true });
  const data = sirv(join(root, 'data'), options);
  const versions = embedPaths();
  const notFound = (response) => {
    response.statusCode = 404;
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.end('Not found');
  };

  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const mount = (prefix, handler) => {
      request.url = url.pathname.slice(prefix.length - 1) + url.search;
      handler(request, response, () => notFound(response));
    };
    const versioned = versions.find((path) => url.pathname.startsWith(`/slt/${path}/`));
    if (versioned) return mount(`/slt/${versioned}/`, bundle);
    if (url.pathname.startsWith('/slt/')) return mount('/slt/', bundle);
    if (url.pathname.startsWith('/data/')) {
      // Checked on the path as the file server will read it: decoded, with `//` collapsed
      // (`/data//internal/…` and `/data/%69nternal/…` reached data/internal before).
      if (isPrivateDataPath(url.pathname)) return notFound(response);
      return mount('/data/', data);
    }
    return pages(request, response, () => notFound(response));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  createDemoServer().listen(port, () => {
    console.log(`Demo: http://localhost:${port}/  (PORT=${port}; Ctrl+C stops)`);
  });
}
