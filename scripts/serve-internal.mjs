#!/usr/bin/env node
// The internal demo: <slt-casework> over data/internal/ for the 4-party group, the way a
// municipality would put it behind its login. Separate from the public demo (serve.mjs),
// which never serves data/internal.
//   - listens on localhost only (127.0.0.1), never on the network;
//   - every request needs the password (HTTP Basic, any user name): SLT_INTERNAL_PASSWORD,
//     or a random one printed at start;
//   - every response says Cache-Control: no-store (no copy of personal data in a browser
//     or proxy cache) and Referrer-Policy: no-referrer (no URL with a pseudonym in it
//     leaks to another site), and may not be framed;
//   - data/raw and data/bench are never served, not even after login.
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NEVER = /^\/(raw|bench)(\/|$)/;
const LANGUAGES = new Set(['nb', 'nn', 'da', 'en']);

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
};

const digest = (text) => createHash('sha256').update(text, 'utf8').digest();

/** Whether an Authorization header carries the password (constant time; any user name). */
export function hasPassword(header, password) {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  if (!match) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const given = decoded.slice(decoded.indexOf(':') + 1);
  return decoded.includes(':') && timingSafeEqual(digest(given), digest(password));
}

function page(lang) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>SLT 4-party meeting (internal)</title>
<style>body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; } nav a { margin-inline-end: 0.75rem; }</style>
</head>
<body>
<nav aria-label="Language">${[...LANGUAGES].map((l) => `<a href="?lang=${l}" lang="${l}"${l === lang ? ' aria-current="page"' : ''}>${l}</a>`).join('')}</nav>
<main>
<slt-casework src="/data/internal/case_events.parquet"></slt-casework>
</main>
<script type="module" src="/slt/slt-widgets.js"></script>
</body>
</html>
`;
}

/** The internal server; `password` is required. */
export function createInternalServer({ password }) {
  if (typeof password !== 'string' || password.length < 8) throw new Error('createInternalServer: a password of 8 characters or more');
  const options = { dev: true, etag: false, dotfiles: false, setHeaders: (response) => setSecurityHeaders(response) };
  const bundle = sirv(join(root, 'packages', 'widgets', 'dist'), { ...options, gzip: true, brotli: true });
  const data = sirv(join(root, 'data'), options);
  const setSecurityHeaders = (response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  };
  const reply = (response, status, text, extra = {}) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...extra });
    response.end(text);
  };

  return createServer((request, response) => {
    setSecurityHeaders(response);
    if (!hasPassword(request.headers.authorization, password)) {
      return reply(response, 401, 'Login required', { 'www-authenticate': 'Basic realm="SLT internal", charset="UTF-8"' });
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname).replace(/\/{2,}/g, '/');
    } catch {
      return reply(response, 400, 'Bad request');
    }
    const mount = (prefix, handler) => {
      request.url = path.slice(prefix.length - 1) + url.search;
      handler(request, response, () => reply(response, 404, 'Not found'));
    };
    if (path === '/' || path === '/index.html') {
      const lang = LANGUAGES.has(url.searchParams.get('lang') ?? '') ? url.searchParams.get('lang') : 'nb';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(page(lang));
    }
    if (path.startsWith('/slt/')) return mount('/slt/', bundle);
    if (path.startsWith('/data/')) {
      if (NEVER.test(path.slice('/data'.length))) return reply(response, 404, 'Not found');
      return mount('/data/', data);
    }
    return reply(response, 404, 'Not found');
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8443);
  const fromEnvironment = process.env.SLT_INTERNAL_PASSWORD;
  const password = fromEnvironment || randomBytes(12).toString('base64url');
  createInternalServer({ password }).listen(port, '127.0.0.1', () => {
    console.log(`Internal demo (4-party meeting, personal data): http://localhost:${port}/  (localhost only; Ctrl+C stops)`);
    console.log(fromEnvironment ? 'Password: from SLT_INTERNAL_PASSWORD (any user name).' : `Password (any user name): ${password}`);
  });
}
