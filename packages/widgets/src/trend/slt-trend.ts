import { formatValue, type Language, type ParquetInfo } from '@slt/engine';
import { symbol as d3Symbol } from 'd3-shape';
import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { MESSAGES, fill } from '../i18n/messages.ts';
import { cell, type DataTable } from '../shared/data-table.ts';
import { provenanceOfRows, type Provenance } from '../shared/dataset-facts.ts';
import { seriesSlots, type SeriesStyles } from '../shared/area-styles.ts';
import { checkSeriesStyles } from '../shared/attribute-rules.ts';
import { lineDashes, paletteOf, SERIES_SYMBOLS } from '../shared/series-style.ts';
import { SltChartElement, type ChartPoint, type DrawnChart } from '../shared/slt-chart-element.ts';
import { WidgetError } from '../shared/widget-error.ts';
import { referenceName } from '../shared/reference-rows.ts';
import { lineWidthOf, REFERENCE_DASH, renderTrendChart } from './trend-chart.ts';
import { groupBySeries, nameSeries, pointName, repeatedPoint, toReferencePoints, toTrendPoints, type TrendPoint } from './trend-data.ts';
import { seriesLabel } from '../shared/series-labels.ts';
import { trendOptions, trendQuery, trendReferenceOthers, trendReferenceQuery, type TrendOptions } from './trend-options.ts';
import { formatTime, summariseTrend, type TrendReference } from './trend-summary.ts';
import { TREND_MESSAGES } from './trend.messages.ts';

interface TrendData {
  readonly options: TrendOptions;
  readonly points: TrendPoint[];
  /** The reference series (`reference`), drawn dashed; undefined without one or when no row has it. */
  readonly reference: TrendReference | undefined;
  readonly info: ParquetInfo;
  readonly suppressedBelow: number | undefined;
  /** The style of each named series (`series-styles`); the others by order. */
  readonly styles: SeriesStyles;
  readonly provenance?: Provenance | undefined;
  /** The panels' code (`layout="panels"`): a chunk of its own, loaded with the data, so a page of line charts never fetches it. */
  readonly panels?: TrendPanels;
}

type TrendPanels = typeof import('./trend-panels.ts');

