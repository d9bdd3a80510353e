import { formatValue, type Language, type ParquetInfo, type QueryResult } from '@slt/engine';
import { property } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { cell, type DataTable, type TableCell } from '../shared/data-table.ts';
import { SltChartElement, type ChartPoint, type DrawnChart } from '../shared/slt-chart-element.ts';
import { renderKpiCard, renderKpiView, type KpiLine } from './kpi-card.ts';
import { kpiStyles } from './kpi.styles.ts';
import { checkPeriod, pickFigures, shownProvenance, toFigures, type KpiFigure, type KpiFigures } from './kpi-data.ts';
import { datasetFacts, withProvenance, type DatasetFacts } from '../shared/dataset-facts.ts';
import { kpiOptions, kpiQuery, referenceFilters, withLinked, type KpiOptions } from './kpi-options.ts';
import { describeKpi, formatPeriod, kpiText, type KpiText } from './kpi-summary.ts';

interface KpiData {
  readonly options: KpiOptions;
  readonly figures: KpiFigures;
  readonly info: ParquetInfo;
  readonly suppressedBelow: number | undefined;
}

/** A figure the keyboard can step to, and the line of the card it is on. */
interface KpiDatum {
  readonly line: KpiLine;
  readonly figure: KpiFigure;
}

/**
 * One headline figure: the latest period's value (or a chosen period's), the change since
 * the period before, and a comparison with a reference area, in words and with an arrow,
 * so neither colour nor the arrow alone carries the meaning.
 *
 * @summary Headline figure with change and comparison, a text alternative, a data table and downloads.
 *
 * @csspart heading - The heading above the figure.
 * @csspart chart - The box that holds the figure card (an SVG, saved by the SVG and PNG downloads).
 * @csspart readout - The figure keyboard focus is on.
 * @csspart summary - The text alternative (read by screen readers; only the note on hidden figures is shown).
 * @csspart table - The expandable data table.
 * @csspart footer - Source, last update, definition and downloads.
 * @csspart demo-marker - The "demo data" marker shown for synthetic datasets.
 * @csspart message - The empty-state or error message.
 *
 * @cssproperty --slt-text - Text colour (the figure and its words).
 * @cssproperty --slt-muted - Colour of the area and period line and of secondary text.
 * @cssproperty --slt-background - Background colour.
 * @cssproperty --slt-skeleton - Colour of the loading placeholder and table rules.
 * @cssproperty --slt-error - Colour of error messages.
 * @cssproperty --slt-focus - Colour of the focus ring.
 * @cssproperty --slt-font-family - Font family.
 * @cssproperty --slt-font-size - Base font size.
 *
 * @example
 * <slt-kpi src="data/indicators.parquet"
 *   filter="indicator=neet&age_group=16-25&sex=all&area=Asker" reference="area=Norge"
 *   unit="percent" label="av 16–25-åringene er utenfor arbeid og utdanning"></slt-kpi>
 */
@customElement('slt-kpi')
export class SltKpi extends SltChartElement<KpiData, KpiDatum> {
  static override styles = [...SltChartElement.styles, kpiStyles];

  /** The column with the figures. */
  @property({ attribute: 'value-column' }) valueColumn = 'value';

  /** The column with the periods (years, `2021-2023` windows, `2024K1` quarters). */
  @property({ attribute: 'time-column' }) timeColumn = 'year';

  /** The column that names the area (shown with the figure and used for the reference's name). */
  @property({ attribute: 'area-column' }) areaColumn = 'area';

  /**
   * The reference area: the filters that differ from the figure's, e.g. `area=Norge`.
   * The comparison uses the same period and every other filter of the figure.
   */
  @property() reference = '';

  /**
   * How the comparison names the reference inside its sentence, where that differs from the
   * reference's name in the data: `hele landet` for DST's `Hele landet` ("1,6 procentpoint over
   * hele landet"). Empty: the name in the data.
   */
  @property({ attribute: 'reference-label' }) referenceLabel = '';

  /** The period to show, as written in the data (`2023`); the latest when empty. */
  @property() period = '';

  /** The unit of the values: `percent` (11.4 means 11,4 %), `per_1000`, `count` or `number`. */
  @property() unit = 'number';

  /** Decimals to show; by default 1 for percent and per 1000, 0 for counts. */
  @property({ type: Number }) decimals: number | undefined = undefined;

  /** The words after the figure, in the page's language: "av 16–25-åringene er utenfor arbeid og utdanning". */
  @property() label = '';

  /**
   * The columns with the share's counts (`numerator`, `denominator`), both or neither: a change
   * from the period before is then called a rise or a fall only when it is more than chance
   * (Newcombe's interval from the two Wilson intervals), else "ingen klar endring".
   */
  @property({ attribute: 'numerator-column' }) numeratorColumn = '';
  @property({ attribute: 'denominator-column' }) denominatorColumn = '';

  constructor() {
    super();
    this.height = 170;
  }

  protected dataArgs() {
    return [this.src, this.valueColumn, this.timeColumn, this.areaColumn, this.filter, this.reference, this.period, this.unit, this.decimals, this.numeratorColumn, this.denominatorColumn];
  }

