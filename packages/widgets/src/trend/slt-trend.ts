import { Task, TaskStatus } from '@lit/task';
import { sharedEngine, formatValue, type Engine, type Language, type ParquetInfo } from '@slt/engine';
import { symbol as d3Symbol } from 'd3-shape';
import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { errorMessage } from '../i18n/error-message.ts';
import { languageOf } from '../i18n/language.ts';
import { LanguageController } from '../i18n/language-controller.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { movePoint, type PointPosition } from '../shared/point-navigation.ts';
import { paletteOf, SERIES_SYMBOLS } from '../shared/series-style.ts';
import { WidthController } from '../shared/width-controller.ts';
import { markFocusedPoint, renderTrendChart, type TrendChart } from './trend-chart.ts';
import { groupBySeries, toTrendPoints, type TrendPoint } from './trend-data.ts';
import { trendOptions, trendQuery, type TrendOptions } from './trend-options.ts';
import { trendStyles } from './slt-trend.styles.ts';
import { formatTime, summariseTrend } from './trend-summary.ts';

interface TrendData {
  readonly options: TrendOptions;
  readonly points: TrendPoint[];
  readonly info: ParquetInfo;
}

/**
 * A line chart over time from a Parquet dataset, drawn with Observable Plot.
 *
 * @summary Trend over time, with a text alternative and a data table.
 *
 * @csspart heading - The chart's heading.
 * @csspart legend - The list of series, each with its colour and symbol.
 * @csspart chart - The box that holds the SVG chart (and the loading skeleton).
 * @csspart summary - The text alternative under the chart.
 * @csspart table - The expandable data table.
 * @csspart message - The empty-state or error message.
 *
 * @cssproperty --slt-series-1 - Colour of the first series (to --slt-series-6).
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
 * <slt-trend src="data/indicators.parquet" filter="indicator=neet&age_group=16-25&sex=all"
 *   time-column="year" value-column="value" series-column="area" unit="percent"
 *   heading="Unge 16–25 år utenfor arbeid og utdanning"></slt-trend>
 */
@customElement('slt-trend')
export class SltTrend extends LitElement {
  static override styles = trendStyles;

  /** The data: a Parquet URL (relative to the page) or the name of a registered dataset. */
  @property({ reflect: true }) src = '';

  /** The column with the time: years (integers) or dates. */
  @property({ attribute: 'time-column' }) timeColumn = 'year';

  /** The column with the values to plot. */
  @property({ attribute: 'value-column' }) valueColumn = 'value';

  /** Optional column that splits the data into one line per value (e.g. `area`). */
  @property({ attribute: 'series-column' }) seriesColumn = '';

  /**
   * Equality filters, `column=value` pairs joined by `&` or `;`; repeat a column for
   * "any of" (`area=Asker&area=Norge`). Values are bound as parameters, never spliced into SQL.
   */
  @property() filter = '';

  /** The heading shown above the chart and used in its text alternative. */
  @property() heading = '';

  /** The unit of the values: `percent` (11.4 means 11,4 %), `per_1000`, `count` or `number`. */
  @property() unit = 'number';

  /** Decimals to show; by default 1 for percent and per 1000, 0 for counts. */
  @property({ type: Number }) decimals: number | undefined = undefined;

  /** Height of the chart in CSS pixels; the loading skeleton has the same height. */
  @property({ type: Number }) height = 300;

  /** The engine the chart queries: the page's shared one unless a host provides another. */
  engine: Engine = sharedEngine();

  readonly #width = new WidthController(this);

  constructor() {
    super();
    new LanguageController(this); // re-render when the page's or the element's lang changes
  }

  /** The point keyboard focus is on, and what was read out for it. */
  @state() private focusedPoint: PointPosition | null = null;
  @state() private readout = '';
  #chart: TrendChart | undefined;

