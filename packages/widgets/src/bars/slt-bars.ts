import { formatValue, type Language, type ParquetInfo } from '@slt/engine';
import { css, html, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { FilterScope, requestFilter } from '../filters/filter-scope.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { languageOf } from '../i18n/language.ts';
import { cell, type DataTable, type TableCell } from '../shared/data-table.ts';
import { categoryStyleList, seriesStyleList, type SeriesStyle, type SeriesStyles } from '../shared/area-styles.ts';
import { checkSeriesStyles } from '../shared/attribute-rules.ts';
import { neutralTonesOf, paletteOf } from '../shared/series-style.ts';
import { SltChartElement, type ChartPoint, type DrawnChart } from '../shared/slt-chart-element.ts';
import { hasStatusColumn, hiddenColumns, thresholdOf } from '../shared/hidden-cells.ts';
import { firstRepeated } from '../shared/repeated.ts';
import { WidgetError } from '../shared/widget-error.ts';
import { colourOf, leastBarsHeight, nameLinesAbove, patternDefs, patternFill, renderBarsChart, type BarsChart } from './bars-chart.ts';
import { pickReference, seriesOf, sortCategories, stackStarts, toBars, type Bar, type Reference } from './bars-data.ts';
import { barsOptions, barsQuery, categoryLabel, referenceName, referenceOthers, referenceQuery, valueNameOf, type BarsOptions } from './bars-options.ts';
import { summariseBars } from './bars-summary.ts';
import { BARS_MESSAGES } from './slt-bars.messages.ts';
import { seriesLabel } from '../shared/series-labels.ts';

interface BarsData {
  readonly options: BarsOptions;
  readonly bars: Bar[];
  readonly series: string[];
  readonly reference: Reference | undefined;
  readonly info: ParquetInfo;
  readonly suppressedBelow?: number | undefined;
  /** The style of each named series (`series-styles`); the others by order. */
  readonly styles: SeriesStyles;
}

/**
 * Values by category or district as horizontal bars, sorted, with direct value labels,
 * an optional reference line (the municipality or the country) named in words, and
 * grouped or stacked series told apart by hatching as well as colour. Choosing a bar
 * (click, tap, or Enter/Space on the focused bar) filters the linked widgets by it.
 *
 * @summary Bars by category, with a reference line, a text alternative, a data table, keyboard access and linked filters.
 *
 * @fires slt-filter - When a bar is chosen or unchosen: `detail: { column, values }` (`values: null` clears). Bubbles, composed; the nearest `slt-scope` applies it.
 *
 * @csspart heading - The chart's heading.
 * @csspart legend - The list of series, each with its colour and hatching.
 * @csspart chart - The box that holds the SVG chart (and the loading placeholder).
 * @csspart readout - The value of the bar keyboard focus is on.
 * @csspart summary - The text alternative under the chart.
 * @csspart table - The expandable data table.
 * @csspart footer - Source, last update, definition and downloads.
 * @csspart demo-marker - The "demo data" marker shown for synthetic datasets.
 * @csspart message - The empty-state or error message.
 *
 * @cssproperty --slt-series-1 - Colour of series style 1 (to --slt-series-7).
 * @cssproperty --slt-neutral-1 - Tone of neutral style 1 (to --slt-neutral-4), for series that are not areas (`neutral`).
 * @cssproperty --slt-text - Text colour, also the outline of a chosen bar, of neutral bars and their hatching, and the reference line.
 * @cssproperty --slt-muted - Colour of secondary text and messages.
 * @cssproperty --slt-background - Background colour, also the hatching lines.
 * @cssproperty --slt-skeleton - Colour of the loading placeholder and table rules.
 * @cssproperty --slt-error - Colour of error messages.
 * @cssproperty --slt-focus - Colour of the focus ring.
 * @cssproperty --slt-font-family - Font family.
 * @cssproperty --slt-font-size - Base font size.
 *
 * @example
 * <slt-bars src="data/indicators.parquet"
 *   filter="indicator=neet&age_group=16-25&sex=all&area_level=district&year=2025"
 *   category-column="area" unit="percent" reference="area=Asker"
 *   heading="Unge 16–25 år utenfor arbeid og utdanning, 2025"></slt-bars>
 */
@customElement('slt-bars')
export class SltBars extends SltChartElement<BarsData, Bar> {
  static override styles = [
    ...SltChartElement.styles,
    css`
      .chart svg {
        cursor: pointer;
      }
      :host([no-link]) .chart svg {
        cursor: auto;
      }
      .legend .swatch {
        flex: none;
      }
    `,
  ];

  /** The column with the categories, one bar (or group of bars) each, e.g. `area`. Chosen bars filter linked widgets on it. */
  @property({ attribute: 'category-column' }) categoryColumn = 'area';

  /** The column with the values. */
  @property({ attribute: 'value-column' }) valueColumn = 'value';

  /**
   * `count`: each bar counts the file's rows of its category (a record-level file); `sum`:
   * adds up the value column per category. Default `none`: one row per bar, as it is.
   */
  @property() aggregate = 'none';

  /** Optional column that splits each category into series (e.g. `sex`), grouped or stacked. */
  @property({ attribute: 'series-column' }) seriesColumn = '';

  /** The unit of the values: `percent` (11.4 means 11,4 %), `per_1000`, `count` or `number`. */
  @property() unit = 'number';

  /** Decimals to show; by default 1 for percent and per 1000, 0 for counts. */
  @property({ type: Number }) decimals: number | undefined = undefined;

  /** Order of the bars, top to bottom: `descending` (largest first), `ascending` or `category` (alphabetical). */
  @property() sort = 'descending';

  /**
   * The reference line: filters that pick it from the same dataset, with the element's
   * other filters (`area=Asker`, `area=Norge`). Filters it cannot meet, such as
   * `area_level=district`, are left out for it.
   */
  @property() reference = '';

  /**
   * Display names for category codes, `code=Label` pairs joined by `&`
   * (`none=Ingen tiltak&police_talk=Bekymringssamtale`); a code without one is shown as it is.
   */
  @property() labels = '';

  /** How several series share a category: `grouped` (side by side) or `stacked`. */
  @property() layout = 'grouped';

  /**
   * A style (colour and hatching) for named series, `name=style` pairs joined by `&`, style
   * 1 to 7 (`Asker=1&Borgen=2&Norge=5`): how a dashboard keeps one colour per area in all its
   * charts. Series it does not name get the styles it leaves free, in order; empty: by order.
   */
  @property({ attribute: 'series-styles' }) seriesStyles = '';

  /**
   * Keep the palette colours for areas: series `series-styles` does not name (women and
   * men, age groups) are drawn in neutral grey tones, outlined and hatched in the text
   * colour, never in an area's colour. Without `series-column`, `series-styles` then styles
   * the bars by their category: the district it names (the one in focus) in its style, the
   * other bars in one neutral tone. How a dashboard keeps "blue is Asker" true on the page.
   */
  @property({ type: Boolean, reflect: true }) neutral = false;

  /** What was last said about a choice (an aria-live region reads it out). */
  @state() private announcement = '';

  /** The category at a click on the chart now drawn. */
  #hitTest: ((event: MouseEvent) => string | undefined) | undefined;

  protected dataArgs() {
    return [this.src, this.categoryColumn, this.valueColumn, this.aggregate, this.seriesColumn, this.filter, this.unit, this.decimals, this.sort, this.reference, this.layout, this.labels, this.seriesStyles, this.neutral];
  }

  /** A category chosen in the scope (often on a bar here) must not make the other bars disappear. */
  protected override ownAxes(): readonly string[] {
    return [this.categoryColumn.trim()];
  }

  protected async loadData(): Promise<BarsData> {
    const styles = checkSeriesStyles(this.seriesStyles);
    const options = barsOptions({
      src: this.src,
      categoryColumn: this.categoryColumn,
      valueColumn: this.valueColumn,
      aggregate: this.aggregate,
      seriesColumn: this.seriesColumn,
      filter: this.filter,
      unit: this.unit,
      decimals: this.decimals,
      sort: this.sort,
      reference: this.reference,
      layout: this.layout,
      labels: this.labels,
    });
    const withStatus = hasStatusColumn(await this.schema(options.src));
    // The bars show every category: a category chosen in the scope marks a bar, it does not filter them.
    const { options: own, linked } = await this.withLinked(options);
    const value = valueNameOf(options);
    const columns = { category: options.categoryColumn, value, series: options.seriesColumn };
    const referenceSelect = referenceQuery(own, linked, withStatus);
    const [result, referenceResult] = await Promise.all([
      this.select(options.src, barsQuery(own, linked, withStatus)),
      referenceSelect ? this.select(options.src, referenceSelect) : undefined,
    ]);
    const bars = toBars(result.rows, columns, hiddenColumns(result, [value]));
    const repeated = firstRepeated(bars, (bar) => `${bar.category}\u0000${bar.series}`);
    if (repeated) {
      const point = [categoryLabel(options, repeated.category), repeated.series].filter(Boolean).join(', ');
      throw new WidgetError('repeated-point', `Two rows for ${point}: the filter leaves a column open; fix it (sex=all) or name it in series-column.`, { point });
    }
    const reference = referenceResult
      ? pickReference(referenceResult.rows, options.aggregate === 'none' ? referenceOthers(own, linked) : [], columns, hiddenColumns(referenceResult, [value]))
      : undefined;
    const hidden = bars.some((bar) => bar.hidden) || [...(reference?.values() ?? [])].some((value) => value === null);
    return {
      options,
      bars,
      series: seriesOf(bars),
      reference,
      info: result.info,
      suppressedBelow: hidden ? thresholdOf(result) : undefined,
      styles,
    };
  }

  protected isEmpty(data: BarsData): boolean {
    return data.bars.length === 0;
  }

  protected override hasLegend(): boolean {
    return this.seriesColumn.trim() !== '';
  }

  protected override renderLegend(data: BarsData, language: Language) {
    if (data.series.length < 2) return html``;
    const [palette, tones] = [paletteOf(this), neutralTonesOf(this)];
    const styles = seriesStyleList(data.series, data.styles, this.neutral);
    return html`<ul class="legend" part="legend">
      <svg width="0" height="0" aria-hidden="true" style="position:absolute">${unsafeSVG(`<defs>${patternDefs(LEGEND_PATTERN, this.neutral)}</defs>`)}</svg>
      ${data.series.map(
        (name, index) => html`<li>${swatch(styles[index]!, palette, tones)}<span>${seriesLabel(name, data.options.seriesColumn, language)}</span></li>`,
      )}
    </ul>`;
  }

  override render() {
    return html`${super.render()}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>`;
  }

  /** The arrows, and that a bar can be chosen (Enter/Space, or a click), unless `no-link`. */
  protected override keyboardHint(language: Language): string {
    return this.noLink ? MESSAGES[language].keyboardHint : `${MESSAGES[language].keyboardHint} ${BARS_MESSAGES[language].chooseHint}`;
  }

  protected describe(data: BarsData, language: Language): string[] {
    const { unit, decimals, seriesColumn, layout } = data.options;
    return summariseBars(this.#ordered(data, language), {
      unit,
      language,
      decimals,
      seriesColumn,
      layout,
      reference: data.reference,
      referenceName: referenceName(data.options),
      labelOf: (category) => categoryLabel(data.options, category),
    });
  }

  protected tableOf(data: BarsData, language: Language): DataTable {
    const messages = MESSAGES[language];
    const { seriesColumn } = data.options;
    const valueCell = (value: number | null, hidden: boolean): TableCell =>
      hidden
        ? { text: ':', raw: null, suppressed: true }
        : value === null
          ? cell(messages.valueMissing, null)
          : cell(formatValue(value, data.options.unit, language, data.options.decimals), value);
    const name = referenceName(data.options);
    const referenceRows = [...(data.reference ?? [])].map(([series, value]) => [
      cell(name),
      ...(seriesColumn ? [cell(seriesLabel(series, seriesColumn, language), series)] : []),
      valueCell(value, value === null),
    ]);
    return {
      columns: [
        { label: BARS_MESSAGES[language].columnCategory },
        ...(seriesColumn ? [{ label: messages.columnSeries }] : []),
        { label: messages.columnValue, numeric: true },
      ],
      rows: [
        ...this.#ordered(data, language).map((bar) => [
          cell(categoryLabel(data.options, bar.category), bar.category),
          ...(seriesColumn ? [cell(seriesLabel(bar.series, seriesColumn, language), bar.series)] : []),
          valueCell(bar.value, bar.hidden),
        ]),
        ...referenceRows,
      ],
    };
  }

  protected draw(data: BarsData, width: number, language: Language): DrawnChart<Bar> {
    const { options, bars, series, reference } = data;
    const categories = sortCategories(bars, options.sort, language);
    // Bars without series that keep the palette for areas are styled by their category (the district in focus).
    const byCategory = this.neutral && series.length < 2;
    const grouped = options.layout === 'grouped' && series.length > 1;
    const nameLines = nameLinesAbove(categories.map((category) => categoryLabel(options, category)), width, grouped);
    const height = Math.max(this.layoutHeight, leastBarsHeight(categories.length, grouped ? series.length : 1, reference !== undefined && reference.size > 0, nameLines));
    const chart = renderBarsChart(bars, {
      width,
      height,
      unit: options.unit,
      decimals: options.decimals,
      language,
      palette: paletteOf(this),
      neutralTones: neutralTonesOf(this),
      categories,
      series,
      styles: byCategory ? categoryStyleList(categories, data.styles) : seriesStyleList(series, data.styles, this.neutral),
      styleBy: byCategory ? 'category' : 'series',
      seriesColumn: options.seriesColumn,
      layout: options.layout,
      reference,
      referenceName: referenceName(options),
      chosen: this.#chosen(options),
      labelOf: (category) => categoryLabel(options, category),
      nameLines,
    });
    const stacks = options.layout === 'stacked' ? stackStarts(bars, series) : undefined;
    this.#hitTest = (event) => categoryAt(chart, categories, grouped, event);
    return {
      svg: chart,
      ...(height > this.layoutHeight ? { height } : {}),
      locate: (bar) => {
        const x = chart.scale('x')?.apply?.((stacks?.get(bar) ?? 0) + (bar.value ?? 0));
        const y = bandCentre(chart, bar, grouped);
        return typeof x === 'number' && y !== undefined ? [x, y] : undefined;
      },
    };
  }

  protected navigable(data: BarsData, language: Language): ChartPoint<Bar>[][] {
    const { unit, decimals, seriesColumn } = data.options;
    const hiddenText = `: (${fill(MESSAGES[language].suppressedCell, { k: String(data.suppressedBelow ?? '') })})`;
    const byCategory = new Map<string, Bar[]>();
    for (const bar of this.#ordered(data, language)) byCategory.set(bar.category, [...(byCategory.get(bar.category) ?? []), bar]);
    // One row of points per category, so Up/Down walk down the bars and Left/Right across a group.
    return [...byCategory.values()].map((group) =>
      group.map((bar) => {
        const value = bar.hidden ? hiddenText : bar.value === null ? MESSAGES[language].valueMissing : formatValue(bar.value, unit, language, decimals);
        const category = categoryLabel(data.options, bar.category);
        const name = bar.series ? `${category}, ${seriesLabel(bar.series, seriesColumn, language)}` : category;
        return { datum: bar, position: data.series.indexOf(bar.series), readout: `${name}: ${value}` };
      }),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.addEventListener('click', this.#onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('click', this.#onClick);
  }

  /** A click or tap on a row of the chart (bar or label) chooses its category. */
  readonly #onClick = (event: Event) => {
    const data = this.data;
    const inChart = event.composedPath().some((node) => node instanceof HTMLElement && node.matches('.chart[tabindex]'));
    const category = inChart ? this.#hitTest?.(event as MouseEvent) : undefined;
    if (data && category !== undefined) this.#choose(category, data.options, languageOf(this));
  };

  /** Enter or Space chooses the bar keyboard focus is on. */
  protected override activate(bar: Bar): void {
    const data = this.data;
    if (data) this.#choose(bar.category, data.options, languageOf(this));
  }

  #choose(category: string, options: BarsOptions, language: Language): void {
    // `no-link` bars take no part in the scope's filters: they neither follow nor set them.
    if (this.noLink) return;
    const again = this.#chosen(options).includes(category);
    // In a scope that keeps a value for the column (a dashboard's district in focus) the
    // chosen bar stays chosen: there is nothing to clear.
    if (again && FilterScope.of(this).requires(options.categoryColumn)) return;
    requestFilter(this, options.categoryColumn, again ? null : [category]);
    const messages = BARS_MESSAGES[language];
    // The category as the reader sees it ("Opp i trappen"), never its code ("up").
    this.announcement = again ? messages.cleared : fill(messages.chosen, { category: categoryLabel(options, category) });
  }

  #chosen(options: BarsOptions): readonly string[] {
    return this.noLink ? [] : (this.linked.get(options.categoryColumn) ?? []);
  }

  /** Bars in drawing order: categories top to bottom, series in order within each. */
  #ordered(data: BarsData, language: Language): Bar[] {
    const categories = sortCategories(data.bars, data.options.sort, language);
    return [...data.bars].sort(
      (a, b) => categories.indexOf(a.category) - categories.indexOf(b.category) || data.series.indexOf(a.series) - data.series.indexOf(b.series),
    );
  }
}

