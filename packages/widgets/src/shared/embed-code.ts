import { parseFilters, type Filter } from '@slt/engine';
import { fixingFilters } from './linked-data.ts';

/**
 * The embed codes for an element as it is configured now: the script embed (the bundle's
 * module script and the element) and the iframe embed (the embed page with URL parameters
 * and the resize snippet), as docs/EMBEDDING.md describes them. Pure, so it is tested in Node.
 */
export interface EmbedTarget {
  readonly tag: string;
  /** The element's attributes as set now (name, value). */
  readonly attributes: Iterable<readonly [string, string]>;
  /** The attributes the element declares (its `observedAttributes`): only these are copied. */
  readonly observed: readonly string[];
  /**
   * The linked filters in force that apply to the element's data (`linkedFilters`): merged
   * into its `filter`, except on columns the element's own filter fixes.
   */
  readonly linked?: readonly Filter[];
  /** The reader's language, written as `lang` so the embedded copy speaks it too. */
  readonly language?: string;
  /** Absolute URL of the bundle's entry module (`import.meta.url` in the bundle). */
  readonly bundle: string;
  /**
   * The page's URL (`document.baseURI` by default): a `src` or `data` that is a path is
   * copied as an absolute URL, since the copy is pasted on another page, and the iframe's
   * page resolves it against its own URL.
   */
  readonly base?: string;
  /** The frame's accessible name (the heading); the tag when there is none. */
  readonly title?: string;
  /** The frame's id in its height messages (`data-slt-embed`); from the tag by default. */
  readonly id?: string;
  /**
   * The frame's height until the widget in it reports its own (resize.js): about the widget's
   * height (`560px` for a chart of 300, `100vh` for a dashboard), so the page around the frame
   * does not jump from the browser's 150 px when it does. None: the browser's default.
   */
  readonly height?: string;
}

export interface EmbedCode {
  readonly script: string;
  readonly iframe: string;
}

/** Never copied, even when an element declares them: event handlers, style, class, lang (set from `language`). */
const NEVER = /^(on|style$|class$|lang$)/i;
/** Attributes that reflect a passing state rather than the configuration. */
const STATE_ATTRIBUTES = new Set(['printing']);
/** Attributes that hold a URL (a Parquet file, the data folder of a dashboard). */
const URL_ATTRIBUTES = new Set(['src', 'data']);

export function embedCode(target: EmbedTarget): EmbedCode {
  const attributes = embedAttributes(target);
  return { script: scriptSnippet(target, attributes), iframe: iframeSnippet(target, attributes) };
}

/** The element's own attributes, in its order, with the linked filters merged into `filter`. */
export function embedAttributes(target: EmbedTarget): [string, string][] {
  const observed = new Set(target.observed);
  const attributes = [...target.attributes]
    .filter(([name]) => observed.has(name) && !NEVER.test(name) && !STATE_ATTRIBUTES.has(name))
    .map(([name, value]): [string, string] => [name, URL_ATTRIBUTES.has(name) ? absoluteUrl(value, target.base) : value]);
  const valueOf = (attribute: string) => attributes.find(([name]) => name === attribute)?.[1] ?? '';
  const filter = mergedFilter(valueOf('filter'), target.linked ?? [], valueOf('follow'));
  const merged = attributes.filter(([name]) => name !== 'filter');
  if (filter) merged.splice(Math.min(1, merged.length), 0, ['filter', filter]); // after src, as in the docs
  if (target.language) merged.push(['lang', target.language]);
  return merged;
}

/**
 * The element's own filter with the linked filters added, so the copy shows what is shown: a
 * linked column replaces nothing the element fixes itself (the rule of `linkedFilters`),
 * except a column it follows (`follow`), where the choice replaces the element's default.
 */
export function mergedFilter(own: string, linked: readonly Filter[], follow = ''): string {
  const text = (filter: Filter) => filter.values.map((value) => `${filterText(filter.column)}=${filterText(String(value))}`);
  const ownFilters = parseFilters(own);
  const fixed = new Set(fixingFilters(ownFilters, follow).map((filter) => filter.column));
  const added = linked.filter((filter) => !fixed.has(filter.column));
  const replaced = (filter: Filter) => added.some((choice) => choice.column === filter.column);
  // Rewritten only where a choice replaces a default: otherwise the page's own text is kept as it is.
  const kept = ownFilters.some(replaced) ? ownFilters.filter((filter) => !replaced(filter)).flatMap(text) : [own.trim()];
  return [...kept, ...added.flatMap(text)].filter(Boolean).join('&');
}

/** `parseFilters` splits on `&`, `;`, `=` and decodes %-escapes: those four are escaped, nothing else. */
const filterText = (text: string) => text.replace(/[%&;=]/g, encodeURIComponent);

function scriptSnippet(target: EmbedTarget, attributes: readonly [string, string][]): string {
  const written = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return `<script type="module" src="${escapeHtml(target.bundle)}"></script>\n<${target.tag}${written}></${target.tag}>`;
}

/**
 * A path as an absolute URL against the page; a registered dataset's name (no `/`, no `.`)
 * and a value that is no URL are kept as they are.
 */
function absoluteUrl(value: string, base = globalThis.document?.baseURI): string {
  if (base === undefined || !/[/.]/.test(value)) return value;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}

/**
 * The embed page is `demo/embed/`, published at `/embed/` beside the bundle's folder `/slt/`
 * (docs/EMBEDDING.md, scripts/publish-embed.mjs). The bundle is at `/slt/v1/slt-widgets.js`
 * (or `/slt/v1.2.3/`) when published, at `/slt/slt-widgets.js` on the demo server: the
 * embed page is beside `slt/` either way, under any sub-path. A site that puts it elsewhere
 * edits the copied URL.
 */
export function embedPageUrl(bundle: string): URL {
  const folder = new URL('./', bundle).pathname.split('/').at(-2) ?? '';
  return new URL(/^v\d+(\.\d+){0,2}$/.test(folder) ? '../../embed/' : '../embed/', bundle);
}

function iframeSnippet(target: EmbedTarget, attributes: readonly [string, string][]): string {
  const page = embedPageUrl(target.bundle);
  const id = target.id ?? target.tag.replace(/^slt-/, '');
  const parameters = new URLSearchParams({ widget: target.tag, id });
  for (const [name, value] of attributes) parameters.append(name, value);
  // URLSearchParams writes spaces as '+'; %20 reads the same and survives more CMSs.
  const src = `${page.href}?${parameters.toString().replaceAll('+', '%20')}`;
  return (
    `<iframe data-slt-embed="${escapeHtml(id)}" title="${escapeHtml(target.title || target.tag)}" src="${escapeHtml(src)}" ` +
    `style="width:100%;${target.height ? `height:${escapeHtml(target.height)};` : ''}border:0" loading="lazy"></iframe>\n<script src="${escapeHtml(new URL('resize.js', page).href)}"></script>`
  );
}

/**
 * The script-tag bundle's entry URL: embed.ts records it (this module lives in a lazily
 * loaded chunk under assets/); elsewhere (npm builds, tests) this module's own URL.
 */
export const BUNDLE_URL: string =
  (globalThis as { [key: symbol]: string | undefined })[Symbol.for('slt.widgets.bundle-url')] ?? import.meta.url;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML attribute value or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
