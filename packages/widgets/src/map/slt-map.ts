import { formatValue, type Language, type ParquetInfo, type QueryResult } from '@slt/engine';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../shared/define-element.ts';
import { FilterScope, requestFilter } from '../filters/filter-scope.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { cell, type DataTable } from '../shared/data-table.ts';
import { formatPeriod } from '../shared/period-text.ts';
import { SltChartElement, type ChartPoint, type DrawnChart } from '../shared/slt-chart-element.ts';
import { binIndex, binLabel, binsOf, SEQUENTIAL_PALETTE, type Bin } from './map-bins.ts';
import { element, SHAPE_CLASS, TILE_CLASS, type LookOptions } from './map-chart.ts';
import { gridRows, latestTime, toDistricts, type District } from './map-data.ts';
import { renderGeoMap } from './map-geo.ts';
import { loadGeometry, type Feature } from './map-geometry.ts';
import { districtQuery, mapOptions, referenceQuery, type MapOptions } from './map-options.ts';
import { summariseMap } from './map-summary.ts';
import { renderTileMap } from './map-tiles.ts';
import { MAP_MESSAGES } from './slt-map.messages.ts';
import { mapStyles } from './slt-map.styles.ts';

interface MapData {
  readonly options: MapOptions;
  readonly districts: District[];
  readonly time: number | string | undefined;
  readonly reference: { readonly name: string; readonly value: number | null } | undefined;
  readonly features: Feature[] | undefined;
  readonly info: ParquetInfo;
  readonly suppressedBelow: number | undefined;
}

/**
 * Districts coloured by a value: a tile grid map (each district a labelled square) or,
 * with `geometry`, the real shapes. Clicking a district, or Enter/Space on the one
 * keyboard focus is on, chooses it as a linked filter for the widgets in the same scope.
 *
 * @summary Districts coloured by a value in 4-5 classes, values written on them, with a key, a text alternative, a table and keyboard access.
 *
 * @fires slt-filter - When the reader chooses a district (`detail: { column, values: [name] }`) or chooses it again to clear (`values: null`). Bubbles, composed: the scope applies it (see filters/filter-scope.ts).
 *
 * @csspart heading - The map's heading.
 * @csspart legend - The colour key (each class's range) and the chosen district.
 * @csspart chart - The box that holds the SVG map (and the loading placeholder).
 * @csspart readout - The district keyboard focus is on, and its value.
 * @csspart summary - The text alternative under the map.
 * @csspart table - The expandable data table.
 * @csspart footer - Source, last update, definition and downloads.
 * @csspart demo-marker - The "demo data" marker shown for synthetic datasets.
 * @csspart message - The empty-state or error message.
 *
 * @cssproperty --slt-sequential-1 - Colour of the lowest class, light (to --slt-sequential-5, the highest, dark). Default: viridis.
 * @cssproperty --slt-text - Text colour, and the outline of the chosen district.
 * @cssproperty --slt-muted - Tile borders, the hatch of hidden figures, secondary text.
 * @cssproperty --slt-background - Background colour (and the halo behind text on hatched tiles).
 * @cssproperty --slt-skeleton - Colour of the loading placeholder and table rules.
 * @cssproperty --slt-error - Colour of error messages.
 * @cssproperty --slt-focus - Colour of the focus ring.
 * @cssproperty --slt-font-family - Font family.
 * @cssproperty --slt-font-size - Base font size.
 *
 * @example
 * <slt-map src="data/indicators.parquet"
 *   filter="indicator=neet&age_group=16-25&sex=all&area_level=district"
 *   reference="area_level=municipality" unit="percent"
 *   heading="Unge 16–25 år utenfor arbeid og utdanning, etter bydel"></slt-map>
 */
@customElement('slt-map')
export class SltMap extends SltChartElement<MapData, District> {
  static override styles = [...SltChartElement.styles, mapStyles];
  /** The column with the district names, written on the tiles; a chosen district filters linked widgets on it. */
  @property({ attribute: 'area-column' }) areaColumn = 'area';

  /** The column with the district codes that key `tiles` and the geometry; empty: the names do. */
  @property({ attribute: 'code-column' }) codeColumn = 'area_code';

  /** The column with the values that colour the districts. */
  @property({ attribute: 'value-column' }) valueColumn = 'value';

  /** The time column: the map shows the latest time in the filtered data. Empty: the rows are one time already. */
  @property({ attribute: 'time-column' }) timeColumn = 'year';