interface BandScale {
  apply(value: unknown): number;
  bandwidth?: number;
  step?: number;
}

/** The vertical centre of a bar in SVG coordinates (facets are offset by their band, less the top margin). */
function bandCentre(chart: BarsChart, bar: Bar, grouped: boolean): number | undefined {
  const y = chart.scale('y') as BandScale | undefined;
  if (!y) return undefined;
  if (!grouped) return y.apply(bar.category) + (y.bandwidth ?? 0) / 2;
  const fy = chart.scale('fy') as BandScale | undefined;
  if (!fy) return undefined;
  return fy.apply(bar.category) + y.apply(bar.series) + (y.bandwidth ?? 0) / 2 - facetTop(chart);
}

/** Plot draws a facet at its band less the top margin: read that margin back from the y range. */
function facetTop(chart: BarsChart): number {
  const y = chart.scale('y') as { range?: readonly number[] } | undefined;
  return y?.range?.[0] ?? 0;
}

/** The category whose row (bar and label) a click or tap hit, if any. */
function categoryAt(chart: BarsChart, categories: readonly string[], grouped: boolean, event: MouseEvent): string | undefined {
  const scale = chart.scale(grouped ? 'fy' : 'y') as BandScale | undefined;
  if (!scale) return undefined;
  const box = chart.getBoundingClientRect();
  const height = chart.height.baseVal.value || box.height;
  const y = ((event.clientY - box.top) * height) / (box.height || 1);
  const step = scale.step ?? scale.bandwidth ?? 0;
  const centre = (category: string) => scale.apply(category) + (scale.bandwidth ?? 0) / 2;
  const nearest = categories.reduce<string | undefined>(
    (best, category) => (best === undefined || Math.abs(centre(category) - y) < Math.abs(centre(best) - y) ? category : best),
    undefined,
  );
  return nearest !== undefined && Math.abs(centre(nearest) - y) <= step / 2 ? nearest : undefined;
}

const LEGEND_PATTERN = 'slt-bars-legend-pattern';

/** A legend key: the colour (or neutral tone and outline) and hatching of the series' style, as on the bars. */
function swatch(style: SeriesStyle, palette: readonly string[], tones: readonly string[]) {
  const pattern = patternFill(style, LEGEND_PATTERN);
  const outline = style.kind === 'neutral' ? { stroke: 'var(--_text)', inset: 0.5 } : { stroke: 'none', inset: 0 };
  return html`<svg class="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
    ${svg`<rect x=${outline.inset} y=${outline.inset} width=${22 - 2 * outline.inset} height=${14 - 2 * outline.inset} fill=${colourOf(style, palette, tones)} stroke=${outline.stroke}></rect>`}
    ${pattern ? svg`<rect width="22" height="14" fill=${pattern}></rect>` : ''}
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-bars': SltBars;
  }
}
