import { EngineError, parseFilters, type Filter, type SelectQuery, type Unit } from '@slt/engine';
import { decimalsOption, required, sourceOption, unitOption } from '../shared/options.ts';

/** The attributes of <slt-map> that decide what is queried and how it is shown. */
export interface MapAttributes {
  src: string;
  filter: string;
  areaColumn: string;
  codeColumn: string;
  valueColumn: string;
  timeColumn: string;
  statusColumn: string;
  reference: string;
  tiles: string;
  geometry: string;
  featureKey: string;
  unit: string;
  decimals: number | undefined;
}

/** A district's place in the tile grid: column and row, from the top left. */
export interface TilePosition {
  readonly x: number;
  readonly y: number;
}

export interface MapOptions {
  readonly src: string;
  readonly filters: readonly Filter[];
  /** Names shown on the tiles; the column a chosen district filters linked widgets on. */
  readonly areaColumn: string;
  /** Codes that key tiles and geometry features; the area name when absent. */
  readonly codeColumn: string | undefined;
  readonly valueColumn: string;
  /** The map shows the latest time in the data; absent: the rows are one time already. */
  readonly timeColumn: string | undefined;
  /** SSB status symbols (':' hidden); used when the dataset has the column. */
  readonly statusColumn: string | undefined;
  /** Filters that pick the reference row (the municipality) instead of the districts. */
  readonly reference: readonly Filter[];
  /** Tile positions by code (or name); empty: a default grid. */
  readonly tiles: ReadonlyMap<string, TilePosition>;
  readonly geometry: string | undefined;
  readonly featureKey: string;
  readonly unit: Unit;
  readonly decimals: number | undefined;
}

/**
 * Turns attribute text into checked options, failing loudly with what was wrong.
 * Column names are checked against the dataset's schema later, by the engine.
 */
export function mapOptions(attributes: MapAttributes): MapOptions {
  const src = sourceOption(attributes.src, 'slt-map');
  const unit = unitOption(attributes.unit);
  const decimals = decimalsOption(attributes.decimals);
  return {
    src,
    filters: parseFilters(attributes.filter),
    areaColumn: required(attributes.areaColumn, 'area-column'),
    codeColumn: attributes.codeColumn.trim() || undefined,
    valueColumn: required(attributes.valueColumn, 'value-column'),
    timeColumn: attributes.timeColumn.trim() || undefined,
    statusColumn: attributes.statusColumn.trim() || undefined,
    reference: parseFilters(attributes.reference, 'reference'),
    tiles: parseTiles(attributes.tiles),
    geometry: attributes.geometry.trim() || undefined,
    featureKey: attributes.featureKey.trim() || 'area_code',
    unit: unit as Unit,
    decimals,
  };
}

/** The last column and row of a tile grid: twenty districts across, more than any municipality has. */
export const MAX_TILE_INDEX = 19;

/**
 * `3203-01:0,0;3203-02:1,0`: each district's key (code, or name without a code column),
 * then its column and row in the grid. Whole numbers from 0 to 19; two districts on one tile fail.
 */
export function parseTiles(text: string): Map<string, TilePosition> {
  const tiles = new Map<string, TilePosition>();
  const taken = new Map<string, string>();
  for (const entry of text.split(';')) {
    if (entry.trim() === '') continue;
    const match = /^(.+):\s*(\d+)\s*,\s*(\d+)\s*$/.exec(entry.trim());
    if (!match) {
      throw new EngineError('invalid-option', `invalid tiles entry: ${JSON.stringify(entry.trim())} (use key:column,row, e.g. 3203-01:0,2)`, {
        column: 'tiles',
      });
    }
    const key = match[1]!.trim();
    const position = { x: Number(match[2]), y: Number(match[3]) };
    // The grid spans the largest column and row: 500,500 drew a map 23,000 px tall.
    if (position.x > MAX_TILE_INDEX || position.y > MAX_TILE_INDEX) {
      throw new EngineError('invalid-option', `invalid tiles entry: ${JSON.stringify(entry.trim())}, a column or row past the grid (use 0 to ${MAX_TILE_INDEX})`, {
        column: 'tiles',
      });
    }
    const at = `${position.x},${position.y}`;
    const other = taken.get(at);
    if (other !== undefined) {
      throw new EngineError('invalid-option', `invalid tiles: ${JSON.stringify(key)} and ${JSON.stringify(other)} are both at ${at}`, {
        column: 'tiles',
      });
    }
    taken.set(at, key);
    tiles.set(key, position);
  }
  return tiles;
}

/** The districts query: names, codes, values, time and status, in code order. */
export function districtQuery(options: MapOptions, linked: readonly Filter[], hasStatus: boolean): SelectQuery {
  const columns = [
    options.areaColumn,
    ...(options.codeColumn ? [options.codeColumn] : []),
    options.valueColumn,
    ...(options.timeColumn ? [options.timeColumn] : []),
    ...(hasStatus && options.statusColumn ? [options.statusColumn] : []),
  ];
  return {
    columns: [...new Set(columns)],
    filters: [...options.filters, ...linked],
    orderBy: [options.codeColumn ?? options.areaColumn],
  };
}

/**
 * The reference row: the map's own filters with the reference's columns replaced
 * (`area_level=district` becomes `area_level=municipality`), at the map's time.
 */
export function referenceQuery(
  options: MapOptions,
  linked: readonly Filter[],
  time: number | string | undefined,
  hasStatus: boolean,
): SelectQuery {
  const replaced = new Set(options.reference.map((filter) => filter.column));
  const timeFilter = options.timeColumn && time !== undefined ? [{ column: options.timeColumn, values: [time] }] : [];
  const filters = [...options.filters, ...linked].filter(
    (filter) => !replaced.has(filter.column) && filter.column !== options.timeColumn,
  );
  return {
    columns: [
      ...new Set([options.areaColumn, options.valueColumn, ...(hasStatus && options.statusColumn ? [options.statusColumn] : [])]),
    ],
    filters: [...filters, ...options.reference, ...timeFilter],
    orderBy: [options.areaColumn],
    limit: 1,
  };
}