/**
 * A line chart over time from a Parquet dataset, drawn as SVG (trend-chart.ts).
 *
 * @summary Trend over time, with a text alternative, a data table, keyboard access and downloads.
 *
 * @csspart heading - The chart's heading.
 * @csspart legend - The list of series, each with its colour and symbol.
 * @csspart chart - The box that holds the SVG chart (and the loading placeholder).
 * @csspart readout - The value of the point keyboard focus is on.
 * @csspart summary - The text alternative under the chart.
 * @csspart table - The expandable data table.
 * @csspart footer - Source, last update, definition and downloads.
 * @csspart demo-marker - The "demo data" marker shown for synthetic datasets.
 * @csspart message - The empty-state or error message.
 *
 * @cssproperty --slt-series-1 - Colour of series style 1 (to --slt-series-7).
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
export class SltTrend extends SltChartElement<TrendData, TrendPoint> {
  /**
   * The column with the time: years (integers or `2024`), periods as our monthly files and
   * SSB's and DST's tables write them (`2024-03`, `2024M03`, quarters `2024K4`, halves `2024H1`)
   * or dates.
   */
  @property({ attribute: 'time-column' }) timeColumn = 'year';

  /** The column with the values to plot. */
  @property({ attribute: 'value-column' }) valueColumn = 'value';

  /** Optional column that splits the data into one line per value (e.g. `area`). */
  @property({ attribute: 'series-column' }) seriesColumn = '';

  /** The unit of the values: `percent` (11.4 means 11,4 %), `per_1000`, `count` or `number`. */
  @property() unit = 'number';

  /** Decimals to show; by default 1 for percent and per 1000, 0 for counts. */
  @property({ type: Number }) decimals: number | undefined = undefined;

  /**
   * A style (colour and symbol) for named series, `name=style` pairs joined by `&`, style 1
   * to 7 (`Asker=1&Borgen=2&Norge=5`): how a dashboard keeps one colour per area in all its
   * charts. Series it does not name get the styles it leaves free, in order; empty: by order.
   */
  @property({ attribute: 'series-styles' }) seriesStyles = '';

  /**
   * A series to compare the others with, drawn as a dashed line: filters that pick it from the
   * same dataset, with the trend's other filters (`area=Asker` beside the districts). Filters
   * it cannot meet, such as `area_level=district`, are left out for it; a choice in the scope on
   * its own columns does not apply to it.
   */
  @property() reference = '';

  /**
   * `lines` (one chart) or `panels`: one small chart per series on the same scales, highest last
   * figure first, each with the reference behind it: for the many lines of a district chart.
   * Panels fill `height` when it is set (each plot 48 to 110 px high); else each plot is about
   * half as high as wide, and the panels decide the chart's height.
   */
  @property() layout = 'lines';

  /**
   * Display names for series codes, `code=Name` pairs joined by `&` (`up=Opp i trappen&down=Ned
   * i trappen`). A `sex` column's codes are named without it (`female` -> "Kvinner"); others are
   * shown as the file writes them. `series-styles` may name a series by its code or its name.
   */
  @property() labels = '';

  /**
   * A series to draw emphasised, by its name or its code (`Asker`): a thicker line with larger
   * symbols on top of the others, which are drawn thinner; its name in bold in the legend and
   * at the line's end, and its sentence first in the text alternative. For the home area among
   * the ones it is compared with. Lines only (panels show each series on its own); a name no
   * line has (a choice in the scope left it out) highlights nothing.
   */
  @property() highlight = '';

  /** The data with its series named for the reader, per language (the same objects each time, so a focused point stays focused). */
  #named = new WeakMap<TrendData, { language: Language; data: TrendData }>();

  protected dataArgs() {
    return [this.src, this.timeColumn, this.valueColumn, this.seriesColumn, this.filter, this.unit, this.decimals, this.seriesStyles, this.reference, this.layout, this.labels];
  }

  /** The trend's options from its attributes (checked); shared with the elements built on it. */
  protected trendOptionsOf(): TrendOptions {
    return trendOptions({
      src: this.src,
      timeColumn: this.timeColumn,
      valueColumn: this.valueColumn,
      seriesColumn: this.seriesColumn,
      filter: this.filter,
      unit: this.unit,
      decimals: this.decimals,
      reference: this.reference,
      layout: this.layout,
      labels: this.labels,
    });
  }

  /** `data` as the reader reads it: series, reference and styles under their display names (series-labels.ts). */
  protected namedFor<D extends TrendData>(data: D, language: Language): D {
    const kept = this.#named.get(data);
    if (kept?.language === language) return kept.data as D;
    const { seriesColumn, labels } = data.options;
    const name = (series: string) => seriesLabel(series, seriesColumn, language, labels);
    // The reference is one of the series column's values only when its filter is on that column.
    const referenceName = (series: string) => seriesLabel(series, data.options.reference.some((filter) => filter.column === seriesColumn) ? seriesColumn : undefined, language, labels);
    const named: D = {
      ...data,
      points: nameSeries(data.points, name),
      reference: data.reference && { name: referenceName(data.reference.name), points: nameSeries(data.reference.points, referenceName) },
      styles: new Map([...data.styles].map(([series, style]) => [name(series), style])),
    };
    this.#named.set(data, { language, data: named });
    return named;
  }

  protected override drawArgs(): readonly unknown[] {
    return [this.highlight];
  }

  /** The series `highlight` names, as the reader reads it (`female` -> "Kvinner"), when a line has it and there are others. */
  protected highlighted(named: TrendData, language: Language): string | undefined {
    const wanted = this.highlight.trim();
    if (wanted === '' || named.options.layout !== 'lines') return undefined;
    const series = new Set(named.points.map((point) => point.series));
    if (series.size < 2) return undefined;
    const name = series.has(wanted) ? wanted : seriesLabel(wanted, named.options.seriesColumn, language, named.options.labels);
    return series.has(name) ? name : undefined;
  }

  /** A year chosen in the scope (for the bars, the map, the key figure) would cut each line to one point. */
  protected override ownAxes(): readonly string[] {
    return [this.timeColumn.trim()];
  }

  protected async loadData(): Promise<TrendData> {
    const styles = checkSeriesStyles(this.seriesStyles);
    const options = this.trendOptionsOf();
    const { options: own, linked } = await this.withLinked(options);
    const query = await this.withPublishedColumn(options.src, trendQuery({ ...own, filters: [...own.filters, ...linked] }));
    const referenceSelect = trendReferenceQuery(own, linked);
    const [result, referenceResult, panels] = await Promise.all([
      this.select(options.src, query),
      referenceSelect ? this.withPublishedColumn(options.src, referenceSelect).then((select) => this.select(options.src, select)) : undefined,
      options.layout === 'panels' ? import('./trend-panels.ts') : undefined,
    ]);
    const name = referenceName(options.reference);
    const referencePoints = referenceResult
      ? toReferencePoints(referenceResult.rows, trendReferenceOthers(own, linked), { time: options.timeColumn, value: options.valueColumn }, name, referenceResult.suppressed)
      : [];
    const provenance = provenanceOfRows([...result.rows, ...(referenceResult?.rows ?? [])]);
    const points = toTrendPoints(
      result.rows,
      { time: options.timeColumn, value: options.valueColumn, series: options.seriesColumn },
      result.suppressed,
    ).filter((point) => referencePoints.length === 0 || point.series !== name); // the reference is drawn once, dashed
    const repeated = repeatedPoint(points) ?? repeatedPoint(referencePoints);
    if (repeated) {
      throw new WidgetError('repeated-point', `Two rows for ${pointName(repeated)}: the filter leaves a column open; fix it (sex=all, age_group=15-29) or name it in series-column.`, {
        point: pointName(repeated),
      });
    }
    const anyHidden = [...points, ...referencePoints].some((point) => point.hidden);
    const reference = referencePoints.length > 0 ? { name, points: referencePoints } : undefined;
    const suppressedBelow = anyHidden ? (result.k ?? referenceResult?.k ?? undefined) : undefined;
    return { options, points, reference, info: result.info, suppressedBelow, styles, provenance, ...(panels ? { panels } : {}) };
  }

  protected isEmpty(data: TrendData): boolean {
    return data.points.length === 0;
  }

  protected override hasLegend(): boolean {
    return this.reference.trim() !== '' || (this.seriesColumn.trim() !== '' && this.layout.trim() !== 'panels');
  }

  /** The series' keys (panels are named in their titles instead), then the reference's dashed line. */
  protected override renderLegend(given: TrendData, language: Language) {
    const data = this.namedFor(given, language);
    const series = [...groupBySeries(data.points).keys()];
    const keyed = data.options.layout === 'lines' && series.length >= 2;
    if (!keyed && !data.reference) return html``;
    const palette = paletteOf(this);
    const slots = seriesSlots(series, data.styles);
    const dashes = lineDashes(slots);
    const highlight = this.highlighted(data, language);
    return html`<ul class="legend" part="legend">
      ${keyed
        ? series.map(
            (name, index) =>
              html`<li class=${name === highlight ? 'highlighted' : nothing}>${legendKey(slots[index]!, palette, dashes[index], lineWidthOf(name, highlight))}<span>${name}</span></li>`,
          )
        : nothing}
      ${data.reference
        ? html`<li>${referenceKey()}<span>${fill(TREND_MESSAGES[language].referenceKey, { reference: data.reference.name })}</span></li>`
        : nothing}
    </ul>`;
  }

  protected describe(given: TrendData, language: Language): string[] {
    const data = this.namedFor(given, language);
    const { unit, decimals } = data.options;
    return summariseTrend(data.points, { unit, language, decimals, highlight: this.highlighted(data, language) }, data.reference);
  }

  protected tableOf(given: TrendData, language: Language): DataTable {
    const data = this.namedFor(given, language);
    const messages = MESSAGES[language];
    const { unit, decimals } = data.options;
    // A reference is a series of its own in the table, whether or not the trend has others.
    const seriesColumn = data.options.seriesColumn !== undefined || data.reference !== undefined;
    return {
      columns: [
        { label: messages.columnTime },
        ...(seriesColumn ? [{ label: messages.columnSeries }] : []),
        { label: messages.columnValue, numeric: true },
      ],
      rows: [...data.points, ...(data.reference?.points ?? [])].map((point) => [
        cell(formatTime(point, language), rawTime(point)),
        ...(seriesColumn ? [cell(point.series)] : []),
        point.hidden
          ? { text: ':', raw: null, suppressed: true }
          : point.value === null
            ? cell(messages.valueMissing, null)
            : cell(formatValue(point.value, unit, language, decimals), point.value),
      ]),
    };
  }

  protected draw(given: TrendData, width: number, language: Language): DrawnChart<TrendPoint> {
    const data = this.namedFor(given, language);
    const series = [...groupBySeries(data.points).keys()];
    const options = {
      width,
      height: this.layoutHeight,
      unit: data.options.unit,
      decimals: data.options.decimals,
      language,
      palette: paletteOf(this),
      series,
      slots: seriesSlots(series, data.styles),
      ...(data.reference ? { reference: data.reference.points } : {}),
      ...(this.hasAttribute('height') ? { panelsHeight: this.layoutHeight } : {}),
      highlight: this.highlighted(data, language),
    };
    return data.panels ? data.panels.renderTrendPanels(data.points, options) : renderTrendChart(data.points, options);
  }

  /** Series by series as drawn (panels: highest last figure first), then the reference. */
  protected navigable(given: TrendData, language: Language): ChartPoint<TrendPoint>[][] {
    const data = this.namedFor(given, language);
    const { unit, decimals } = data.options;
    const groups = groupBySeries(data.points);
    const ordered = data.panels ? data.panels.panelOrder(data.points).map((name) => groups.get(name)!) : [...groups.values()];
    const reference = data.reference ? [...groupBySeries(data.reference.points).values()] : [];
    return [...ordered, ...reference].map((group) =>
      group
        .filter((point) => point.value !== null)
        .map((point) => {
          const reading = fill(MESSAGES[language].pointReadout, {
            time: formatTime(point, language),
            value: formatValue(point.value!, unit, language, decimals),
          });
          return { datum: point, position: Number(point.time), readout: point.series ? `${point.series}, ${reading}` : reading };
        }),
    );
  }
}

