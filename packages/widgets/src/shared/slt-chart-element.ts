import { parseFilters, sharedEngine, type Engine, type Filter, type Language, type ParquetInfo, type QueryResult } from '@slt/engine';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FilterState } from '../filters/filter-state.ts';
import { languageOf } from '../i18n/language.ts';
import { LanguageController } from '../i18n/language-controller.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { frameStyles } from './chart-frame.styles.ts';
import { toCsv, type DataTable } from './data-table.ts';
import { datasetFacts, withProvenance, type DatasetFacts, type Provenance } from './dataset-facts.ts';
import { downloadBlob, fileNameOf, standaloneSvg, svgToPng, type ImageFrame } from './download.ts';
import { BUNDLE_URL, embedCode, type EmbedCode } from './embed-code.ts';
import { embedStyles, renderFooter } from './footer.ts';
import { checkHeight, safeHeight } from './attribute-rules.ts';
import { DataController } from './data-controller.ts';
import type { DatasetQuery } from './query-cache.ts';
import { fixingFilters, keptFilters, linkedFilters } from './linked-data.ts';
import { movePoint, type PointPosition } from './point-navigation.ts';
import { renderDataTable, renderSuppressedNote } from './render-data-table.ts';
import { renderStates } from './states.ts';
import { WidthController } from './width-controller.ts';
import { ColorSchemeController } from './color-scheme.ts';
import { RemovableAttributes } from './removable-attributes.ts';

/** What every chart's data carries besides its own shape. */
export interface ChartData {
  /** The dataset's schema and metadata: source, update, definition, synthetic, k. */
  readonly info: ParquetInfo;
  /** The disclosure threshold in force, when any figure is hidden (shown as ':'). */
  readonly suppressedBelow?: number | undefined;
  /** Row by row, whether the figures shown are published ones (see `withPublishedColumn()`). */
  readonly provenance?: Provenance | undefined;
}

/** About what a chart has around its drawing (heading, key, text alternative, footer), in px: an iframe's first height. */
const CHART_CHROME = 260;

/** A point the keyboard can step to. `position` orders points across series (time, category). */
export interface ChartPoint<Datum> {
  readonly datum: Datum;
  readonly position: number;
  readonly readout: string;
}

/** A drawn chart: its SVG and where a datum sits in it (for the focus ring). */
export interface DrawnChart<Datum> {
  readonly svg: SVGSVGElement;
  locate(datum: Datum): readonly [x: number, y: number] | undefined;
  /** The chart box's height when the drawing decides it (a matrix that grows on a phone). */
  readonly height?: number;
  /**
   * What is shown in place of the SVG, when the drawing is text (a KPI card in HTML, which
   * reflows and follows the reader's text size); the SVG is then only what downloads save.
   */
  readonly view?: HTMLElement;
}

/**
 * What every chart element shares: data loading through the engine with linked filters,
 * the loading, empty and error states, the text alternative, the table view, keyboard
 * stepping through points, downloads (CSV, SVG, PNG), the footer with the dataset's
 * source and update and a demo-data marker, language and width tracking.
 * An element supplies its query, its drawing, its sentences and its table.
 */
export abstract class SltChartElement<Data extends ChartData, Datum = unknown> extends RemovableAttributes(LitElement) {
  /** Light or dark as the page around it is (shared/color-scheme.ts). */
  protected readonly colorScheme = new ColorSchemeController(this);
  static override styles = [frameStyles, embedStyles];

  /** The data: a Parquet URL (relative to the page) or the name of a registered dataset. */
  @property({ reflect: true }) src = '';

  /**
   * Equality filters, `column=value` pairs joined by `&` or `;`; repeat a column for
   * "any of" (`area=Asker&area=Norge`). Values are bound as parameters, never spliced into SQL.
   */
  @property() filter = '';

  /** The heading shown above the chart and used in its text alternative. */
  @property() heading = '';

  /** Height of the chart in CSS pixels; the loading placeholder has the same height. */
  @property({ type: Number }) height = 300;

  /** Ignore the filters chosen in linked widgets (an element that always shows the whole). */
  @property({ type: Boolean, attribute: 'no-link' }) noLink = false;

