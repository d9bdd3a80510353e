import { Task, TaskStatus } from '@lit/task';
import { intlLocales, sharedEngine, type Engine, type Language, type SelectOptions } from '@slt/engine';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FilterScope } from '../filters/filter-scope.ts';
import { BUNDLE_URL, embedCode, type EmbedCode } from '../shared/embed-code.ts';
import { READY_EVENT } from '../shared/data-controller.ts';
import { disclosureOf } from '../shared/hidden-cells.ts';
import { embedStyles, renderEmbedCode, renderEmbedToggle } from '../shared/footer.ts';
import type { FilterState } from '../filters/filter-state.ts';
import { languageOf } from '../i18n/language.ts';
import { LanguageController } from '../i18n/language-controller.ts';
import { filtersInWords } from './dashboard-summary.ts';
import { DASHBOARD_MESSAGES, fillIn, type DashboardMessages } from './dashboard.messages.ts';
import { dashboardStyles } from './dashboard.styles.ts';
import { ColorSchemeController } from '../shared/color-scheme.ts';
import { RemovableAttributes } from '../shared/removable-attributes.ts';

/** What every dashboard loads before it draws: its summary facts and its datasets' metadata. */
export interface DashboardLoad<Facts> {
  readonly facts: Facts;
  readonly sources: readonly { readonly metadata: Readonly<Record<string, string>> }[];
}

/**
 * What the three dashboards share: the attributes (`data`, `municipality`, `focus`, `k`;
 * `lang` is read like every widget's), one linked-filter scope round the widgets, the
 * generated summary "What the figures say", the sources and privacy note, and the printed
 * report (title, date, filters in words, no controls, charts redrawn at the paper's width).
 * A dashboard supplies its facts, its sentences and its panels.
 */
export abstract class SltDashboard<Facts> extends RemovableAttributes(LitElement) {
  /** Light or dark as the page around it is (shared/color-scheme.ts). */
  protected readonly colorScheme = new ColorSchemeController(this);
  static override styles = [dashboardStyles, embedStyles];

  /** Base URL of the municipality's Parquet files (ends with `/`), relative to the page. */
  @property() data = './data/';

  /** The municipality's area name in the data, to compare with; default: from the data. */
  @property() municipality = '';

  /** The district in focus (e.g. `Borgen`); a district chosen in the dashboard replaces it. */
  @property({ attribute: 'focus' }) focusDistrict = '';

  /** Disclosure threshold for every widget: it can only raise the datasets' own k. */
  @property({ type: Number }) k: number | undefined = undefined;

  /** Set while printing (or preparing to): the charts are redrawn at the paper's width. */
  @property({ type: Boolean, reflect: true }) printing = false;

  /** The engine every query runs on: the page's shared one unless a host provides another. */
  engine: Engine = sharedEngine();

  /** The filters chosen inside this dashboard's scope. */
  @state() protected linked: FilterState = new Map();

  #stopListening: (() => void) | undefined;
  /** The filter scope of the widgets inside (set once they are rendered). */
  #scope: FilterScope | undefined;
  readonly #printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  readonly #onPrintMedia = () => (this.printing = this.#printMedia?.matches ?? false);
  readonly #beforePrint = () => (this.printing = true);
  readonly #afterPrint = () => (this.printing = this.#printMedia?.matches ?? false);

  protected abstract readonly tag: string;
  protected abstract titles(messages: DashboardMessages): { title: string; lede: string };
  /** The dataset URLs the dashboard reads, for the sources list. */
  protected abstract datasets(): string[];
  protected abstract loadFacts(options: SelectOptions): Promise<Facts>;
  protected abstract summary(facts: Facts, language: Language): string[];
  protected abstract renderPanels(facts: Facts, language: Language): TemplateResult;
  /** Whether the data hold nothing to show (files with the schema but no rows). */
  protected abstract isEmpty(facts: Facts): boolean;
  /** The privacy note, with the k in force. */
  protected abstract privacyNote(k: number, language: Language): string;
  /** Anything after the title that only this dashboard says (a note on neighbours). */
  protected renderExtraNotes(_language: Language): unknown {
    return nothing;
  }

