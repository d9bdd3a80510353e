import { formatNumber, formatYear, type Language, type ParquetInfo } from '@slt/engine';
import { css, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { requestFilter } from '../filters/filter-scope.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { cell, type DataTable, type TableCell } from '../shared/data-table.ts';
import { SltChartElement, type ChartPoint, type DrawnChart } from '../shared/slt-chart-element.ts';
import { patternId, ZONE_PATTERNS, zoneColoursOf, zonePatterns, ZONES, type Zone } from './zone-style.ts';
import { renderZonesChart, type ZonesDatum } from './zones-chart.ts';
import { anyHidden, toZonesPeriods, type Count, type ZonesPeriod } from './zones-data.ts';
import { zonesOptions, zonesQuery, type ZonesOptions } from './zones-options.ts';
import { countText, summariseZones } from './zones-summary.ts';
import { capitalise, ZONES_MESSAGES } from './zones.messages.ts';

interface ZonesData {
  readonly options: ZonesOptions;
  readonly periods: ZonesPeriod[];
  readonly info: ParquetInfo;
  readonly suppressedBelow?: number | undefined;
}

/** The linked filter column a click on a period chooses (case_counts and zone_transitions both have it). */
const SELECT_COLUMN = 'year';

/**
 * The measures ladder over time: young people in follow-up per period in the green,
 * yellow, orange and red zones, as stacked bars (or areas). Each zone has a colour and a
 * pattern and is named in the legend; the total above each period is the published
 * margin; hidden figures are shown as ':' and explained.
 *
 * @summary Cases per zone of the measures ladder over time, with the published total.
 *
 * @fires slt-filter - When a period is clicked or chosen with Enter/Space: `detail: { column: 'year', values: ['2024'] }` (`values: null` when the chosen period is clicked again).
 *
 * @csspart heading - The chart's heading.
 * @csspart legend - The zone names, each with its colour and pattern.
 * @csspart chart - The box that holds the SVG chart (and the loading placeholder).
 * @csspart readout - The figure keyboard focus is on.
 * @csspart summary - The text alternative under the chart.
 * @csspart table - The expandable data table.
 * @csspart footer - Source, last update, definition and downloads.
 * @csspart demo-marker - The "demo data" marker shown for synthetic datasets.
 * @csspart message - The empty-state or error message.
 *
 * @cssproperty --slt-zone-green - Fill of the green zone (default #2f8f46; to --slt-zone-red).
 * @cssproperty --slt-zone-yellow - Fill of the yellow zone (default #f2c300, dotted).
 * @cssproperty --slt-zone-orange - Fill of the orange zone (default #d46400, diagonal lines).
 * @cssproperty --slt-zone-red - Fill of the red zone (default #c8102e, cross-hatched).
 * @cssproperty --slt-text - Text colour, also the outline of every zone shape.
 * @cssproperty --slt-muted - Colour of secondary text and of the hidden part's hatching.
 * @cssproperty --slt-background - Background colour.
 * @cssproperty --slt-skeleton - Colour of the loading placeholder and grid lines.
 * @cssproperty --slt-error - Colour of error messages.
 * @cssproperty --slt-focus - Colour of the focus ring.
 * @cssproperty --slt-font-family - Font family.
 * @cssproperty --slt-font-size - Base font size.
 *
 * @example
 * <slt-zones src="data/case_counts.parquet" heading="Unge i oppfølging etter sone"></slt-zones>
 */
@customElement('slt-zones')
export class SltZones extends SltChartElement<ZonesData, ZonesDatum> {
  static override styles = [
    ...SltChartElement.styles,
    css`
      .legend svg {
        flex: none;
      }
      .legend .hidden-key {
        font-weight: 700;
      }
    `,
  ];

  /** `bars` (stacked bars, the default) or `areas` (stacked areas). */
  @property({ reflect: true }) variant = 'bars';

  protected dataArgs() {
    return [this.src, this.filter, this.variant];
  }

  protected async loadData(): Promise<ZonesData> {
    const options = zonesOptions({ src: this.src, filter: this.filter, variant: this.variant });
    const { options: own, linked } = await this.withLinked(options);
    const result = await this.select(options.src, zonesQuery(own, linked));
    const k = result.k ?? (Number(result.info.metadata['slt.k']) || undefined);
    const periods = toZonesPeriods(result.rows, (index) => result.suppressed?.[index]?.has('persons') ?? false, k);
    return { options, periods, info: result.info, suppressedBelow: anyHidden(periods) ? k : undefined };
  }

  protected isEmpty(data: ZonesData): boolean {
    return data.periods.length === 0;
  }

  protected override hasLegend(): boolean {
    return true;
  }

  protected override renderLegend(data: ZonesData, language: Language) {
    const messages = ZONES_MESSAGES[language];
    const colours = zoneColoursOf(this);
    const swatch = (key: Zone | 'hidden') =>
      html`<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
        ${svg`<defs>${zonePatterns(`slt-lz-${key}`, colours).filter((pattern) => pattern.id === patternId(`slt-lz-${key}`, key))}</defs>
        <rect x="0.5" y="0.5" width="13" height="13" fill=${`url(#${patternId(`slt-lz-${key}`, key)})`} stroke="currentColor"
          stroke-dasharray=${key === 'hidden' ? '2 2' : 'none'}></rect>`}
      </svg>`;
    const hidden = data.periods.some((period) => period.hiddenRest !== null);
    return html`<ul class="legend" part="legend" aria-label=${messages.legendLabel}>
      ${ZONES.map((zone) => html`<li data-zone=${zone} data-pattern=${ZONE_PATTERNS[zone]}>${swatch(zone)}<span>${capitalise(messages.zone[zone])}</span></li>`)}
      ${hidden ? html`<li data-zone="hidden">${swatch('hidden')}<span><span class="hidden-key">:</span> ${messages.hiddenLegend}</span></li>` : ''}
    </ul>`;
  }

  protected describe(data: ZonesData, language: Language): string[] {
    return summariseZones(data.periods, language, data.suppressedBelow);
  }

  protected tableOf(data: ZonesData, language: Language): DataTable {
    const messages = ZONES_MESSAGES[language];
    const countCell = (count: Count): TableCell =>
      count.hidden ? { text: ':', raw: null, suppressed: true } : cell(countText(count, language), count.value);
    return {
      columns: [
        { label: messages.columnPeriod },
        ...ZONES.map((zone) => ({ label: capitalise(messages.zone[zone]), numeric: true })),
        { label: messages.totalLabel, numeric: true },
      ],
      rows: data.periods.map((period) => [
        cell(formatYear(period.year), period.year),
        ...ZONES.map((zone) => countCell(period.zones[zone])),
        countCell(period.total),
      ]),
    };
  }

  protected draw(data: ZonesData, width: number, language: Language): DrawnChart<ZonesDatum> {
    const chart = renderZonesChart(data.periods, {
      width,
      height: this.layoutHeight,
      language,
      colours: zoneColoursOf(this),
      variant: data.options.variant,
      selectedYear: this.#selectedYear(),
      onSelect: (year) => this.#choose(year),
    });
    return { svg: chart.svg, locate: (datum) => chart.locate(datum) };
  }

  protected navigable(data: ZonesData, language: Language): ChartPoint<ZonesDatum>[][] {
    const messages = ZONES_MESSAGES[language];
    const k = data.suppressedBelow;
    const selected = this.#selectedYear();
    const valueOf = (count: Count) =>
      count.hidden && k !== undefined ? `: (${fill(MESSAGES[language].suppressedCell, { k: formatNumber(k, language, 0) })})` : countText(count, language);
    const series: (Zone | 'all')[] = ['all', ...ZONES];
    return series.map((key) =>
      data.periods.map((period) => {
        const label = key === 'all' ? messages.totalLabel : capitalise(messages.zone[key]);
        const count = key === 'all' ? period.total : period.zones[key];
        const readout = fill(messages.readout, { label, period: formatYear(period.year), value: valueOf(count) });
        return {
          datum: { period, series: key },
          position: period.year,
          readout: period.year === selected ? `${readout} (${messages.selected})` : readout,
        };
      }),
    );
  }

  /** Enter or Space on the focused figure chooses its period, as a click does. */
  protected override activate(datum: ZonesDatum): void {
    this.#choose(datum.period.year);
  }

  #selectedYear(): number | undefined {
    const chosen = this.linked.get(SELECT_COLUMN);
    return chosen?.length === 1 ? Number(chosen[0]) : undefined;
  }

  /** Chooses a period for the linked widgets, or clears the choice when it is chosen again. */
  #choose(year: number): void {
    requestFilter(this, SELECT_COLUMN, this.#selectedYear() === year ? null : [String(year)]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-zones': SltZones;
  }
}
