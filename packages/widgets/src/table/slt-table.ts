import { sharedEngine, type ColumnInfo, type Engine, type Language, type ParquetInfo } from '@slt/engine';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { languageOf } from '../i18n/language.ts';
import { LanguageController } from '../i18n/language-controller.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { frameStyles } from '../shared/chart-frame.styles.ts';
import { toCsv, type DataTable } from '../shared/data-table.ts';
import { datasetFacts } from '../shared/dataset-facts.ts';
import { downloadBlob, fileNameOf } from '../shared/download.ts';
import { BUNDLE_URL, embedCode, type EmbedCode } from '../shared/embed-code.ts';
import { embedStyles, renderFooter } from '../shared/footer.ts';
import { hasStatusColumn, hiddenColumns, thresholdOf } from '../shared/hidden-cells.ts';
import { DataController } from '../shared/data-controller.ts';
import { fixingFilters, keptFilters, linkedFilters } from '../shared/linked-data.ts';
import { renderDataTable, renderSuppressedNote } from '../shared/render-data-table.ts';
import { renderStates } from '../shared/states.ts';
import { sortRows, toDataTable, type SortState, type TableRow } from './table-data.ts';
import { checkSortColumn, shownColumns, tableOptions, tableQuery, type TableOptions } from './table-options.ts';
import { TABLE_MESSAGES } from './slt-table.messages.ts';
import { ColorSchemeController } from '../shared/color-scheme.ts';
import { RemovableAttributes } from '../shared/removable-attributes.ts';

interface TableData {
  readonly options: TableOptions;
  readonly columns: ColumnInfo[];
  readonly rows: TableRow[];
  readonly info: ParquetInfo;
  /** The disclosure threshold, when a cell is hidden. */
  readonly suppressedBelow: number | undefined;
}

/**
 * An accessible, sortable table of a query result: any columns of a Parquet dataset,
 * filtered like the charts and by the linked filters of its scope. Numbers are
 * right-aligned and formatted for the reader; hidden figures show as ':' with the
 * explanation. A table, not a chart: it shares the charts' states, footer and CSV
 * download, but not their SVG, so it is a LitElement of its own.
 *
 * @summary Sortable data table with a caption, hidden cells as ':', linked filters and CSV download.
 *
 * @csspart heading - The heading above the table (also its caption for assistive technology).
 * @csspart caption - The number of rows under the heading.
 * @csspart table - The scrollable box around the table.
 * @csspart footer - Source, last update, definition and the CSV download.
 * @csspart demo-marker - The "demo data" marker shown for synthetic datasets.
 * @csspart message - The loading, empty-state or error message.
 *
 * @cssproperty --slt-text - Text colour.
 * @cssproperty --slt-muted - Colour of secondary text and messages.
 * @cssproperty --slt-background - Background colour.
 * @cssproperty --slt-skeleton - Colour of the loading placeholder and table rules.
 * @cssproperty --slt-error - Colour of error messages.
 * @cssproperty --slt-focus - Colour of the focus ring.
 * @cssproperty --slt-font-family - Font family.
 * @cssproperty --slt-font-size - Base font size.
 *
 * @example
 * <slt-table src="data/indicators.parquet"
 *   filter="indicator=neet&age_group=16-25&sex=all&area_level=district&year=2025"
 *   columns="area,value,numerator" labels="area=Bydel&value=Andel&numerator=Antall"
 *   units="value=percent&numerator=count" sort="value:descending"
 *   heading="Unge utenfor arbeid og utdanning, 2025"></slt-table>
 */