  /** More of the printed report's line under the title, after the filters (the view in force). */
  protected reportDetails(_facts: Facts | undefined, _language: Language): string {
    return '';
  }

  /** The columns the scope inside keeps a value for once chosen (`slt-required`): the district in focus. */
  protected readonly requiredColumns: string = '';

  /**
   * The district these facts are about when the reader has chosen none (the `focus` attribute,
   * else the dashboard's default); '' when the dashboard has no district in focus.
   */
  protected focusOf(_facts: Facts): string {
    return '';
  }

  /** Attributes the embed code states besides the element's own (the view in force), replacing them. */
  protected embedState(_facts: Facts | undefined): readonly (readonly [string, string])[] {
    return [];
  }

  readonly #load = new Task(this, {
    args: () => [this.data, this.municipality, this.focusArea, this.linked, this.k, this.engine] as const,
    task: async (): Promise<DashboardLoad<Facts>> => {
      const options = this.selectOptions();
      try {
        const [facts, sources] = await Promise.all([
          this.loadFacts(options),
          Promise.all(this.datasets().map(async (src) => ({ metadata: (await this.engine.schema(src)).metadata }))),
        ]);
        return { facts, sources };
      } catch (error) {
        console.error(`<${this.tag} data="${this.data}">`, error);
        throw error;
      }
    },
  });

  constructor() {
    super();
    new LanguageController(this);
  }

  /** A chart's height: on paper about 60 % of the screen's, so a report fits on 2-4 A4 pages. */
  protected chartHeight(screen: number): number {
    return this.printing ? Math.round(screen * 0.6) : screen;
  }

  /**
   * A trend's height: its own 300 px on screen, 240 px on paper (a trend squeezed to 60 % has
   * too few gridlines to read a value from), so that the grouped bars can keep a line per
   * figure and the youth report still fits four pages.
   */
  protected get trendHeight(): number {
    return this.printing ? 240 : 300;
  }

  /**
   * The district map's height: four rows of tiles of about 90 px on screen, where the names
   * ("Slemmestad") are written at 13 px instead of shrunk to fit 70 px tiles; the map's own
   * 340 px in print.
   */
  protected get mapHeight(): number {
    return this.printing ? 340 : 420;
  }

  /** `data` with a final slash, so `data="/kommune/data"` works too. */
  protected get base(): string {
    return this.data.endsWith('/') ? this.data : `${this.data}/`;
  }

  /** The district in focus: the one chosen in the dashboard, else the `focus` attribute. */
  protected get focusArea(): string {
    return this.linked.get('area')?.[0] ?? this.focusDistrict;
  }

  protected selectOptions(): SelectOptions {
    return disclosureOf(this.k);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#printMedia?.addEventListener('change', this.#onPrintMedia);
    addEventListener('beforeprint', this.#beforePrint);
    addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#printMedia?.removeEventListener('change', this.#onPrintMedia);
    removeEventListener('beforeprint', this.#beforePrint);
    removeEventListener('afterprint', this.#afterPrint);
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.renderRoot.addEventListener(READY_EVENT, this.#onWidgetReady);
    const scopeElement = this.renderRoot.querySelector('[slt-scope]');
    if (!scopeElement) return;
    const scope = FilterScope.of(scopeElement);
    this.#scope = scope;
    // Only a choice already made (a link) is news: the same empty state under another Map
    // started every dashboard's load a second time (and logged a failed one twice).
    if (scope.filters.size > 0) this.linked = scope.filters;
    this.#stopListening = scope.subscribe((filters) => (this.linked = filters));
  }

  /** The state last announced with `slt-ready`, so it fires once per settled load. */
  #announced: string | undefined;

  /**
   * What the dashboard is doing, as its `state` attribute (`loading`, `ready`, `empty`,
   * `error`): `ready` once its figures are in and every widget inside has settled, so a host
   * page or a print service can wait for the whole report. Then it fires one `slt-ready`.
   */
  async #settle(): Promise<void> {
    // The widgets take the attributes this render gave them in their own update: only after it
    // does a widget whose query changed say `loading` (its old `ready` would count otherwise).
    if (this.#load.status === TaskStatus.COMPLETE) await Promise.all(this.widgets.map((widget) => (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    const own = this.#load.status === TaskStatus.ERROR ? 'error' : this.#load.status !== TaskStatus.COMPLETE ? 'loading' : this.isEmpty(this.#load.value!.facts) ? 'empty' : 'ready';
    // A widget's `ready` means drawn, with its table and embed codes (shared/data-controller.ts).
    const waiting = own === 'ready' && this.widgets.some((widget) => (widget.getAttribute('state') ?? 'loading') === 'loading');
    const settled = waiting ? 'loading' : own;
    if (this.getAttribute('state') !== settled) this.setAttribute('state', settled);
    if (settled === 'loading') {
      this.#announced = undefined;
    } else if (this.#announced !== settled) {
      this.#announced = settled;
      this.dispatchEvent(new CustomEvent(READY_EVENT, { detail: { state: settled }, bubbles: true, composed: true }));
    }
  }

  /** A widget inside has settled: the dashboard may have too. Its event stays inside: the page hears the dashboard's. */
  readonly #onWidgetReady = (event: Event): void => {
    if (event.target === this) return;
    event.stopPropagation();
    void this.#settle();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    void this.#settle();
    const scope = this.#scope;
    if (!scope) return;
    // A host that sets `focus` anew chooses that district, as a reader would.
    if (changed.has('focusDistrict') && changed.get('focusDistrict') !== undefined && this.focusDistrict) {
      scope.set('area', [this.focusDistrict]);
      return;
    }
    // The district in focus is the scope's choice, so that every part says the same: the
    // picker said "Alle" and the key figures showed the municipality while the trends, the
    // summary and the map were about the district in focus. The scope keeps it chosen
    // (`slt-required`): the widgets offer no "Alle" and no way to clear it.
    if (scope.filters.has('area') || this.#load.status !== TaskStatus.COMPLETE) return;
    const shown = this.focusOf(this.#load.value!.facts);
    if (shown) scope.set('area', [shown]);
  }

  /** The widgets inside the dashboard (for tests and hosts). */
  get widgets(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.scope *')].filter((element) => element.localName.startsWith('slt-'));
  }

  /**
   * Prints the report: switches to the paper's width, waits until every chart is redrawn
   * at it, then opens the browser's print dialog.
   */
  async printReport(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(this.widgets.map((widget) => (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    print();
  }

  override render() {
    const language = languageOf(this);
    const messages = DASHBOARD_MESSAGES[language];
    const { title, lede } = this.titles(messages);
    const failed = this.#load.status === TaskStatus.ERROR;
    const loaded = this.#load.status === TaskStatus.COMPLETE ? this.#load.value : undefined;
    const empty = loaded !== undefined && this.isEmpty(loaded.facts);
    const load = empty ? undefined : loaded;
    const busy = this.#load.status === TaskStatus.PENDING || this.#load.status === TaskStatus.INITIAL;
    const today = new Intl.DateTimeFormat(intlLocales(language), { dateStyle: 'long' }).format(new Date());
    const filters = new Map(this.linked);
    if (!filters.has('area') && this.focusArea) filters.set('area', [this.focusArea]);
    const synthetic = loaded?.sources.some(({ metadata }) => metadata['slt.synthetic'] === 'true') ?? false;
    return html`<article aria-busy=${busy ? 'true' : 'false'} data-state=${failed ? 'error' : empty ? 'empty' : loaded ? 'ready' : 'loading'}>
      <header>
        <p class="report-label">${messages.reportLabel}</p>
        <h2 id="dashboard-title">${title}</h2>
        <p class="lede">${lede}</p>
        <p class="print-only">${messages.printedOn}: ${today}. ${messages.filtersInForce}: ${filtersInWords(filters, language)}.${this.reportDetails(load?.facts, language)}</p>
        <!-- A report or an embed code of a message has nothing in it to print or copy. -->
        ${failed || empty
          ? nothing
          : html`<div class="actions">
                <button type="button" class="print" @click=${() => void this.printReport()}>${messages.printButton}</button>
                ${renderEmbedToggle(language)}
              </div>
              ${renderEmbedCode(this.#embedCode(title, language, load?.facts), language)}`}
        <!-- What the data say of themselves comes last in the header: it is known only once they
             are in, and above the buttons it pushed them down as the reader reached for them. -->
        ${synthetic ? html`<p class="demo-marker"><span>${messages.demoMarker}</span></p>` : nothing}
        ${this.renderExtraNotes(language)}
      </header>
      ${load
        ? html`<section class="summary" aria-labelledby="summary-heading dashboard-title">
            <h3 id="summary-heading">${messages.summaryHeading}</h3>
            <ul>
              ${this.summary(load.facts, language).map((sentence) => html`<li>${sentence}</li>`)}
            </ul>
          </section>`
        : failed
          ? html`<p class="message error" role="alert">${messages.failed}</p>`
          : empty
            ? html`<p class="message empty" role="status">${messages.empty}</p>`
            : html`<p class="message" role="status">${messages.loading}</p>`}
      <div class="scope" slt-scope slt-required=${this.requiredColumns || nothing}>${load ? this.renderPanels(load.facts, language) : nothing}</div>
      ${load ? this.#renderNotes(load, language, messages) : nothing}
    </article>`;
  }

  /**
   * The embed codes for the dashboard as configured now: its attributes, with the district
   * chosen inside it as `focus` (the one linked filter a dashboard takes as an attribute).
   */
  #embedCode(title: string, language: Language, facts: Facts | undefined): EmbedCode {
    const state = this.embedState(facts);
    const stated = new Set(['focus', ...state.map(([name]) => name)]);
    const attributes = [...this.attributes].filter(({ name }) => !stated.has(name)).map(({ name, value }) => [name, value] as const);
    return embedCode({
      tag: this.localName,
      attributes: [...attributes, ...(this.focusArea ? [['focus', this.focusArea] as const] : []), ...state],
      observed: (this.constructor as typeof LitElement).observedAttributes,
      language,
      bundle: BUNDLE_URL,
      title,
      // A screen's height, as the dashboard holds while it loads (dashboards README).
      height: '100vh',
    });
  }

  #renderNotes(load: DashboardLoad<Facts>, language: Language, messages: DashboardMessages): TemplateResult {
    const text = (metadata: Readonly<Record<string, string>>, key: string) => metadata[`${key}.${language}`] || metadata[key] || '';
    const sources = [...new Set(load.sources.map(({ metadata }) => `${text(metadata, 'slt.title')}: ${text(metadata, 'slt.source')}`))];
    const ks = load.sources.map(({ metadata }) => Number(metadata['slt.k'])).filter((k) => Number.isInteger(k) && k > 0);
    const k = Math.max(5, ...ks, this.k ?? 0);
    const synthetic = load.sources.some(({ metadata }) => metadata['slt.synthetic'] === 'true');
    // Named with the dashboard's title too: a page with two dashboards has two of each region.
    return html`<section class="notes" aria-labelledby="privacy-heading dashboard-title">
      <h3 id="privacy-heading">${messages.privacyHeading}</h3>
      <p>${this.privacyNote(k, language)}</p>
      ${synthetic ? html`<p class="demo">${messages.synthetic}</p>` : nothing}
      <h3>${messages.sourcesHeading}</h3>
      <ul>
        ${sources.map((source) => html`<li>${source}</li>`)}
      </ul>
    </section>`;
  }
}

/** `{name}` placeholders in a heading. */
export const heading = (template: string | undefined, values: Record<string, string>) => fillIn(template ?? '', values);
