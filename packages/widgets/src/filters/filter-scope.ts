import { filtersFromSearch, searchWithFilters, urlScopeName, withFilter, type FilterState } from './filter-state.ts';

/**
 * Linked filters. Widgets inside one scope share a filter state: the nearest ancestor with
 * the `slt-scope` attribute, or the whole page. The protocol, for elements written by hand:
 *
 * - To choose, dispatch `slt-filter` (bubbles, composed) from inside the scope with
 *   `detail: { column: 'area', values: ['Borgen'] }`; `values: []` or null clears the column.
 * - The scope element then dispatches `slt-filters-changed` with
 *   `detail: { filters: { area: ['Borgen'] } }` (a plain object, column -> values).
 * - A scope element with `slt-url` also writes its filters to the page URL
 *   (`?f.area=Borgen`) and starts from them, so a filtered view can be shared as a link.
 *   `slt-url="ung"` names the scope in the URL (`?f.ung.area=Borgen`), so two scopes on one
 *   page keep their own choices.
 * - A scope element with `slt-required="area"` always has a value for those columns once one
 *   is chosen: a request to clear one is ignored, and the widgets offer no way to (a
 *   dashboard always has a district in focus; "Alle" there would promise a view it has not).
 */
export const FILTER_EVENT = 'slt-filter';
export const FILTERS_CHANGED_EVENT = 'slt-filters-changed';

export interface FilterEventDetail {
  readonly column: string;
  readonly values: readonly string[] | null;
}

export interface FiltersChangedDetail {
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

type Listener = (state: FilterState) => void;

const scopes = new WeakMap<Element, FilterScope>();

export class FilterScope {
  readonly element: Element;
  #state: FilterState;
  readonly #listeners = new Set<Listener>();

  /** The scope an element belongs to (created on first use). */
  static of(element: Element): FilterScope {
    const scopeElement = closestAcrossShadow(element, '[slt-scope]') ?? element.ownerDocument.documentElement;
    let scope = scopes.get(scopeElement);
    if (!scope) {
      scope = new FilterScope(scopeElement);
      scopes.set(scopeElement, scope);
    }
    return scope;
  }

  private constructor(element: Element) {
    this.element = element;
    this.#state = this.#syncsUrl ? filtersFromSearch(location.search, this.#urlName) : new Map();
    element.addEventListener(FILTER_EVENT, (event) => {
      const detail = (event as CustomEvent<FilterEventDetail>).detail;
      if (!detail || typeof detail.column !== 'string' || detail.column === '') return;
      event.stopPropagation(); // an outer scope must not apply an inner scope's choice too
      this.set(detail.column, detail.values);
    });
  }

  get filters(): FilterState {
    return this.#state;
  }

  set(column: string, values: readonly string[] | null): void {
    if ((values === null || values.length === 0) && this.requires(column) && this.#state.has(column)) return;
    this.#state = withFilter(this.#state, column, values?.map(String) ?? null);
    if (this.#syncsUrl) {
      const url = `${location.pathname}${searchWithFilters(location.search, this.#state, this.#urlName)}${location.hash}`;
      history.replaceState(history.state, '', url);
    }
    for (const listener of this.#listeners) listener(this.#state);
    const filters = Object.fromEntries(this.#state);
    this.element.dispatchEvent(
      new CustomEvent<FiltersChangedDetail>(FILTERS_CHANGED_EVENT, { detail: { filters }, bubbles: false }),
    );
  }

  /** Whether the scope keeps a value for `column` once chosen (`slt-required`). */
  requires(column: string): boolean {
    return (this.element.getAttribute('slt-required') ?? '').split(/[\s,]+/).includes(column);
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get #syncsUrl(): boolean {
    return this.element.hasAttribute('slt-url');
  }

  get #urlName(): string {
    return urlScopeName(this.element.getAttribute('slt-url'));
  }
}

/** Element.closest that also climbs out of shadow roots (a widget inside a dashboard). */
function closestAcrossShadow(element: Element, selector: string): Element | null {
  let node: Element | null = element;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Asks the widget's scope to filter `column` to `values` (the events protocol above). */
export function requestFilter(from: Element, column: string, values: readonly string[] | null): void {
  FilterScope.of(from); // make sure the scope is listening before the first choice
  from.dispatchEvent(
    new CustomEvent<FilterEventDetail>(FILTER_EVENT, { detail: { column, values }, bubbles: true, composed: true }),
  );
}