  /**
   * Columns of `filter` whose values are defaults that a choice in the scope replaces,
   * comma-separated: `filter="…&sex=all" follow="sex"` shows both sexes until a reader picks
   * one in `<slt-filter>`. Without it the element's own filters win over linked choices.
   */
  @property() follow = '';

  /**
   * Raise the disclosure threshold for this widget: counts below `k` are hidden. It can
   * only raise the dataset's own k (from its metadata), never lower it.
   */
  @property({ type: Number }) k: number | undefined = undefined;

  /**
   * Allow a dataset whose metadata says `slt.tier = internal` (record-level data for pages
   * behind the municipality's login). Without it such a dataset is refused with a message.
   */
  @property({ type: Boolean, attribute: 'allow-internal' }) allowInternal = false;

  /** The height the element had when created: what a refused `height` falls back to for layout. */
  #defaultHeight = 300;

  /** The engine the chart queries: the page's shared one unless a host provides another. */
  engine: Engine = sharedEngine();

  /** The point keyboard focus is on, and what was read out for it. */
  @state() private focusedPoint: PointPosition | null = null;
  @state() private readout = '';

  protected readonly width = new WidthController(this);
  #drawn: DrawnChart<Datum> | undefined;
  /** What the drawn SVG was drawn from: redraw only when one of these changes. */
  #drawnFrom: readonly unknown[] = [];
  /**
   * Whether the parts a reader has to open (the data table, the embed codes) are rendered.
   * The first time data comes they follow a task after the chart, so the first chart does
   * not wait for DOM nobody sees yet (about 5 ms a chart on a cold page, BENCHMARKS.md);
   * from then on they render with it. Until they are in, the figure stays `aria-busy` and
   * `slt-ready` waits, so "ready" still means every part is there.
   */
  #openablesShown = false;
  #openablesScheduled = false;

  /** The element's own attributes that change what is loaded. */
  protected abstract dataArgs(): readonly unknown[];
  /** Loads and shapes the data (use `withLinked` to honour linked filters and `follow`). */
  protected abstract loadData(): Promise<Data>;
  protected abstract isEmpty(data: Data): boolean;
  /**
   * Whether disclosure control hid every figure the chart would draw: then the element says
   * so in one sentence instead of drawing axes or a grid of ':' (state `empty`).
   */
  protected allHidden(_data: Data): boolean {
    return false;
  }
  /** The text alternative, one sentence per line, from the data. */
  protected abstract describe(data: Data, language: Language): string[];
  /** The numbers behind the chart, for the table view and the CSV. */
  protected abstract tableOf(data: Data, language: Language): DataTable;

  /** What the footer says of the data: the file's metadata, and the rows' provenance where known. */
  protected footerFacts(data: Data, language: Language): DatasetFacts {
    return withProvenance(datasetFacts(data.info, language), data.provenance, data.info, language);
  }

  /**
   * The query with the file's boolean `published` column added, when the file has one, so
   * that the rows say row by row whether their figures are published ones (`provenanceOfRows`):
   * a chart of SSB's figures in a file of mostly synthetic ones is then not marked as demo data.
   * The column rides along in the chart's own query (a query of its own for it cost the first
   * chart 10-30 ms, BENCHMARKS.md); it is no dimension of the disclosure step, so no figure is
   * hidden differently. Only the boolean is read (a text column of sources cost the first
   * chart about 45 ms); the footer keeps the file's source, which names both.
   */
  protected async withPublishedColumn(src: string, query: DatasetQuery): Promise<DatasetQuery> {
    const { columns } = await this.schema(src);
    if (columns.find((column) => column.name === 'published')?.type !== 'boolean') return query;
    const shown = query.columns ?? [];
    return shown.includes('published') ? query : { ...query, columns: [...shown, 'published'] };
  }
  /** Draws the chart at the given width. */
  protected abstract draw(data: Data, width: number, language: Language): DrawnChart<Datum>;
  /** The points the keyboard steps through: one array per series, in drawing order. */
  protected abstract navigable(data: Data, language: Language): ChartPoint<Datum>[][];
  /** Whether the chart shows a legend above it (the loading placeholder reserves its line). */
  protected hasLegend(): boolean {
    return false;
  }
  protected renderLegend(_data: Data, _language: Language): unknown {
    return nothing;
  }
  /** Enter or Space on the focused point (choose a category, say). Nothing by default. */
  protected activate(_datum: Datum): void {}
  /** How to use the chart by keyboard, for its accessible name. */
  protected keyboardHint(language: Language): string {
    return MESSAGES[language].keyboardHint;
  }
  /** Whether the text alternative is visible under the chart (a KPI card already says it). */
  protected captionVisible(): boolean {
    return true;
  }

