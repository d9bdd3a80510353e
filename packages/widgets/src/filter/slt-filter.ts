import { parseFilters, sharedEngine, type ColumnInfo, type Engine, type Language, type Row } from '@slt/engine';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { FilterScope, requestFilter } from '../filters/filter-scope.ts';
import { languageOf } from '../i18n/language.ts';
import { LanguageController } from '../i18n/language-controller.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { DataController } from '../shared/data-controller.ts';
import { renderStates, stateMessage } from '../shared/states.ts';
import { ALL, parsePickers, pickerLabel, pickersFrom, pickersQuery, valueLabel, type Picker } from './filter-options.ts';
import { FILTER_MESSAGES } from './filter.messages.ts';
import { filterStyles } from './slt-filter.styles.ts';
import { ColorSchemeController } from '../shared/color-scheme.ts';
import { RemovableAttributes } from '../shared/removable-attributes.ts';

/**
 * Pickers for period, area, sex and age group that drive the other widgets in the same
 * scope (the nearest ancestor with `slt-scope`, else the page) through the linked-filter
 * protocol. The choices come from the dataset: the distinct values of each named column.
 * Native select elements, each with a visible label, so keyboards, screen readers and
 * phones handle them as they handle any form. The controls show the scope's state, also
 * when another widget or the URL (`slt-url`) sets it.
 *
 * @summary Linked-filter pickers (period, area, sex, age group) from a dataset's values.
 *
 * @fires slt-filter - On every choice, from the element (bubbles, composed): `detail: { column, values }`, `values: null` clears the column. The scope then fires `slt-filters-changed`.
 *
 * @csspart form - The form around the pickers.
 * @csspart heading - The heading (when `heading` is set).
 * @csspart field - One label with its select.
 * @csspart label - A picker's label.
 * @csspart select - A picker's select element.
 * @csspart reset - The button that clears the choices.
 * @csspart printed - On paper, in place of the heading and the pickers: the choices in force as a sentence ("Utvalg: Område: Alle, Kjønn: Alle.").
 * @csspart message - The loading, empty or error message.
 *
 * @cssproperty --slt-text - Text colour.
 * @cssproperty --slt-muted - Colour of messages.
 * @cssproperty --slt-background - Background of the element and its controls.
 * @cssproperty --slt-control-border - Border of the selects and the button (at least 3:1 against the background).
 * @cssproperty --slt-error - Colour of error messages.
 * @cssproperty --slt-focus - Colour of the focus ring.
 * @cssproperty --slt-font-family - Font family.
 * @cssproperty --slt-font-size - Base font size.
 *
 * @example
 * <section slt-scope slt-url>
 *   <slt-filter src="data/indicators.parquet" filter="indicator=neet" columns="year,area,sex,age_group"></slt-filter>
 *   <slt-kpi ...></slt-kpi> <slt-trend ...></slt-trend>
 * </section>
 */
/** The choices read from the dataset. */
interface PickerData {
  readonly wanted: { column: string; label: string | undefined }[];
  readonly rows: Row[];
  readonly schema: readonly ColumnInfo[];
}

@customElement('slt-filter')
export class SltFilter extends RemovableAttributes(LitElement) {
  /** Light or dark as the page around it is (shared/color-scheme.ts). */
  protected readonly colorScheme = new ColorSchemeController(this);
  static override styles = [filterStyles];

  /** The data the choices come from: a Parquet URL or a registered dataset name. */
  @property({ reflect: true }) src = '';

  /** Limits the rows the choices are read from, `column=value` joined by `&` (e.g. `indicator=neet`). */
  @property() filter = '';

  /** The columns to offer pickers for, in order, comma-separated. */
  @property() columns = 'year,area,sex,age_group';

  /** Visible labels for the pickers, comma-separated in the order of `columns`; defaults in the reader's language. */
  @property() labels = '';

  /** A heading above the pickers; also names the group for screen readers. */
  @property() heading = '';

  /** Raise the disclosure threshold of the queries the choices are read with (never lowers the dataset's k). */
  @property({ type: Number }) k: number | undefined = undefined;

  /** Allow a dataset whose metadata says `slt.tier = internal` (pages behind a login only). */
  @property({ type: Boolean, attribute: 'allow-internal' }) allowInternal = false;

  /** The engine the choices are read with: the page's shared one unless a host provides another. */
  engine: Engine = sharedEngine();

