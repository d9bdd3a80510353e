/**
 * Loads each element's code when the page first uses its tag: now for the tags already in
 * the document, later for tags a CMS or a framework adds (a MutationObserver on the
 * document). Tags inside other components' shadow roots are not seen: call
 * `loadElementsIn(shadowRoot)` for those, or import the element's module.
 */
export function loadElementsOnUse(
  loaders: Readonly<Record<string, () => Promise<unknown>>>,
  root: Document | undefined = globalThis.document,
): void {
  if (root === undefined || globalThis.customElements === undefined) return;
  const loader = elementLoader(loaders);
  loader.scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) loader.scan(node as Element);
      }
    }
    if (loader.done()) observer.disconnect();
  });
  if (!loader.done()) observer.observe(root, { childList: true, subtree: true });
  ((globalThis as { [SCANNERS]?: Array<(node: ParentNode) => void> })[SCANNERS] ??= []).push((node) => loader.scan(node));
}

/** Page-wide across copies of the bundle: each copy's scan, for the tags it loads. */
const SCANNERS = Symbol.for('slt.widgets.scanners');

/**
 * Loads the elements used under `node` (a shadow root the document observer cannot see), once:
 * call it again after adding tags there. Whichever copy of the bundle it is called on, every
 * copy's tags are looked for.
 */
export function loadElementsIn(node: ParentNode): void {
  for (const scan of (globalThis as { [SCANNERS]?: Array<(node: ParentNode) => void> })[SCANNERS] ?? []) scan(node);
}

function elementLoader(loaders: Readonly<Record<string, () => Promise<unknown>>>) {
  const waiting = new Set(Object.keys(loaders));
  const selector = [...waiting].join(',');
  const load = (tag: string) => {
    if (!waiting.delete(tag) || customElements.get(tag) !== undefined) return;
    loaders[tag]!().then(
      () => clearLoadFailures(tag),
      (error: unknown) => {
        // A failed download (offline, a deploy in progress) may be retried by the next use.
        waiting.add(tag);
        console.error(`SLT widgets: the code for <${tag}> could not be loaded.`, error);
        showLoadFailures(tag);
      },
    );
  };
  return {
    scan(node: ParentNode): void {
      if (waiting.size === 0) return;
      if (node instanceof Element && waiting.has(node.localName)) load(node.localName);
      for (const element of node.querySelectorAll(selector)) load(element.localName);
    },
    done: () => waiting.size === 0,
  };
}

/**
 * What a reader sees where an element's code could not be loaded, in the page's language. Its
 * own table and language lookup, not MESSAGES and languageOf: those live in the shared chunk
 * (vite.config.ts, widgets-base), which may be the very code that did not come, and the entry
 * that imported them would wait for that chunk before it could boot.
 */
const LOAD_FAILED: Readonly<Record<string, string>> = {
  nb: 'Figuren kunne ikke lastes. Last inn siden på nytt.',
  nn: 'Figuren kunne ikkje lastast. Last inn sida på nytt.',
  da: 'Figuren kunne ikke indlæses. Genindlæs siden.',
  en: 'The chart could not be loaded. Reload the page.',
};
const FAILURE_CLASS = 'slt-load-failed';

/**
 * Says so in each element of `tag` on the page: before, the tag stayed an empty box of 0 px
 * and only the console knew. The message is a child in the element's light DOM, so it shows
 * while the element is undefined and is gone from view once it is defined (its shadow root has
 * no slot). Styled through the CSSOM, which a strict CSP allows.
 */
function showLoadFailures(tag: string): void {
  for (const element of document.querySelectorAll(tag)) {
    if (element.querySelector(`:scope > .${FAILURE_CLASS}`)) continue;
    const language = (element.closest('[lang]')?.getAttribute('lang') ?? 'nb').toLowerCase().slice(0, 2);
    const message = document.createElement('p');
    message.className = FAILURE_CLASS;
    message.setAttribute('role', 'alert');
    message.textContent = LOAD_FAILED[language === 'no' ? 'nb' : language] ?? LOAD_FAILED.nb!;
    Object.assign(message.style, { display: 'block', margin: '0', padding: '0.75em 0', font: '1rem system-ui, sans-serif', color: '#a4001d' });
    element.append(message);
  }
}

/** Takes the messages away once the code has come after all (a later use retried it). */
function clearLoadFailures(tag: string): void {
  for (const message of document.querySelectorAll(`${tag} > .${FAILURE_CLASS}`)) message.remove();
}