  /** The column with SSB status symbols (':' = hidden to protect privacy); ignored when the dataset has none. */
  @property({ attribute: 'status-column' }) statusColumn = 'status';

  /**
   * Filters that pick the reference area instead of the districts, for the text
   * alternative ("Asker samlet: 10,3 %"): `area_level=municipality` replaces the
   * `area_level` of `filter`. Empty: no reference.
   */
  @property() reference = '';

  /**
   * Tile positions, `code:column,row` joined by `;` (`3203-01:2,1;3203-02:2,0`), from the
   * top left. Districts not named fill a default grid below: ceil(√n) columns, in code order.
   */
  @property() tiles = '';

  /** A GeoJSON or TopoJSON URL with the districts' shapes: draws them instead of tiles. */
  @property() geometry = '';

  /** The feature property that holds the district code (or name) in `geometry`. */
  @property({ attribute: 'feature-key' }) featureKey = 'area_code';

  /** The unit of the values: `percent` (11.4 means 11,4 %), `per_1000`, `count` or `number`. */
  @property() unit = 'number';

  /** Decimals to show; by default 1 for percent and per 1000, 0 for counts. */
  @property({ type: Number }) decimals: number | undefined = undefined;

  /**
   * The data on screen. Not the base's `data`, which is undefined while a linked filter
   * reloads: the previous map stays visible then, and the reader may click it again.
   */
  #shown: MapData | undefined;

  constructor() {
    super();
    this.height = 340; // four rows of tiles at phone width (a field would shadow the reactive property)
  }

  protected dataArgs() {
    return [
      this.src, this.filter, this.areaColumn, this.codeColumn, this.valueColumn, this.timeColumn, this.statusColumn,
      this.reference, this.tiles, this.geometry, this.featureKey, this.unit, this.decimals,
    ];
  }

  /** A district chosen in the scope is marked on the map: it must not make the other districts disappear. */
  protected override ownAxes(): readonly string[] {
    return [this.areaColumn.trim()];
  }

  protected async loadData(): Promise<MapData> {
    const options = mapOptions({
      src: this.src,
      filter: this.filter,
      areaColumn: this.areaColumn,
      codeColumn: this.codeColumn,
      valueColumn: this.valueColumn,
      timeColumn: this.timeColumn,
      statusColumn: this.statusColumn,
      reference: this.reference,
      tiles: this.tiles,
      geometry: this.geometry,
      featureKey: this.featureKey,
      unit: this.unit,
      decimals: this.decimals,
    });
    const geometry = options.geometry ? loadGeometry(options.geometry) : undefined;
    const info = await this.schema(options.src);
    const hasStatus = options.statusColumn !== undefined && info.columns.some((column) => column.name === options.statusColumn);
    const { options: own, linked } = await this.withLinked(options);
    const result = await this.select(options.src, districtQuery(own, linked, hasStatus));
    const time = latestTime(result.rows, options.timeColumn);
    const districts = toDistricts(
      result.rows,
      { area: options.areaColumn, code: options.codeColumn, value: options.valueColumn, time: options.timeColumn, status: hasStatus ? options.statusColumn : undefined },
      options.tiles,
      suppressedOf(result),
    );
    let reference: MapData['reference'];
    if (options.reference.length > 0 && districts.length > 0) {
      const answer = await this.select(options.src, referenceQuery(own, linked, time, hasStatus));
      const row = answer.rows[0];
      const hidden = row !== undefined && (suppressedOf(answer)?.[0]?.has(options.valueColumn) || (hasStatus && row[options.statusColumn!] === ':'));
      const value = row?.[options.valueColumn];
      if (row) reference = { name: String(row[options.areaColumn] ?? ''), value: !hidden && typeof value === 'number' ? value : null };
    }
    const anyHidden = districts.some((district) => district.hidden);
    return {
      options,
      districts,
      time,
      reference,
      features: geometry ? await geometry : undefined,
      info: result.info,
      suppressedBelow: anyHidden ? kOf(result) : undefined,
    };
  }

  protected isEmpty(data: MapData): boolean {
    return data.districts.length === 0;
  }

  protected override hasLegend(): boolean {
    return true;
  }

