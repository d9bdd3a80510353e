import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

/** Every connected widget that follows the page's language. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/**
 * Re-renders a widget when a `lang` attribute changes on it or on the page (an editor
 * switching the page to nynorsk, a language menu setting `<html lang>`). One
 * MutationObserver serves every widget on the page.
 */
export class LanguageController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    observer ??= startObserving();
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}

function startObserving(): MutationObserver {
  const watcher = new MutationObserver(() => {
    for (const host of hosts) host.requestUpdate();
  });
  watcher.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  return watcher;
}
