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
  loadElementsIn = (node) => loader.scan(node);
}

/** Loads the elements used under `node` (a shadow root the document observer cannot see), once: call it again after adding tags there. */
export let loadElementsIn: (node: ParentNode) => void = () => undefined;

function elementLoader(loaders: Readonly<Record<string, () => Promise<unknown>>>) {
  const waiting = new Set(Object.keys(loaders));
  const selector = [...waiting].join(',');
  const load = (tag: string) => {
    if (!waiting.delete(tag) || customElements.get(tag) !== undefined) return;
    loaders[tag]!().catch((error: unknown) => {
      // A failed download (offline, a deploy in progress) may be retried by the next use.
      waiting.add(tag);
      console.error(`SLT widgets: the code for <${tag}> could not be loaded.`, error);
    });
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