  readonly #data = new Task(this, {
    args: () =>
      [this.src, this.timeColumn, this.valueColumn, this.seriesColumn, this.filter, this.unit, this.decimals] as const,
    task: async ([src, timeColumn, valueColumn, seriesColumn, filter, unit, decimals]): Promise<TrendData> => {
      try {
        const options = trendOptions({ src, timeColumn, valueColumn, seriesColumn, filter, unit, decimals });
        const result = await this.engine.select(options.src, trendQuery(options));
        const points = toTrendPoints(result.rows, {
          time: options.timeColumn,
          value: options.valueColumn,
          series: options.seriesColumn,
        });
        return { options, points, info: result.info };
      } catch (error) {
        // The reader gets a short message in the widget; the developer gets the cause here.
        console.error(`<slt-trend src="${src}">`, error);
        throw error;
      }
    },
  });

  override render() {
    const language = languageOf(this);
    const messages = MESSAGES[language];
    const heading = this.heading
      ? html`<div class="heading" part="heading" role="heading" aria-level="2" id="heading">${this.heading}</div>`
      : nothing;
    const box = (content: unknown, className = '') =>
      html`<div class="chart ${className}" part="chart" style="height:${this.height}px">${content}</div>`;

    return html`<figure aria-busy=${this.#data.status === TaskStatus.PENDING ? 'true' : 'false'}>
      ${heading}
      ${this.#data.render({
        initial: () => this.#renderSkeleton(messages.loading),
        pending: () => this.#renderSkeleton(messages.loading),
        error: (error) => box(html`<p class="message error" part="message" role="alert" style="height:100%;margin:0">${errorMessage(error, language)}</p>`),
        complete: (data) =>
          data.points.length === 0
            ? box(html`<p class="message" part="message" role="status" style="height:100%;margin:0">${messages.empty}</p>`)
            : this.#renderChart(data, language),
      })}
    </figure>`;
  }

  /**
   * The loading placeholder takes the space the finished chart will take (legend, chart,
   * read-out, two lines of text alternative, table toggle), so nothing below it jumps.
   */
  #renderSkeleton(loading: string) {
    return html`${this.seriesColumn ? html`<div class="skeleton-line legend-line" aria-hidden="true"></div>` : nothing}
      <div class="chart skeleton" part="chart" style="height:${this.height}px">
        <span class="visually-hidden">${loading}</span>
      </div>
      <div class="skeleton-gap" aria-hidden="true"></div>
      <div class="skeleton-line" aria-hidden="true"></div>
      <div class="skeleton-line short" aria-hidden="true"></div>
      <div class="skeleton-line toggle" aria-hidden="true"></div>`;
  }

  #renderChart(data: TrendData, language: Language) {
    const messages = MESSAGES[language];
    const { unit, decimals } = data.options;
    const series = [...groupBySeries(data.points).keys()];
    const palette = paletteOf(this);
    const sentences = summariseTrend(data.points, { unit, language, decimals });
    const legend =
      series.length > 1
        ? html`<ul class="legend" part="legend">
            ${series.map((name, index) => html`<li>${legendKey(index, palette)}<span>${name}</span></li>`)}
          </ul>`
        : nothing;
    return html`${legend}
      <div
        class="chart"
        part="chart"
        style="height:${this.height}px"
        tabindex="0"
        role="group"
        aria-label=${`${this.heading ? `${this.heading}. ` : ''}${messages.keyboardHint}`}
        @keydown=${(event: KeyboardEvent) => this.#onKey(event, data, language)}
        @focus=${() => this.#onFocus(data, language)}
        @blur=${() => this.#onBlur()}
      ></div>
      <p class="readout" part="readout" aria-live="polite">${this.readout}</p>
      <figcaption part="summary" id="summary">${sentences.map((sentence) => html`<p>${sentence}</p>`)}</figcaption>
      <details part="table">
        <summary>${messages.showTable}</summary>
        <div class="table-scroll">${this.#renderTable(data, language)}</div>
      </details>`;
  }

  #renderTable(data: TrendData, language: Language) {
    const messages = MESSAGES[language];
    const { unit, decimals, seriesColumn } = data.options;
    return html`<table>
      ${this.heading ? html`<caption class="visually-hidden">${this.heading}</caption>` : nothing}
      <thead>
        <tr>
          <th scope="col">${messages.columnTime}</th>
          ${seriesColumn ? html`<th scope="col">${messages.columnSeries}</th>` : nothing}
          <th scope="col">${messages.columnValue}</th>
        </tr>
      </thead>
      <tbody>
        ${data.points.map(
          (point) => html`<tr>
            <td>${formatTime(point.time, language)}</td>
            ${seriesColumn ? html`<td>${point.series}</td>` : nothing}
            <td class="number">${point.value === null ? messages.valueMissing : formatValue(point.value, unit, language, decimals)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #pointAt(data: TrendData, position: PointPosition | null): TrendPoint | null {
    if (!position) return null;
    return navigableSeries(data)[position.series]?.[position.point] ?? null;
  }

  #focusPoint(data: TrendData, language: Language, position: PointPosition): void {
    const point = this.#pointAt(data, position);
    if (!point || point.value === null) return;
    this.focusedPoint = position;
    const reading = fill(MESSAGES[language].pointReadout, {
      time: formatTime(point.time, language),
      value: formatValue(point.value, data.options.unit, language, data.options.decimals),
    });
    this.readout = point.series ? `${point.series}, ${reading}` : reading;
    if (this.#chart) markFocusedPoint(this.#chart, point);
  }

  #onFocus(data: TrendData, language: Language): void {
    // Start on the latest value of the first series: the figure readers ask about first.
    const series = navigableSeries(data);
    const position = this.focusedPoint ?? { series: 0, point: (series[0]?.length ?? 1) - 1 };
    this.#focusPoint(data, language, position);
  }

  #onBlur(): void {
    this.readout = '';
    if (this.#chart) markFocusedPoint(this.#chart, null);
  }

  #onKey(event: KeyboardEvent, data: TrendData, language: Language): void {
    const times = navigableSeries(data).map((group) => group.map((point) => Number(point.time)));
    const next = movePoint(times, this.focusedPoint ?? { series: 0, point: 0 }, event.key);
    if (!next) return;
    event.preventDefault(); // the arrows move through the chart, not the page
    this.#focusPoint(data, language, next);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const data = this.#data.value;
    const container = this.renderRoot.querySelector<HTMLElement>('figure > .chart:not(.skeleton)');
    if (this.#data.status !== TaskStatus.COMPLETE || !data || data.points.length === 0 || !container) return;
    const language = languageOf(this);
    const chart = renderTrendChart(data.points, {
      width: Math.max(this.#width.width, 240),
      height: this.height,
      unit: data.options.unit,
      decimals: data.options.decimals,
      language,
      palette: paletteOf(this),
      series: [...groupBySeries(data.points).keys()],
    });
    // The SVG is one image for assistive technology, named by the heading and the
    // generated text alternative; the table below carries the numbers.
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-labelledby', this.heading ? 'heading summary' : 'summary');
    container.replaceChildren(chart);
    this.#chart = chart;
    if (this.readout) markFocusedPoint(chart, this.#pointAt(data, this.focusedPoint));
    if (performance.getEntriesByName('slt:first-chart').length === 0) performance.mark('slt:first-chart');
  }
}

/** Points with a value, per series, in the order they are drawn: what the keyboard steps through. */
function navigableSeries(data: TrendData): TrendPoint[][] {
  return [...groupBySeries(data.points).values()].map((group) => group.filter((point) => point.value !== null));
}

/** A short line with the series' symbol, as drawn on the chart. */
function legendKey(index: number, palette: readonly string[]) {
  const colour = palette[index % palette.length];
  const shape = d3Symbol(SERIES_SYMBOLS[index % SERIES_SYMBOLS.length]!.type, 64)() ?? '';
  return html`<svg width="28" height="14" viewBox="-14 -7 28 14" aria-hidden="true">
    ${svg`<line x1="-13" x2="13" stroke=${colour} stroke-width="2.5"></line><path d=${shape} fill=${colour}></path>`}
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-trend': SltTrend;
  }
}