  /** Anything else the drawing depends on (a chosen category, say): a change redraws. */
  protected drawArgs(): readonly unknown[] {
    return [];
  }

  /** The datum keyboard focus is on, if the chart has focus. */
  protected get focusedDatum(): Datum | undefined {
    const data = this.data;
    if (!data || !this.readout) return undefined;
    return this.#pointAt(data, this.focusedPoint, languageOf(this))?.datum;
  }

  readonly #data: DataController<Data> = new DataController(this, {
    args: () => [...this.dataArgs(), this.height, this.follow],
    load: () => this.loadData(),
    describe: () => `<${this.localName} src="${this.src}">`,
    isEmpty: (data) => this.#nothingToDraw(data),
    engine: () => this.engine,
    k: () => this.k,
    allowInternal: () => this.allowInternal,
    validate: () => void checkHeight(this.height),
    drawn: () => this.#drawnData !== undefined && this.#drawnData === this.data && this.#openablesShown,
  });
  /** The data the SVG on screen was drawn from. */
  #drawnData: Data | undefined;

  constructor() {
    super();
    new LanguageController(this); // re-render when the page's or the element's lang changes
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Subclasses set their default height in their constructor: remember it for a refused value.
    if (this.#defaultHeight === 300 && !this.hasAttribute('height')) this.#defaultHeight = safeHeight(this.height, 300);
  }

  /** The chart's height for layout: the attribute when valid, else the element's default (never NaN). */
  protected get layoutHeight(): number {
    return safeHeight(this.height, this.#defaultHeight);
  }

  /** What the element is doing: `loading`, `ready`, `empty` or `error` (also its `state` attribute). */
  get state() {
    return this.#data.state;
  }

  /** Loads again after a fault (a file that did not answer, an engine that did not start). */
  retry(): void {
    this.#data.retry();
  }

  /** The filters chosen in this element's scope (see filters/filter-scope.ts). */
  protected get linked(): FilterState {
    return this.#data.filters;
  }

  /**
   * The linked filters that apply to a dataset: columns it has that the element's own
   * filters do not already fix (see `linkedFilters`); a column named in `follow` is not fixed.
   */
  protected async linkedFiltersFor(src: string, own: readonly Filter[]): Promise<Filter[]> {
    if (this.noLink || this.linked.size === 0) return [];
    const { columns } = await this.schema(src);
    return linkedFilters(this.linked, columns, fixingFilters(own, this.follow));
  }

  /**
   * Columns the element keeps to itself beside its own filter: the axis it draws along (a
   * trend's time, the bars' categories, a map's districts). A choice in the scope on one of
   * them neither filters its data (a year chosen for the bars cut each trend line to one
   * point) nor goes into its embed code.
   */
  protected ownAxes(): readonly string[] {
    return [];
  }

  #ownAxes(): Filter[] {
    return this.ownAxes().filter((column) => column !== '').map((column) => ({ column, values: [] }));
  }

  /**
   * The element's options with the scope's choices applied: `linked` holds the choices that
   * apply to its data (see `linkedFiltersFor`; `fixed` are the columns the element keeps to
   * itself, its own filters by default), and `options.filters` loses the defaults they
   * replace (`follow`).
   */
  protected async withLinked<Options extends { readonly src: string; readonly filters: readonly Filter[] }>(
    options: Options,
    fixed: readonly Filter[] = [...options.filters, ...this.#ownAxes()],
  ): Promise<{ options: Options; linked: Filter[] }> {
    const linked = await this.linkedFiltersFor(options.src, fixed);
    return linked.length === 0 ? { options, linked } : { options: { ...options, filters: keptFilters(options.filters, linked) }, linked };
  }

  /**
   * Runs a query for this widget through the data controller: its disclosure options (`k`)
   * always applied, each distinct query once per scope. Elements query through this, never
   * through `engine.select` directly, so none can forget `k`.
   */
  protected select(src: string, query: DatasetQuery): Promise<QueryResult> {
    return this.#data.select(src, query);
  }

  /** A dataset's schema and metadata, looked up once per scope (internal data refused unless allowed). */
  protected schema(src: string): Promise<ParquetInfo> {
    return this.#data.schema(src);
  }

  /** The data currently shown, if any (for subclasses' event handlers). */
  protected get data(): Data | undefined {
    return this.#data.value;
  }

  #nothingToDraw(data: Data): boolean {
    return this.isEmpty(data) || this.allHidden(data);
  }

  /** The empty state's sentence when the data shown last had every figure hidden. */
  #allHiddenText(language: Language): string | undefined {
    const data = this.data;
    if (!data || this.isEmpty(data) || !this.allHidden(data)) return undefined;
    return this.allHiddenText(data, language);
  }

  /** The sentence for `allHidden` data; an element may say which period or selection it was. */
  protected allHiddenText(data: Data, language: Language): string {
    return fill(MESSAGES[language].allHidden, { k: String(data.suppressedBelow ?? '') });
  }

  override render() {
    const language = languageOf(this);
    const heading = this.heading
      ? html`<div class="heading" part="heading" role="heading" aria-level="2" id="heading">${this.heading}</div>`
      : nothing;
    return html`<figure aria-busy=${this.#data.busy || this.#openablesPending ? 'true' : 'false'}>
      ${heading}
      ${renderStates(this.#data.task, language, {
        loading: () => this.#renderSkeleton(MESSAGES[language].loading),
        complete: (data, stale) => this.#renderComplete(data, language, stale),
        isEmpty: (data) => this.#nothingToDraw(data),
        message: (content) => html`<div class="chart" part="chart" style="height:${this.layoutHeight}px">${content}</div>`,
        emptyText: this.#allHiddenText(language),
      })}
    </figure>`;
  }

  /**
   * The loading placeholder takes the space the finished chart will take (legend, chart,
   * read-out, two lines of text alternative, table toggle, footer), so nothing below jumps.
   */
  #renderSkeleton(loading: string): TemplateResult {
    const line = (className = '') => html`<div class="skeleton-line ${className}" aria-hidden="true"></div>`;
    return html`${this.hasLegend() ? line('legend-line') : nothing}
      <div class="chart skeleton" part="chart" style="height:${this.layoutHeight}px">
        <span class="visually-hidden">${loading}</span>
      </div>
      <div class="skeleton-gap" aria-hidden="true"></div>
      ${line()} ${line('short')} ${line('toggle')} ${line('footer')} ${line('actions')}`;
  }

  /** Data to draw has come, and its openable parts are not rendered yet. */
  get #openablesPending(): boolean {
    const data = this.data;
    return !this.#openablesShown && data !== undefined && !this.#nothingToDraw(data);
  }

  #renderComplete(data: Data, language: Language, stale = false): TemplateResult {
    const messages = MESSAGES[language];
    const k = data.suppressedBelow;
    const openables = this.#openablesShown;
    return html`${this.renderLegend(data, language)}
      <div
        class="chart ${stale ? 'stale' : ''}"
        part="chart"
        style="height:${this.layoutHeight}px"
        tabindex="0"
        role="group"
        aria-label=${`${this.heading ? `${this.heading}. ` : ''}${this.keyboardHint(language)}`}
        @keydown=${(event: KeyboardEvent) => this.#onKey(event, data, language)}
        @focus=${() => this.#onFocus(data, language)}
        @blur=${() => this.#onBlur()}
      ></div>
      <p class="readout" part="readout" aria-live="polite">${this.readout}</p>
      <figcaption part="summary" id="summary">
        ${this.describe(data, language).map((sentence) => html`<p class=${this.captionVisible() ? '' : 'visually-hidden'}>${sentence}</p>`)}
        ${renderSuppressedNote(k, language)}
      </figcaption>
      <details part="table">
        <summary>${messages.showTable}</summary>
        <div class="table-scroll">
          ${openables
            ? renderDataTable(this.tableOf(data, language), k, language, {
                caption: this.heading ? html`<caption class="visually-hidden">${this.heading}</caption>` : nothing,
              })
            : nothing}
        </div>
      </details>
      ${renderFooter(this.footerFacts(data, language), [
        { label: messages.downloadCsv, save: () => this.downloadCsv(language) },
        { label: messages.downloadSvg, save: () => this.downloadSvg() },
        { label: messages.downloadPng, save: () => void this.downloadPng() },
      ], language, openables ? this.#embedCode(data, language) : undefined)}`;
  }

  /**
   * The embed codes for this element as configured now: its own attributes (as set in the
   * page, not properties set from script) and the linked filters that apply to its data.
   */
  #embedCode(data: Data, language: Language): EmbedCode {
    let own: Filter[] = [];
    try {
      own = parseFilters(this.filter);
    } catch {
      // The data loaded, so the filter parsed; nothing to add if it no longer does.
    }
    const linked = this.noLink ? [] : linkedFilters(this.linked, data.info.columns, fixingFilters([...own, ...this.#ownAxes()], this.follow));
    return embedCode({
      tag: this.localName,
      attributes: [...this.attributes].map((attribute) => [attribute.name, attribute.value] as const),
      observed: (this.constructor as typeof LitElement).observedAttributes,
      linked,
      language,
      bundle: BUNDLE_URL,
      title: this.heading,
      // The chart and what a chart has around it (heading, key, text, footer): about 560 px for 300.
      height: `${Math.round(this.layoutHeight + CHART_CHROME)}px`,
    });
  }

  /** Renders the openable parts in a task of their own, once the first data to draw has come. */
  #scheduleOpenables(): void {
    if (!this.#openablesPending || this.#openablesScheduled) return;
    this.#openablesScheduled = true;
    setTimeout(() => {
      this.#openablesShown = true;
      this.requestUpdate();
    });
  }

  /** Saves the shown data as CSV (what the table view shows, raw numbers, ':' for hidden). */
  downloadCsv(language: Language = languageOf(this)): void {
    const data = this.data;
    if (!data) return;
    const csv = toCsv(this.tableOf(data, language), language);
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${fileNameOf(this.heading, this.localName)}.csv`);
  }

  /** Saves the chart as a standalone SVG. */
  downloadSvg(): void {
    const svg = this.#drawn?.svg;
    if (!svg) return;
    const { text } = standaloneSvg(svg, this, this.#imageFrame());
    downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${fileNameOf(this.heading, this.localName)}.svg`);
  }

  /** Saves the chart as a PNG at twice its size. */
  async downloadPng(): Promise<void> {
    const svg = this.#drawn?.svg;
    if (!svg) return;
    const png = await svgToPng(standaloneSvg(svg, this, this.#imageFrame()));
    downloadBlob(png, `${fileNameOf(this.heading, this.localName)}.png`);
  }

  /** The heading and the footer's source line (with the demo-data marker), for a saved image. */
  #imageFrame(): ImageFrame {
    const facts = this.renderRoot.querySelector('[part="facts"]');
    const marker = facts?.querySelector('[part="demo-marker"]')?.textContent?.trim() ?? '';
    const source = (facts?.textContent ?? '').replace(marker, '').trim();
    return { heading: this.heading, credit: marker ? `${marker}. ${source}` : source };
  }

  #pointAt(data: Data, position: PointPosition | null, language: Language): ChartPoint<Datum> | null {
    if (!position) return null;
    return this.navigable(data, language)[position.series]?.[position.point] ?? null;
  }

  #focusPoint(data: Data, language: Language, position: PointPosition): void {
    const point = this.#pointAt(data, position, language);
    if (!point) return;
    this.focusedPoint = position;
    this.readout = point.readout;
    this.#markFocus(point);
  }

  #markFocus(point: ChartPoint<Datum> | null): void {
    const svg = this.#drawn?.svg;
    if (!svg) return;
    svg.querySelector('.slt-focus-ring')?.remove();
    const at = point ? this.#drawn!.locate(point.datum) : undefined;
    if (!at) return;
    // WCAG 2.4.7: a 3 px ring in the focus colour, visible against the point and the background.
    const ring = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    ring.setAttribute('class', 'slt-focus-ring');
    ring.setAttribute('cx', String(at[0]));
    ring.setAttribute('cy', String(at[1]));
    ring.setAttribute('r', '8');
    ring.setAttribute('fill', 'none');
    ring.setAttribute('stroke', 'var(--_focus)');
    ring.setAttribute('stroke-width', '3');
    svg.append(ring);
  }

  #onFocus(data: Data, language: Language): void {
    // Start on the last point of the first series: the latest figure, which readers ask about first.
    const series = this.navigable(data, language);
    this.#focusPoint(data, language, this.focusedPoint ?? { series: 0, point: (series[0]?.length ?? 1) - 1 });
  }

  #onBlur(): void {
    this.readout = '';
    this.#markFocus(null);
  }

  #onKey(event: KeyboardEvent, data: Data, language: Language): void {
    const positions = this.navigable(data, language).map((series) => series.map((point) => point.position));
    // Enter and Space belong to elements that choose something (they override activate()).
    const chooses = this.activate !== SltChartElement.prototype.activate;
    if (chooses && (event.key === 'Enter' || event.key === ' ')) {
      const point = this.#pointAt(data, this.focusedPoint, language);
      if (!point) return;
      event.preventDefault();
      this.activate(point.datum);
      return;
    }
    const next = movePoint(positions, this.focusedPoint ?? { series: 0, point: 0 }, event.key);
    if (!next) return;
    event.preventDefault(); // the arrows move through the chart, not the page
    this.#focusPoint(data, language, next);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#scheduleOpenables();
    const data = this.data;
    const container = this.renderRoot.querySelector<HTMLElement>('figure > .chart[tabindex]');
    if (!data || this.#nothingToDraw(data) || !container) return;
    const language = languageOf(this);
    // Not before the container's width is known: a chart drawn at a guessed width would be
    // redrawn a frame later (and a test or a screenshot could catch the wrong one).
    if (this.width.measureNow() === 0) return;
    const width = Math.max(this.width.width, 240);
    // Redraw only when what is drawn changes: a new SVG under the pointer would swallow a
    // click, and moving the keyboard focus only moves the ring.
    const drawFrom = [data, width, language, this.layoutHeight, this.heading, ...this.drawArgs()];
    const sameDrawing =
      this.#drawn !== undefined &&
      container.contains(this.#drawn.svg) &&
      drawFrom.length === this.#drawnFrom.length &&
      drawFrom.every((value, index) => value === this.#drawnFrom[index]);
    if (!sameDrawing) {
      const drawn = this.draw(data, width, language);
      // The SVG is one image for assistive technology, named by the heading and the
      // generated text alternative; the table carries the numbers.
      drawn.svg.setAttribute('role', 'img');
      drawn.svg.setAttribute('aria-labelledby', this.heading ? 'heading summary' : 'summary');
      // Its parts are not read one by one: Chrome exposed the axes' groups, named in English as
      // Plot names them ("y-axis tick label"), and every tick after them.
      for (const part of drawn.svg.children) part.setAttribute('aria-hidden', 'true');
      container.replaceChildren(drawn.view ?? drawn.svg);
      if (drawn.view) container.style.height = 'auto';
      else if (drawn.height !== undefined) container.style.height = `${drawn.height}px`;
      this.#drawn = drawn;
      this.#drawnFrom = drawFrom;
    }
    if (this.#drawnData !== data) {
      this.#drawnData = data;
      this.#data.drawn(); // the state is `ready` and `slt-ready` fires only now the chart is on screen
    }
    if (this.readout) {
      // The focused point may read differently now (chosen, another language): say it again.
      const point = this.#pointAt(data, this.focusedPoint, language);
      if (point && point.readout !== this.readout) this.readout = point.readout;
      this.#markFocus(point);
    }
    if (performance.getEntriesByName('slt:first-chart').length === 0) performance.mark('slt:first-chart');
  }
}