/** The time as the CSV has it: the year, a period as the file writes it (`2024-03`, `2024K4`), `2024-03-15` for a date. */
function rawTime(point: TrendPoint): number | string {
  if (point.window !== undefined) return point.window;
  if (!(point.time instanceof Date)) return point.time;
  return point.code ?? point.time.toISOString().slice(0, 10);
}

/** The reference's key: a dashed line in the text colour, as drawn on the chart. */
function referenceKey() {
  return html`<svg width="28" height="14" viewBox="-14 -7 28 14" aria-hidden="true">
    ${svg`<line x1="-13" x2="13" stroke="currentColor" stroke-opacity="0.75" stroke-width="2" stroke-dasharray=${REFERENCE_DASH}></line>`}
  </svg>`;
}

/** A short line (`lineWidth` px, as drawn) with the symbol of the series' style (0-based slot), as drawn on the chart. */
function legendKey(slot: number, palette: readonly string[], dash: string | undefined, lineWidth: number) {
  const colour = palette[slot % palette.length];
  const shape = d3Symbol(SERIES_SYMBOLS[slot % SERIES_SYMBOLS.length]!.type, 64)() ?? '';
  // Wider with a pattern, so that its dashes show either side of the symbol.
  const half = dash ? 20 : 14;
  return html`<svg width=${2 * half} height="14" viewBox=${`${-half} -7 ${2 * half} 14`} aria-hidden="true">
    ${svg`<line x1=${1 - half} x2=${half - 1} stroke=${colour} stroke-width=${lineWidth} stroke-dasharray=${dash ?? nothing}></line><path d=${shape} fill=${colour}></path>`}
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-trend': SltTrend;
  }
}
