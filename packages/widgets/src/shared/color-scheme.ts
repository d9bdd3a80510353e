import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host attribute the widgets' styles read: `dark` or `light`. */
export const SCHEME_ATTRIBUTE = 'data-slt-scheme';

/**
 * Whether a widget is drawn light or dark: as the page around it is. Dark only where the page
 * says it can be dark (`color-scheme: light dark` or `dark` in its CSS, or the `color-scheme`
 * meta tag) and the reader's system prefers it. A page that says nothing is light, as the
 * browser draws it: the widgets followed `prefers-color-scheme` alone, and a reader whose
 * phone is in dark mode saw black boxes in the middle of a white municipal page (found by a
 * developer review). Native form controls follow `color-scheme` the same way.
 */
export function pageSchemeAt(element: Element): 'light' | 'dark' {
  const computed = getComputedStyle(element).colorScheme ?? '';
  const declared =
    computed === '' || computed === 'normal' ? (element.ownerDocument.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '') : computed;
  const words = declared.toLowerCase().split(/[\s,]+/);
  if (!words.includes('dark')) return 'light';
  if (!words.includes('light')) return 'dark';
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The scheme a widget is drawn in: what its ColorSchemeController has set on it, else (an
 * element without one) the page's at it. Read at every drawing, so it does not look again.
 */
export function schemeOf(element: Element): 'light' | 'dark' {
  const set = element.getAttribute(SCHEME_ATTRIBUTE);
  return set === 'light' || set === 'dark' ? set : pageSchemeAt(element);
}

/**
 * Keeps the host's `data-slt-scheme` attribute on the page's scheme (see pageSchemeAt), when
 * it is connected and when the reader's system switches, and asks for an update then (the
 * series colours are chosen in script for the scheme).
 */
export class ColorSchemeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  readonly #apply = () => {
    const scheme = pageSchemeAt(this.#host);
    if (this.#host.getAttribute(SCHEME_ATTRIBUTE) === scheme) return;
    this.#host.setAttribute(SCHEME_ATTRIBUTE, scheme);
    this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#apply();
    this.#media?.addEventListener('change', this.#apply);
  }

  hostDisconnected(): void {
    this.#media?.removeEventListener('change', this.#apply);
  }
}