@customElement('slt-table')
export class SltTable extends RemovableAttributes(LitElement) {
  /** Light or dark as the page around it is (shared/color-scheme.ts). */
  protected readonly colorScheme = new ColorSchemeController(this);
  static override styles = [
    frameStyles,
    embedStyles,
    css`
      .table-scroll {
        max-width: 100%;
        container-type: inline-size;
      }
      .table-scroll:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      table {
        margin-top: 0;
        font-size: 0.9375em;
      }
      .heading {
        margin-bottom: 0;
      }
      .count {
        margin: 0 0 0.5em;
        color: var(--_muted);
        font-size: 0.875em;
      }
      /* Headers wrap at their spaces ("Innbyggere / 15–29") rather than push the last
         column out of sight on a phone; with room they stay on one line. */
      th {
        padding: 0;
        vertical-align: bottom;
      }
      th button {
        display: inline-flex;
        gap: 0.25em;
        align-items: center;
        min-height: 24px;
        padding: 0.25em 0.75em 0.25em 0;
        border: 0;
        background: transparent;
        color: inherit;
        font: inherit;
        font-weight: 650;
        cursor: pointer;
      }
      th.number button {
        flex-direction: row-reverse;
        margin-left: auto;
        width: 100%;
        justify-content: flex-start;
      }
      th button:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: -1px;
      }
      .arrow {
        flex: none;
        display: inline-block;
        width: 1em;
        text-align: center;
        color: var(--_muted);
      }
      [aria-sort] .arrow {
        color: inherit;
      }
      tbody tr:hover {
        background: color-mix(in srgb, var(--_skeleton) 50%, transparent);
      }
      .loading {
        min-height: 8em;
      }
      /* Last, so that it wins over the rules above. On a phone a table of four columns
         overflowed its box and hid the last one behind a faint scroll shadow: a smaller type
         and narrower gaps, and where it still overflows the count line says so. */
      @container (max-width: 416px) {
        table {
          font-size: 0.875em;
        }
        th,
        td {
          padding-right: 0.5em;
        }
      }
      .scroll-hint {
        font-style: italic;
      }
      /* A column of long text (a source) squeezed to a word's width made every row ten lines
         tall: on screen it keeps a readable width (a third of the box, at most 12em, so a
         phone's district names still fit beside two figures) and the table scrolls instead. */
      @media screen {
        td:not(.number) {
          min-width: min(12em, 33cqi);
        }
      }
      /* Paper cannot scroll: the table fits its column. The arrows of the columns it is not
         sorted by only say a click sorts them; the hint says to scroll. */
      @media print {
        .table-scroll {
          overflow: visible;
          background: none;
        }
        th:not([aria-sort]) .arrow,
        .scroll-hint {
          display: none;
        }
        th button {
          min-height: 0;
          padding-right: 0.375em;
        }
        th,
        td {
          padding-right: 0.375em;
        }
      }
    `,
  ];

  /** The data: a Parquet URL (relative to the page) or the name of a registered dataset. */
  @property({ reflect: true }) src = '';

  /** Equality filters, `column=value` pairs joined by `&`; repeat a column for "any of". */
  @property() filter = '';

  /** The columns to show, comma-separated, in order (`area,year,value`); all but `status` when empty. */
  @property() columns = '';

  /** Column headers, `column=Label` pairs joined by `&` (`area=Bydel&value=Andel`); a column's name otherwise. */
  @property() labels = '';

  /** Units of numeric columns, `column=unit` joined by `&` (`value=percent&numerator=count`). */
  @property() units = '';

  /** Decimals for numbers with a fraction; by default 1 for percent and per 1000. */
  @property({ type: Number }) decimals: number | undefined = undefined;

  /** The starting order: a column, optionally `:descending` (`value:descending`). The reader can change it. */
  @property() sort = '';

  /** The caption above the table (also the CSV's file name). */
  @property() heading = '';

  /** Ignore the filters chosen in linked widgets. */
  @property({ type: Boolean, attribute: 'no-link' }) noLink = false;

  /** Columns of `filter` whose values are defaults a choice in the scope replaces (`follow="sex"`), as on the charts. */
  @property() follow = '';

