import { EngineError, type Row } from '@slt/engine';
import { WidgetError } from '../shared/widget-error.ts';
import type { TilePosition } from './map-options.ts';

/** One district as drawn: a tile (or a shape) with its figure. */
export interface District {
  /** The code (or the name when there is no code column): keys tiles and shapes. */
  readonly key: string;
  readonly name: string;
  /** Null when hidden or missing. */
  readonly value: number | null;
  /** Hidden to protect privacy (shown as ':' with the explanation), as opposed to missing. */
  readonly hidden: boolean;
  /** Column and row in the tile grid. */
  readonly x: number;
  readonly y: number;
}

export interface DistrictColumns {
  readonly area: string;
  readonly code?: string | undefined;
  readonly value: string;
  readonly time?: string | undefined;
  readonly status?: string | undefined;
}

/** The SSB symbol for a figure hidden for confidentiality. */
export const HIDDEN = ':';

/** The latest time in the rows (years as numbers, periods as text, compared as such). */
export function latestTime(rows: readonly Row[], column: string | undefined): number | string | undefined {
  if (!column) return undefined;
  let latest: number | string | undefined;
  for (const row of rows) {
    const cell = row[column];
    if (typeof cell !== 'number' && typeof cell !== 'string') continue;
    if (latest === undefined || cell > latest) latest = cell;
  }
  return latest;
}

/**
 * The rows of the latest time as districts, one per area. `suppressed` (from the engine's
 * disclosure control, when it runs) and the status column ':' both mark a hidden figure.
 * Two rows for one area mean the filter is not specific enough: that fails with a hint.
 */
export function toDistricts(
  rows: readonly Row[],
  columns: DistrictColumns,
  tiles: ReadonlyMap<string, TilePosition>,
  suppressed?: ReadonlyArray<ReadonlySet<string>>,
): District[] {
  const time = latestTime(rows, columns.time);
  const seen = new Set<string>();
  const found: Omit<District, 'x' | 'y'>[] = [];
  rows.forEach((row, index) => {
    if (columns.time && row[columns.time] !== time) return;
    const name = String(row[columns.area] ?? '');
    const key = columns.code ? String(row[columns.code] ?? name) : name;
    if (seen.has(key)) {
      throw new WidgetError('repeated-point', `slt-map found several rows for the area ${JSON.stringify(name)}: add a filter so there is one row per area (e.g. sex=all)`, {
        point: time === undefined ? name : `${name}, ${String(time)}`,
      });
    }
    seen.add(key);
    const hidden =
      (suppressed?.[index]?.has(columns.value) ?? false) || (columns.status !== undefined && row[columns.status] === HIDDEN);
    found.push({ key, name, value: hidden ? null : toValue(row[columns.value], columns.value), hidden });
  });
  return place(found, tiles);
}

function toValue(cell: Row[string] | undefined, column: string): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'bigint') return Number(cell);
  throw new EngineError('invalid-option', `Value column "${column}" must hold numbers, found ${JSON.stringify(String(cell))}`, {
    column,
  });
}

/**
 * Tile positions: from the `tiles` mapping where it names the district; the rest (or all,
 * without a mapping) fill a default grid in data order, row by row, below any mapped
 * tiles, ceil(sqrt(n)) columns wide, so ten districts make four columns and three rows.
 */
export function place(districts: readonly Omit<District, 'x' | 'y'>[], tiles: ReadonlyMap<string, TilePosition>): District[] {
  const mapped = districts.filter((district) => tiles.has(district.key));
  const rest = districts.filter((district) => !tiles.has(district.key));
  const top = mapped.length === 0 ? 0 : Math.max(...mapped.map((district) => tiles.get(district.key)!.y)) + 1;
  const columns = Math.max(1, Math.ceil(Math.sqrt(districts.length)));
  return districts.map((district) => {
    const position = tiles.get(district.key);
    if (position) return { ...district, ...position };
    const index = rest.indexOf(district);
    return { ...district, x: index % columns, y: top + Math.floor(index / columns) };
  });
}

/** The grid's size in tiles. */
export function gridSize(districts: readonly District[]): { columns: number; rows: number } {
  return {
    columns: Math.max(0, ...districts.map((district) => district.x + 1)),
    rows: Math.max(0, ...districts.map((district) => district.y + 1)),
  };
}

/**
 * Rows of the grid for keyboard stepping: Left/Right along a row, Up/Down to the nearest
 * tile in the next row (the shared point-navigation model, a row being a "series").
 */
export function gridRows(districts: readonly District[]): District[][] {
  const rows = new Map<number, District[]>();
  for (const district of districts) rows.set(district.y, [...(rows.get(district.y) ?? []), district]);
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row.sort((a, b) => a.x - b.x));
}