  /** The choices offered, and the scope's filters as the controls show them (a choice does not reload). */
  readonly #pickers: DataController<PickerData> = new DataController(this, {
    args: () => [this.src, this.filter, this.columns, this.labels],
    load: async () => {
      const wanted = parsePickers(this.columns, this.labels);
      const filters = parseFilters(this.filter);
      const results = await Promise.all(wanted.map(({ column }) => this.#pickers.select(this.src.trim(), pickersQuery(column, filters))));
      return { wanted, rows: results.flatMap((result) => result.rows), schema: results[0]?.info.columns ?? [] };
    },
    describe: () => `<slt-filter src="${this.src}">`,
    isEmpty: ({ wanted, rows, schema }) => pickersFrom(rows, wanted, schema, 'en').every((picker) => picker.values.length === 0),
    engine: () => this.engine,
    k: () => this.k,
    allowInternal: () => this.allowInternal,
    followsFilters: false, // a choice does not reload the choices
  });

  /** What the pickers are doing: `loading`, `ready`, `empty` or `error` (also the `state` attribute). */
  get state() {
    return this.#pickers.state;
  }

  /** Loads the choices again after a fault. */
  retry(): void {
    this.#pickers.retry();
  }

  constructor() {
    super();
    new LanguageController(this);
  }

  /** The scope's filters, as the controls show them. */
  private get selected() {
    return this.#pickers.filters;
  }

  override render() {
    const language = languageOf(this);
    const name = this.heading || FILTER_MESSAGES[language].group;
    return html`<form part="form" aria-busy=${this.#pickers.busy ? 'true' : 'false'} aria-label=${name} @submit=${(event: Event) => event.preventDefault()}>
      ${this.heading ? html`<div class="heading" part="heading" role="heading" aria-level="2">${this.heading}</div>` : nothing}
      ${renderStates(this.#pickers.task, language, {
        loading: () => stateMessage(MESSAGES[language].loading, 'status'),
        keepStale: false,
        isEmpty: ({ wanted, rows, schema }) => pickersFrom(rows, wanted, schema, language).every((picker) => picker.values.length === 0),
        emptyText: FILTER_MESSAGES[language].noOptions,
        message: (content) => content,
        complete: ({ wanted, rows, schema }) => {
          const pickers = pickersFrom(rows, wanted, schema, language);
          return html`<div class="fields">
              ${pickers.map((picker, index) => this.#renderPicker(picker, index, language))}
              <button type="button" part="reset" @click=${() => this.reset()}>${FILTER_MESSAGES[language].reset}</button>
            </div>
            <p class="printed" part="printed">${this.#inWords(pickers, language)}</p>`;
        },
      })}
    </form>`;
  }

  /** The choices in force as a sentence, for paper: "Utvalg: Område: Borgen, Kjønn: Alle." */
  #inWords(pickers: readonly Picker[], language: Language): string {
    const choices = pickers.map((picker) => {
      const chosen = this.selected.get(picker.column)?.[0];
      const value = chosen === undefined || chosen === ALL ? MESSAGES[language].all : valueLabel(picker.column, chosen, language);
      return `${pickerLabel(picker, language)}: ${value}`;
    });
    return fill(FILTER_MESSAGES[language].printed, { choices: choices.join(', ') });
  }

  #renderPicker(picker: Picker, index: number, language: Language) {
    const chosen = this.selected.get(picker.column)?.[0];
    const current = chosen === undefined || chosen === ALL ? '' : chosen;
    // A value set elsewhere (a link, another widget) that this dataset lacks is still shown as chosen.
    const values = current && !picker.values.includes(current) ? [current, ...picker.values] : picker.values;
    return html`<div class="field" part="field">
      <label part="label" for="picker-${index}">${pickerLabel(picker, language)}</label>
      <select
        id="picker-${index}"
        part="select"
        name=${picker.column}
        ?data-chosen=${current !== ''}
        @change=${(event: Event) => this.choose(picker.column, (event.target as HTMLSelectElement).value)}
      >
        ${current !== '' && FilterScope.of(this).requires(picker.column) ? nothing : html`<option value="" .selected=${current === ''}>${MESSAGES[language].all}</option>`}
        ${values.map((value) => html`<option value=${value} .selected=${value === current}>${valueLabel(picker.column, value, language)}</option>`)}
      </select>
    </div>`;
  }

  /** Chooses `value` for `column` in the scope ('' or 'all' clears it), as the select does. */
  choose(column: string, value: string): void {
    requestFilter(this, column, value === '' || value === ALL ? null : [value]);
  }

  /** Clears this element's columns in the scope. */
  reset(): void {
    for (const { column } of parsePickers(this.columns, this.labels)) {
      if (this.selected.has(column)) requestFilter(this, column, null);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-filter': SltFilter;
  }
}