  /** Raise the disclosure threshold: counts below `k` are hidden (never lowers the dataset's own k). */
  @property({ type: Number }) k: number | undefined = undefined;

  /** Allow a dataset whose metadata says `slt.tier = internal` (pages behind a login only). */
  @property({ type: Boolean, attribute: 'allow-internal' }) allowInternal = false;

  /** The engine the table queries: the page's shared one unless a host provides another. */
  engine: Engine = sharedEngine();

  /** The order the reader chose with a column button (overrides `sort`). */
  @state() private chosenSort: SortState | undefined;
  @state() private announcement = '';
  /** Whether the table is wider than its box (a phone): the count line then says to scroll. */
  @state() private overflowing = false;
  #scrollBox: Element | undefined;
  readonly #overflow = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.#measureOverflow()) : undefined;

  readonly #data: DataController<TableData> = new DataController(this, {
    args: () => [this.src, this.filter, this.columns, this.labels, this.units, this.decimals, this.sort, this.follow],
    load: () => this.#load(),
    describe: () => `<slt-table src="${this.src}">`,
    isEmpty: (data) => data.rows.length === 0,
    engine: () => this.engine,
    k: () => this.k,
    allowInternal: () => this.allowInternal,
  });

  /** What the table is doing: `loading`, `ready`, `empty` or `error` (also its `state` attribute). */
  get state() {
    return this.#data.state;
  }

  /** Loads again after a fault. */
  retry(): void {
    this.#data.retry();
  }

  constructor() {
    super();
    new LanguageController(this);
  }

  async #load(): Promise<TableData> {
    const options = tableOptions({
      src: this.src,
      filter: this.filter,
      columns: this.columns,
      labels: this.labels,
      units: this.units,
      decimals: this.decimals,
      sort: this.sort,
    });
    const info = await this.#data.schema(options.src);
    const columns = shownColumns(options, info.columns);
    const linked = this.noLink ? [] : linkedFilters(this.#data.filters, info.columns, fixingFilters(options.filters, this.follow));
    const own = { ...options, filters: keptFilters(options.filters, linked) };
    const result = await this.#data.select(options.src, tableQuery(own, columns, linked, hasStatusColumn(info)));
    checkSortColumn(options, columns);
    const hidden = hiddenColumns(result, columns.map((column) => column.name));
    const rows = result.rows.map((cells, index) => ({ cells, hidden: hidden[index]! }));
    return {
      options,
      columns,
      rows,
      info: result.info,
      suppressedBelow: hidden.some((set) => set.size > 0) ? thresholdOf(result) : undefined,
    };
  }

  #sortOf(data: TableData): SortState | undefined {
    return this.chosenSort ?? data.options.sort;
  }

  /** What the table shows, in the order shown: the same for the screen and the CSV. */
  #tableOf(data: TableData, language: Language): DataTable {
    return toDataTable(sortRows(data.rows, this.#sortOf(data), language), data.columns, data.options, language);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Watch the box the table is drawn in now (it is drawn anew with new data); the observer
    // reports before the first paint, so the hint comes with the table, never after it.
    const box = this.renderRoot.querySelector('.table-scroll') ?? undefined;
    if (box === this.#scrollBox) return;
    this.#overflow?.disconnect(); // the old box and its table
    this.#scrollBox = box;
    if (box) {
      this.#overflow?.observe(box);
      const table = box.querySelector('table');
      if (table) this.#overflow?.observe(table);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate(); // moved in the page: watch its box again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#overflow?.disconnect();
    this.#scrollBox = undefined;
  }

  #measureOverflow(): void {
    const box = this.#scrollBox;
    this.overflowing = box !== undefined && box.scrollWidth > box.clientWidth + 1;
  }

  override render() {
    const language = languageOf(this);
    return html`<figure aria-busy=${this.#data.busy ? 'true' : 'false'}>
      ${renderStates(this.#data.task, language, {
        loading: () => this.#renderLoading(MESSAGES[language].loading),
        complete: (data, stale) => this.#renderTable(data, language, stale),
        isEmpty: (data) => data.rows.length === 0,
        message: (content) => html`${this.#renderTitle()}${content}`,
      })}
    </figure>`;
  }

  #renderTitle(): TemplateResult | typeof nothing {
    return this.heading ? html`<div class="heading" part="heading" role="heading" aria-level="2">${this.heading}</div>` : nothing;
  }

  #renderLoading(text: string): TemplateResult {
    return html`${this.#renderTitle()}<div class="skeleton loading" part="message"><span class="visually-hidden">${text}</span></div>`;
  }

  #renderTable(data: TableData, language: Language, stale = false): TemplateResult {
    const words = TABLE_MESSAGES[language];
    const table = this.#tableOf(data, language);
    const sort = this.#sortOf(data);
    const count = fill(words.rowCount, { count: String(table.rows.length) });
    // The heading and count sit above the scrolling box, so a wide table never cuts them off
    // on a phone; the caption names the table (and its region) for assistive technology.
    return html`${this.#renderTitle()}
      <p class="count" part="caption" aria-hidden="true">${count}${this.overflowing ? html`. <span class="scroll-hint">${words.scrollHint}</span>` : nothing}</p>
      <div class="table-scroll ${stale ? 'stale' : ''}" part="table" role="region" tabindex="0" aria-labelledby="caption">
        ${renderDataTable(table, data.suppressedBelow, language, {
          caption: html`<caption id="caption" class="visually-hidden">${this.heading ? `${this.heading}, ` : ''}${count}</caption>`,
          columnHeader: (header, index) => {
            const column = data.columns[index]!;
            const direction = sort?.column === column.name ? sort.direction : undefined;
            return html`<th scope="col" class=${header.numeric ? 'number' : ''} aria-sort=${direction ?? nothing}>
              <button type="button" @click=${() => this.#sortBy(column.name, header.label, data, language)}>
                <span>${header.label}</span><span class="arrow" aria-hidden="true">${direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
              </button>
            </th>`;
          },
        })}
      </div>
      ${renderSuppressedNote(data.suppressedBelow, language)}
      <p class="visually-hidden sort-announcement" aria-live="polite">${this.announcement}</p>
      ${renderFooter(
        datasetFacts(data.info, language),
        [{ label: MESSAGES[language].downloadCsv, save: () => this.downloadCsv(language) }],
        language,
        this.#embedCode(data, language),
      )}`;
  }

  /** A column button: sorts by that column ascending, or turns the order round when it already sorts. */
  #sortBy(column: string, label: string, data: TableData, language: Language): void {
    const current = this.#sortOf(data);
    const direction = current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending';
    this.chosenSort = { column, direction };
    const words = TABLE_MESSAGES[language];
    this.announcement = fill(direction === 'ascending' ? words.sortedAscending : words.sortedDescending, { column: label });
  }

  /** The embed codes for the table as configured now, with the linked filters that apply. */
  #embedCode(data: TableData, language: Language): EmbedCode {
    const linked = this.noLink ? [] : linkedFilters(this.#data.filters, data.info.columns, fixingFilters(data.options.filters, this.follow));
    return embedCode({
      tag: this.localName,
      attributes: [...this.attributes].map((attribute) => [attribute.name, attribute.value] as const),
      observed: (this.constructor as typeof LitElement).observedAttributes,
      linked,
      language,
      bundle: BUNDLE_URL,
      title: this.heading,
    });
  }

  /** Saves the table as CSV: the shown columns and rows in the shown order, raw numbers, ':' for hidden. */
  downloadCsv(language: Language = languageOf(this)): void {
    const data = this.#data.value;
    if (!data) return;
    const csv = toCsv(this.#tableOf(data, language), language);
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${fileNameOf(this.heading, 'slt-table')}.csv`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-table': SltTable;
  }
}
