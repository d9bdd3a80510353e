/**
 * A worker script must come from the page's own origin. When the bundle is hosted on
 * another origin (a municipality's asset host), start the worker from a same-origin
 * blob that imports the real script. The page's CSP then needs `worker-src blob:`.
 */
export function workerUrlFor(scriptUrl: string, pageOrigin = globalThis.location?.origin): string {
  const url = new URL(scriptUrl, globalThis.location?.href);
  if (pageOrigin === undefined || url.origin === pageOrigin) return url.href;
  const source = `importScripts(${JSON.stringify(url.href)});`;
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}
