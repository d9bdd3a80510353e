import { element, hatchDefs, label, lookOf, nameLines, SELECTED_CLASS, TILE_CLASS, type LookOptions } from './map-chart.ts';
import { gridSize, type District } from './map-data.ts';

export interface TileMapOptions extends LookOptions {
  readonly width: number;
  readonly height: number;
  /** The chosen district's key, outlined. */
  readonly selected: string | undefined;
}

/** Space between tiles: room for the selection outline and the focus ring of each. */
export const GAP = 10;
const MAX_TILE = 132;

/** A drawn tile grid and where each tile is (for the focus ring and clicks). */
export interface TileMap {
  readonly svg: SVGSVGElement;
  readonly tile: number;
  /** A district's tile box: left, top and side, in SVG pixels. */
  boxOf(district: District): { x: number; y: number; size: number };
}

/** The names' distance from a tile's left (and, at most, right) edge. */
const NAME_INSET = 6;
/**
 * About the width of a character of a tile's name, as a share of its size: wide enough for
 * DejaVu Sans (system-ui on Linux), the widest of the system fonts; narrower fonts leave room.
 */
const NAME_CHAR_WIDTH = 0.6;
/** A tile this big has room for three lines of name above its figure ("Vesterbro/ Kongens Enghave"). */
const THREE_LINES = 84;
/** How far a name may be condensed (textLength) to fit its tile: to 80 % of its width. */
const MOST_CONDENSED = 0.8;

/**
 * The size of the districts' names on tiles of a side: about 15 % of it (10 to 15 px), smaller
 * (down to 9 px) where the longest word of a name would not fit on one line even condensed
 * by a fifth ("Slemmestad" ran over its tile's edge); one size for all tiles, so the grid
 * reads evenly. A longer word is condensed, up to a fifth, and cut with '…' beyond that
 * (nameLines). Names break after spaces, hyphens and slashes ("Vesterbro/", "Kongens Enghave").
 */
export function tileNameSize(names: readonly string[], tile: number): number {
  const preferred = Math.max(10, Math.min(15, Math.round(tile * 0.15)));
  const longest = Math.max(1, ...names.flatMap((name) => name.split(/(?<=[\s/-])/)).map((word) => word.trim().length));
  const fitting = Math.floor((tile - 2 * NAME_INSET) / (longest * NAME_CHAR_WIDTH * MOST_CONDENSED));
  return Math.max(9, Math.min(preferred, fitting));
}

/**
 * Draws the districts as labelled square tiles on a grid: the name at the top, the value
 * written large below (colour is never the only carrier), a hatch and ':' where hidden.
 */
export function renderTileMap(districts: readonly District[], options: TileMapOptions): TileMap {
  const { columns, rows } = gridSize(districts);
  const fit = (space: number, count: number) => (space - GAP * (count + 1)) / Math.max(1, count);
  const tile = Math.max(36, Math.floor(Math.min(fit(options.width, columns), fit(options.height, rows), MAX_TILE)));
  const width = Math.max(options.width, GAP + columns * (tile + GAP));
  const height = GAP + rows * (tile + GAP);
  const svg = element('svg', {
    class: 'slt-map-grid',
    width: String(width),
    height: String(height),
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'inherit',
  });
  svg.append(hatchDefs());
  const group = element('g', { class: 'slt-map-tiles' });
  const boxOf = (district: District) => ({ x: GAP + district.x * (tile + GAP), y: GAP + district.y * (tile + GAP), size: tile });
  const nameSize = tileNameSize(districts.map((district) => district.name), tile);
  const valueSize = Math.max(13, Math.min(22, Math.round(tile * 0.22)));
  const room = tile - 2 * NAME_INSET;
  const chars = Math.max(4, Math.floor(room / (nameSize * NAME_CHAR_WIDTH)));
  const most = Math.max(chars, Math.floor(room / (nameSize * NAME_CHAR_WIDTH * MOST_CONDENSED)));
  // A line up to a fifth too long for its tile at 9 px (a printed report's small tiles) is
  // condensed to fit rather than cut: "Spikkestad", not "Spikke…".
  const fitted = (line: string): Record<string, string> =>
    line.length * nameSize * NAME_CHAR_WIDTH > room ? { textLength: String(room), lengthAdjust: 'spacingAndGlyphs' } : {};
  for (const district of districts) {
    const box = boxOf(district);
    const look = lookOf(district, options);
    const missing = !district.hidden && district.value === null;
    const g = element('g', { class: TILE_CLASS, 'data-key': district.key, transform: `translate(${box.x},${box.y})` });
    const title = element('title', {});
    title.textContent = look.title;
    g.append(
      title,
      element('rect', {
        width: String(tile),
        height: String(tile),
        rx: '3',
        fill: look.fill,
        stroke: 'var(--_muted)',
        'stroke-width': '1',
        ...(missing ? { 'stroke-dasharray': '4 3' } : {}),
      }),
    );
    const halo = district.hidden;
    nameLines(district.name, chars, most, tile >= THREE_LINES ? 3 : 2).forEach((line, index) => {
      g.append(
        label(line, { class: 'name', x: String(NAME_INSET), y: String(6 + nameSize * (index + 1) * 1.1 - 2), fill: look.ink, 'font-size': String(nameSize), ...fitted(line) }, halo),
      );
    });
    g.append(
      label(
        look.label,
        {
          class: 'value',
          x: '6',
          y: String(tile - 8),
          fill: look.ink,
          'font-size': String(missing ? nameSize : valueSize),
          'font-weight': '650',
        },
        halo,
      ),
    );
    if (district.key === options.selected) {
      // The chosen district: an outline in the text colour, not a colour change alone.
      g.append(
        element('rect', {
          class: SELECTED_CLASS,
          x: '-2.5',
          y: '-2.5',
          width: String(tile + 5),
          height: String(tile + 5),
          rx: '5',
          fill: 'none',
          stroke: 'var(--_text)',
          'stroke-width': '3',
        }),
      );
    }
    group.append(g);
  }
  svg.append(group);
  return { svg, tile, boxOf };
}
