import { toLanguage, type Language } from '@slt/engine';

/**
 * The reader's language: the element's own `lang`, else the nearest ancestor's,
 * looking through shadow roots (a widget inside a dashboard), else the document's.
 */
export function languageOf(element: Element): Language {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLanguage(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLanguage(document.documentElement.lang);
}