  protected async loadData(): Promise<KpiData> {
    const options = kpiOptions({
      src: this.src,
      valueColumn: this.valueColumn,
      timeColumn: this.timeColumn,
      areaColumn: this.areaColumn,
      filter: this.filter,
      reference: this.reference,
      period: this.period,
      unit: this.unit,
      decimals: this.decimals,
      label: this.label,
      numeratorColumn: this.numeratorColumn,
      denominatorColumn: this.denominatorColumn,
    });
    const { filters, period } = withLinked(options, await this.linkedFiltersFor(options.src, []));
    const { columns } = await this.schema(options.src);
    const available = new Set(columns.map((column) => column.name));
    const run = (query: typeof filters) => this.select(options.src, kpiQuery(options, query, available));
    const [main, reference] = await Promise.all([
      run(filters),
      options.reference.length > 0 ? run(referenceFilters(filters, options.reference)) : undefined,
    ]);
    const figuresOf = (result: QueryResult | undefined) =>
      result ? toFigures(result.rows, { time: options.timeColumn, value: options.valueColumn, area: available.has(options.areaColumn) ? options.areaColumn : '', counts: options.counts }, hiddenColumns(result)) : [];
    // A period the page wrote that the data lack is a wrong setting; one a reader chose
    // in a linked filter is an empty selection.
    if (period === options.period) checkPeriod(figuresOf(main), period);
    const figures = pickFigures(figuresOf(main), figuresOf(reference), period);
    const shown = [figures.current, figures.previous, figures.reference];
    const k = disclosureK(main) ?? Number(main.info.metadata['slt.k']);
    return {
      options,
      figures,
      info: main.info,
      suppressedBelow: shown.some((figure) => figure?.hidden) && Number.isFinite(k) ? k : undefined,
    };
  }

  /**
   * A file that says per row whether a figure is published (indicators.parquet mixes SSB's
   * figures with synthetic ones): when every figure on the card (not every row its filter
   * selects) is published, the card is not marked as demo data and names their source.
   */
  protected override footerFacts(data: KpiData, language: Language): DatasetFacts {
    return withProvenance(datasetFacts(data.info, language), shownProvenance(data.figures), data.info, language);
  }

  protected isEmpty(data: KpiData): boolean {
    return data.figures.current === undefined;
  }

  #text(data: KpiData, language: Language): KpiText {
    const { unit, decimals, reference } = data.options;
    const referenceName = reference.find((filter) => filter.column === data.options.areaColumn) ?? reference[0];
    return kpiText(data.figures, {
      unit,
      decimals,
      language,
      label: this.label.trim(),
      referenceName: referenceName ? referenceName.values.join(', ') : '',
      referenceLabel: this.referenceLabel.trim(),
    })!;
  }

  protected describe(data: KpiData, language: Language): string[] {
    return describeKpi(this.#text(data, language), language);
  }

  protected tableOf(data: KpiData, language: Language): DataTable {
    const messages = MESSAGES[language];
    const { current, previous, reference } = data.figures;
    return {
      columns: [{ label: messages.columnArea }, { label: messages.columnPeriod }, { label: messages.columnValue, numeric: true }],
      rows: [current, previous, reference]
        .filter((figure): figure is KpiFigure => figure !== undefined)
        .map((figure) => [cell(figure.area), cell(formatPeriod(figure.time, language), figure.time), this.#valueCell(data, figure, language)]),
    };
  }

  #valueCell(data: KpiData, figure: KpiFigure, language: Language): TableCell {
    if (figure.hidden) return { text: ':', raw: null, suppressed: true };
    if (figure.value === null) return cell(MESSAGES[language].valueMissing, null);
    return cell(formatValue(figure.value, data.options.unit, language, data.options.decimals), figure.value);
  }

  protected draw(data: KpiData, width: number, language: Language): DrawnChart<KpiDatum> {
    const text = this.#text(data, language);
    // The page shows the card as HTML text; the SVG card is what the downloads save.
    const card = renderKpiCard(text, width);
    const view = renderKpiView(text, this.focusedDatum?.line);
    return { svg: card.svg, view, locate: () => undefined };
  }

  /** The focused line is marked in the HTML card, so it is redrawn when focus moves. */
  protected override drawArgs(): readonly unknown[] {
    return [this.focusedDatum?.line];
  }

  /** The text alternative says what the card says: read by screen readers, not shown twice. */
  protected override captionVisible(): boolean {
    return false;
  }

  protected navigable(data: KpiData, language: Language): ChartPoint<KpiDatum>[][] {
    const { current, previous, reference } = data.figures;
    const messages = MESSAGES[language];
    const point = (figure: KpiFigure, line: KpiLine, position: number): ChartPoint<KpiDatum> => {
      const value = figure.hidden
        ? `: (${fill(messages.suppressedCell, { k: String(data.suppressedBelow ?? '') })})`
        : figure.value === null
          ? messages.valueMissing
          : formatValue(figure.value, data.options.unit, language, data.options.decimals);
      const reading = fill(messages.pointReadout, { time: formatPeriod(figure.time, language), value });
      return { datum: { line, figure }, position, readout: figure.area ? `${figure.area}, ${reading}` : reading };
    };
    if (!current) return [];
    // Left and right step through time (the period before, this period); down goes to the reference.
    const series = [[...(previous ? [point(previous, 'change', 0)] : []), point(current, 'figure', 1)]];
    if (reference) series.push([point(reference, 'comparison', 1)]);
    return series;
  }
}

/** The engine's per-row hidden columns, once it has disclosure control (older engines: none). */
function hiddenColumns(result: QueryResult): ReadonlyArray<ReadonlySet<string>> | undefined {
  return (result as { suppressed?: ReadonlyArray<ReadonlySet<string>> }).suppressed;
}

function disclosureK(result: QueryResult): number | undefined {
  const k = (result as { k?: number | null }).k;
  return typeof k === 'number' ? k : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-kpi': SltKpi;
  }
}
