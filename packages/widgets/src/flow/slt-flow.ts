import { formatNumber, type Language, type ParquetInfo } from '@slt/engine';
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { cell, type DataTable, type TableCell } from '../shared/data-table.ts';
import { SltChartElement, type ChartPoint, type DrawnChart } from '../shared/slt-chart-element.ts';
import type { Count } from '../zones/zones-data.ts';
import { countText } from '../zones/zones-summary.ts';
import { zoneColoursOf } from '../zones/zone-style.ts';
import { flowChartHeight, keyLabel, renderFlowChart } from './flow-chart.ts';
import { cellAt, FROM, TO, toFlowMatrix, type FlowCell, type FlowMatrix } from './flow-data.ts';
import { flowOptions, flowQuery, type FlowOptions } from './flow-options.ts';
import { quarterLabel, summariseFlow } from './flow-summary.ts';
import { FLOW_MESSAGES } from './flow.messages.ts';

interface FlowData {
  readonly options: FlowOptions;
  readonly matrix: FlowMatrix | undefined;
  readonly info: ParquetInfo;
  readonly suppressedBelow?: number | undefined;
}

/**
 * Movement between the zones of the measures ladder from one quarter to the next: a
 * transition matrix (rows: zone at the end of the quarter before, or new; columns: zone
 * at the end of the quarter, or closed), with the number written in every cell, the
 * flows heat-shaded, hidden cells as ':' on a hatched cell, and the published margins.
 *
 * @summary Transitions between zones in one quarter, as a shaded matrix and a table.
 *
 * @csspart heading - The chart's heading.
 * @csspart chart - The box that holds the SVG matrix (and the loading placeholder).
 * @csspart readout - The cell keyboard focus is on.
 * @csspart summary - The text alternative under the chart.
 * @csspart table - The expandable data table.
 * @csspart footer - Source, last update, definition and downloads.
 * @csspart demo-marker - The "demo data" marker shown for synthetic datasets.
 * @csspart message - The empty-state or error message.
 *
 * @cssproperty --slt-zone-green - Swatch of the green zone (to --slt-zone-red, as in slt-zones).
 * @cssproperty --slt-text - Text colour and the rules around the margins.
 * @cssproperty --slt-muted - Colour of the corner labels and of the hatching of hidden cells.
 * @cssproperty --slt-background - Background colour.
 * @cssproperty --slt-skeleton - Colour of the loading placeholder and the cell borders.
 * @cssproperty --slt-error - Colour of error messages.
 * @cssproperty --slt-focus - Colour of the focus ring.
 * @cssproperty --slt-font-family - Font family.
 * @cssproperty --slt-font-size - Base font size.
 *
 * @example
 * <slt-flow src="data/zone_transitions.parquet" heading="Bevegelser mellom soner"></slt-flow>
 */
@customElement('slt-flow')
export class SltFlow extends SltChartElement<FlowData, FlowCell> {
  static override styles = [
    ...SltChartElement.styles,
    css`
      .period {
        margin: 0 0 0.25em;
        font-size: 0.875em;
        color: var(--_muted);
      }
    `,
  ];

  /**
   * The quarter to show, in SSB notation (`2025K4`). Default: the latest in the data, or
   * the latest of the year chosen in a linked widget (`year` filter).
   */
  @property({ reflect: true }) period = '';

  /** Height of the matrix in CSS pixels (it grows if its column labels need to turn). */
  @property({ type: Number }) override height = 260;

  protected dataArgs() {
    return [this.src, this.filter, this.period];
  }

  protected async loadData(): Promise<FlowData> {
    const options = flowOptions({ src: this.src, filter: this.filter, period: this.period });
    const { options: own, linked } = await this.withLinked(options);
    const result = await this.select(options.src, flowQuery(own, linked));
    const matrix = toFlowMatrix(result.rows, (index) => result.suppressed?.[index]?.has('persons') ?? false, options.period);
    const hidden = matrix?.cells.some((entry) => entry.count.hidden) ?? false;
    const k = result.k ?? (Number(result.info.metadata['slt.k']) || undefined);
    return { options, matrix, info: result.info, suppressedBelow: hidden ? k : undefined };
  }

  protected isEmpty(data: FlowData): boolean {
    return data.matrix === undefined;
  }

  /** A quarter whose every movement is hidden says so, instead of a grid of ':'. */
  protected override allHidden(data: FlowData): boolean {
    return data.matrix?.cells.every((cell) => cell.count.hidden) ?? false;
  }

  protected override allHiddenText(data: FlowData, language: Language): string {
    const sentence = super.allHiddenText(data, language);
    return `${quarterLabel(data.matrix!, language)}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
  }

  protected override hasLegend(): boolean {
    return true;
  }

  /** The quarter shown, above the matrix (the line the loading placeholder reserves). */
  protected override renderLegend(data: FlowData, language: Language) {
    return data.matrix ? html`<p class="period" part="legend">${quarterLabel(data.matrix, language)}</p>` : nothing;
  }

  protected describe(data: FlowData, language: Language): string[] {
    return data.matrix ? summariseFlow(data.matrix, language) : [];
  }

  protected tableOf(data: FlowData, language: Language): DataTable {
    const messages = FLOW_MESSAGES[language];
    const countCell = (count: Count): TableCell =>
      count.hidden ? { text: ':', raw: null, suppressed: true } : cell(countText(count, language), count.value);
    const matrix = data.matrix;
    return {
      columns: [{ label: `${messages.columnFrom} \\ ${messages.to.replace(/\s*→$/, '')}` }, ...TO.map((to) => ({ label: keyLabel(to, language), numeric: true }))],
      rows: matrix ? FROM.map((from) => [cell(keyLabel(from, language), from), ...TO.map((to) => countCell(cellAt(matrix, from, to).count))]) : [],
    };
  }

  protected draw(data: FlowData, width: number, language: Language): DrawnChart<FlowCell> {
    const chart = renderFlowChart(data.matrix!, { width, height: this.layoutHeight, language, colours: zoneColoursOf(this) });
    // The box takes the matrix's own height (taller when the column labels turn on a phone).
    return { ...chart, height: flowChartHeight(chart.svg) };
  }

  protected navigable(data: FlowData, language: Language): ChartPoint<FlowCell>[][] {
    const matrix = data.matrix;
    if (!matrix) return [];
    const messages = FLOW_MESSAGES[language];
    const k = data.suppressedBelow;
    const valueOf = (count: Count) =>
      count.hidden && k !== undefined ? `: (${fill(MESSAGES[language].suppressedCell, { k: formatNumber(k, language, 0) })})` : countText(count, language);
    return FROM.map((from) =>
      TO.map((to, column) => {
        const entry = cellAt(matrix, from, to);
        return {
          datum: entry,
          position: column,
          readout: fill(messages.readout, { from: keyLabel(from, language), to: keyLabel(to, language), value: valueOf(entry.count) }),
        };
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-flow': SltFlow;
  }
}