  /** The classes of the colour scale, over the districts' known values, in the theme's colours. */
  #bins(data: MapData): Bin[] {
    return binsOf(known(data.districts), sequentialPalette(this));
  }

  #selectedName(): string | undefined {
    return this.linked.get(this.areaColumn.trim() || 'area')?.[0];
  }

  #selectedKey(data: MapData): string | undefined {
    const name = this.#selectedName();
    return data.districts.find((district) => district.name === name)?.key;
  }

  protected override renderLegend(data: MapData, language: Language) {
    const messages = MAP_MESSAGES[language];
    const bins = this.#bins(data);
    const values = known(data.districts);
    const range = { min: Math.min(...values), max: Math.max(...values) };
    const { unit, decimals } = data.options;
    const anyHidden = data.districts.some((district) => district.hidden);
    const anyMissing = data.districts.some((district) => !district.hidden && district.value === null);
    const selected = this.#selectedName();
    return html`<div class="map-legend" part="legend">
      <ul aria-label=${messages.legendLabel}>
        ${bins.map(
          (bin, index) =>
            html`<li><span class="swatch" style="background:${bin.colour}" aria-hidden="true"></span>${binLabel(bins, index, range, unit, language, decimals, messages.range)}</li>`,
        )}
        ${anyHidden ? html`<li><span class="swatch hidden" aria-hidden="true"></span>${messages.legendHidden}</li>` : nothing}
        ${anyMissing ? html`<li><span class="swatch missing" aria-hidden="true"></span>${messages.legendMissing}</li>` : nothing}
      </ul>
      <div class="selection" aria-live="polite">
        ${selected
          ? html`<span>${fill(messages.selected, { area: selected })}</span>
              ${FilterScope.of(this).requires(data.options.areaColumn)
                ? nothing
                : html`<button type="button" @click=${() => requestFilter(this, data.options.areaColumn, null)}>${messages.clearSelection}</button>`}`
          : nothing}
      </div>
    </div>`;
  }

  protected describe(data: MapData, language: Language): string[] {
    const { unit, decimals } = data.options;
    return summariseMap(data.districts, { unit, decimals, language, time: data.time, reference: data.reference });
  }

  protected tableOf(data: MapData, language: Language): DataTable {
    const messages = MESSAGES[language];
    const mapMessages = MAP_MESSAGES[language];
    const { unit, decimals } = data.options;
    const bins = this.#bins(data);
    const values = known(data.districts);
    const range = { min: Math.min(...values), max: Math.max(...values) };
    const rangeOf = (value: number) => binLabel(bins, binIndex(bins, value), range, unit, language, decimals, mapMessages.range);
    const time = data.time === undefined ? [] : [{ label: messages.columnTime }];
    return {
      columns: [{ label: messages.columnArea }, ...time, { label: messages.columnValue, numeric: true }, { label: mapMessages.columnRange }],
      rows: data.districts.map((district) => [
        cell(district.name),
        ...(data.time === undefined ? [] : [cell(formatPeriod(String(data.time), language), data.time)]),
        district.hidden
          ? { text: ':', raw: null, suppressed: true }
          : district.value === null
            ? cell(messages.valueMissing, null)
            : cell(formatValue(district.value, unit, language, decimals), district.value),
        district.value === null ? cell('', null) : cell(rangeOf(district.value)),
      ]),
    };
  }

  #lookOptions(data: MapData, language: Language): LookOptions {
    const k = data.suppressedBelow;
    return {
      bins: this.#bins(data),
      unit: data.options.unit,
      decimals: data.options.decimals,
      language,
      hiddenText: fill(MESSAGES[language].suppressedCell, { k: String(k ?? '') }),
      missingText: MESSAGES[language].valueMissing,
    };
  }

  protected draw(data: MapData, width: number, language: Language): DrawnChart<District> {
    this.#shown = data;
    const selected = this.#selectedKey(data);
    const look = this.#lookOptions(data, language);
    if (data.features) {
      const map = renderGeoMap(data.districts, data.features, { ...look, width, height: this.layoutHeight, selected, featureKey: data.options.featureKey });
      const paths = [...map.svg.querySelectorAll<SVGPathElement>(`g.${SHAPE_CLASS} > path`)];
      paths.forEach((path, index) => {
        const shape = map.shapes[index];
        if (shape) path.dataset['key'] = shape.district.key; // for clicks (see #onClick)
      });
      return {
        svg: map.svg,
        locate: (district) => {
          const index = map.shapes.findIndex((shape) => shape.district.key === district.key);
          const path = paths[index];
          if (path) map.svg.append(focusRing(path.cloneNode() as SVGPathElement));
          return undefined; // the ring follows the shape, not a circle at a point
        },
      };
    }
    const map = renderTileMap(data.districts, { ...look, width, height: this.layoutHeight, selected });
    return {
      svg: map.svg,
      // On a phone the width decides the tiles' size: the box ends under the last row instead
      // of leaving the rest of its height empty.
      height: Number(map.svg.getAttribute('height')),
      locate: (district) => {
        const box = map.boxOf(district);
        const ring = element('rect', {
          x: String(box.x - 6.5),
          y: String(box.y - 6.5),
          width: String(box.size + 13),
          height: String(box.size + 13),
          rx: '7',
        });
        map.svg.append(focusRing(ring));
        return undefined; // a square ring around the tile instead of the base's circle
      },
    };
  }

  protected navigable(data: MapData, language: Language): ChartPoint<District>[][] {
    const look = this.#lookOptions(data, language);
    const messages = MAP_MESSAGES[language];
    const selected = this.#selectedKey(data);
    const point = (district: District, position: number): ChartPoint<District> => {
      const value = district.hidden
        ? `: (${look.hiddenText})`
        : district.value === null
          ? look.missingText
          : formatValue(district.value, look.unit, language, look.decimals);
      const state = district.key === selected ? ` (${messages.selectedReadout})` : '';
      return { datum: district, position, readout: `${district.name}${state}: ${value}` };
    };
    // Tiles: a row of the grid is a "series" (Left/Right along it, Up/Down to the next row).
    // Shapes have no grid: one row in code order.
    if (data.features) return [data.districts.map((district, index) => point(district, index))];
    return gridRows(data.districts).map((row) => row.map((district) => point(district, district.x)));
  }

  /** Chooses a district as the linked filter, or clears it when it is already chosen. */
  #choose(district: District, data: MapData): void {
    const column = data.options.areaColumn;
    requestFilter(this, column, this.#selectedName() === district.name ? null : [district.name]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.addEventListener('click', this.#onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('click', this.#onClick);
  }

  /** A click or tap on a tile or shape chooses its district (also a click without a pointer). */
  readonly #onClick = (event: Event) => {
    const key = keyIn(event);
    if (key !== undefined) this.#chooseKey(key);
  };

  #chooseKey(key: string): void {
    const data = this.#shown;
    const district = data?.districts.find((candidate) => candidate.key === key);
    if (data && district) this.#choose(district, data);
  }

  /** Enter or Space on the district keyboard focus is on chooses it (or clears it). */
  protected override activate(district: District): void {
    if (this.#shown) this.#choose(district, this.#shown);
  }

  protected override keyboardHint(language: Language): string {
    return MAP_MESSAGES[language].keyboardHint;
  }

  /** The chosen district is drawn (outlined): a new choice redraws. */
  protected override drawArgs(): readonly unknown[] {
    return [this.#selectedName()];
  }
}

/** The district key of the tile or shape an event happened on. */
function keyIn(event: Event): string | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof SVGElement && node.dataset['key'] !== undefined && (node.matches(`g.${TILE_CLASS}`) || node.matches('path'))) {
      return node.dataset['key'];
    }
    if (node instanceof SVGSVGElement) return undefined;
  }
  return undefined;
}

