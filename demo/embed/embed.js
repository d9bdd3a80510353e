// @ts-check
// The iframe embed page's script: turns URL parameters into ONE widget and reports the
// page's height to the parent (docs/EMBEDDING.md). Nothing from the URL is ever set as
// HTML; only the widget's own attributes are set, as text.
// The major line's bundle: publish-embed.mjs writes it (and this page, as /embed/) on the
// municipality's server; the demo server serves it too. It writes the major in force here.
import { loadElement } from '../slt/v1/slt-widgets.js';

/** The widgets that may be embedded this way. */
const WIDGETS = [
  'slt-trend', 'slt-bars', 'slt-kpi', 'slt-table', 'slt-zones', 'slt-flow', 'slt-map',
  // The dashboards: data, municipality, focus, k (and lang, a page parameter).
  'slt-living-conditions', 'slt-youth-exclusion', 'slt-case-followup',
];
/** Parameters of the page itself rather than of the widget. */
const PAGE_PARAMETERS = ['widget', 'id', 'lang'];
const LANGUAGES = ['nb', 'nn', 'da', 'en'];
/** What the reader sees when there is no widget to show, in the page's language (`lang`, else bokmål). */
const MESSAGES = {
  nb: { notLoaded: 'Figuren kunne ikke lastes. Last inn siden på nytt.', unknown: 'Figuren kan ikke vises: ukjent widget «{name}».' },
  nn: { notLoaded: 'Figuren kunne ikkje lastast. Last inn sida på nytt.', unknown: 'Figuren kan ikkje visast: ukjend widget «{name}».' },
  da: { notLoaded: 'Figuren kunne ikke indlæses. Genindlæs siden.', unknown: 'Figuren kan ikke vises: ukendt widget »{name}«.' },
  en: { notLoaded: 'The chart could not be loaded. Reload the page.', unknown: 'The chart cannot be shown: unknown widget “{name}”.' },
};
/** The message the parent's resize snippet (resize.js) listens for. */
const HEIGHT_MESSAGE = 'slt-embed-height';
/** A widget still loading after this long has its height reported anyway (a slow network). */
const GIVE_UP_MS = 20_000;

const parameters = new URLSearchParams(location.search);
const id = (parameters.get('id') ?? '').slice(0, 100);
const language = parameters.get('lang');
if (language && LANGUAGES.includes(language)) document.documentElement.lang = language;

reportHeight();
mount();

async function mount() {
  const name = parameters.get('widget') ?? '';
  // The bundle loads an element's code on first use: load the one asked for (a name not in
  // the list is never loaded).
  const known = WIDGETS.includes(name);
  /** @type {unknown} */
  let loadError;
  const defined = known ? await loadElement(name).catch((error) => void (loadError = error)) : undefined;
  if (!defined) {
    const message = document.createElement('p');
    message.className = 'slt-embed-message';
    message.setAttribute('role', 'alert');
    // A widget this page shows whose code did not come (a deploy, the network) is not an
    // unknown widget: the reader is told to reload, the developer why.
    const texts = MESSAGES[/** @type {keyof typeof MESSAGES} */ (document.documentElement.lang)] ?? MESSAGES.nb;
    message.textContent = known ? texts.notLoaded : texts.unknown.replace('{name}', name);
    document.body.append(message);
    if (known) console.error(`slt embed: the code for <${name}> could not be loaded.`, loadError);
    else console.warn(`slt embed: widget=${JSON.stringify(name)} is not one of the widgets this page shows (${WIDGETS.join(', ')}).`);
    return;
  }
  const element = document.createElement(name);
  const attributes = allowedAttributes(name);
  const ignored = [];
  for (const [key, value] of parameters) {
    if (PAGE_PARAMETERS.includes(key)) continue;
    if (!attributes.has(key)) ignored.push(key);
    else if ((key === 'src' || key === 'data') && !isSameOrigin(value)) ignored.push(`${key} (not on ${location.origin})`);
    else element.setAttribute(key, value);
  }
  if (ignored.length > 0) {
    console.warn(
      `slt embed: ignored parameters ${ignored.join(', ')}. <${name}> takes: ${[...attributes].sort().join(', ')}, and the page takes ${PAGE_PARAMETERS.join(', ')}.`,
    );
  }
  document.body.append(element);
}

/**
 * The attributes the element itself declares (Lit's observedAttributes), never an event
 * handler, style, class or the dashboards' passing `printing` state: the allow-list follows each widget's documented attributes.
 * @param {string} name
 */
function allowedAttributes(name) {
  const constructor = /** @type {{ observedAttributes?: string[] } | undefined} */ (customElements.get(name));
  return new Set((constructor?.observedAttributes ?? []).filter((attribute) => !/^(on|style$|class$|printing$)/i.test(attribute)));
}

/**
 * Data only from this page's own origin: a link to the municipality's embed page must not
 * show someone else's figures under its address.
 * @param {string} value
 */
function isSameOrigin(value) {
  try {
    return new URL(value, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

/**
 * Posts the content's height to the parent whenever it changes (table opened, width), once the
 * widget is in. While it loads, the frame keeps the height its embed code gave it (about the
 * widget's): reported, the placeholder's height (and the empty page's before it) made the frame
 * shrink and grow again, and the page around it jump twice. A widget that never leaves loading
 * is reported after GIVE_UP_MS.
 */
function reportHeight() {
  if (window.parent === window) return;
  let last = -1;
  let retry = 0;
  const started = performance.now();
  const report = () => {
    if (stillLoading() && performance.now() - started < GIVE_UP_MS) {
      retry ||= window.setTimeout(() => ((retry = 0), report()), 100);
      return;
    }
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is no secret, and the parent's origin is not known here: '*'.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, id, height }, '*');
  };
  new ResizeObserver(report).observe(document.body);
}

/** Whether the widget is not on the page yet, or still loading (charts say it in `state`, dashboards on their article). */
function stillLoading() {
  if (document.querySelector('.slt-embed-message')) return false;
  const widget = document.body.querySelector(WIDGETS.join(','));
  const state = widget?.getAttribute('state') ?? widget?.shadowRoot?.querySelector('article')?.getAttribute('data-state');
  return !state || state === 'loading';
}