function focusRing<T extends SVGElement>(shape: T): T {
  shape.setAttribute('class', 'slt-focus-ring');
  shape.setAttribute('fill', 'none');
  shape.setAttribute('stroke', 'var(--_focus)');
  shape.setAttribute('stroke-width', '3');
  shape.setAttribute('pointer-events', 'none');
  shape.removeAttribute('aria-hidden');
  return shape;
}

function known(districts: readonly District[]): number[] {
  return districts.flatMap((district) => (district.value === null ? [] : [district.value]));
}

/** The sequential colours in force: --slt-sequential-1 ... -5, else viridis. */
function sequentialPalette(element: Element): string[] {
  const style = getComputedStyle(element);
  return SEQUENTIAL_PALETTE.map((fallback, index) => style.getPropertyValue(`--slt-sequential-${index + 1}`).trim() || fallback);
}

/** The engine's per-row hidden columns, when its disclosure control runs (older engines: none). */
function suppressedOf(result: QueryResult): ReadonlyArray<ReadonlySet<string>> | undefined {
  return (result as Partial<Pick<QueryResult, 'suppressed'>>).suppressed;
}

/** k: from the engine's disclosure control, else the dataset's `slt.k`. */
function kOf(result: QueryResult): number | undefined {
  const fromEngine = (result as { k?: number | null }).k;
  if (typeof fromEngine === 'number') return fromEngine;
  const k = Number(result.info.metadata['slt.k']);
  return Number.isFinite(k) && k > 0 ? k : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-map': SltMap;
  }
}
