/**
 * Names at the ends of a trend's lines ("direct labels"): with three or six lines crossing, a
 * reader follows a line to its end and reads its name there instead of matching colours and
 * symbols against the legend, which a grey print of the dashboard loses anyway. Pure layout:
 * which lines get a name, how wide the names' column is, and where each name sits so that
 * none overlaps another (moved apart as little as may be, each tied to its line by a short
 * leader when moved).
 */

/** A line's end: its name and where its last point is drawn. */
export interface LineEnd {
  readonly name: string;
  readonly y: number;
}

/** A name as placed: at `labelY`, its line's end at `y`. */
export interface PlacedEndLabel extends LineEnd {
  readonly labelY: number;
}

/** About the width of a character of a 12 px label, as the other charts estimate it. */
const CHAR_WIDTH = 6.8;
/** The symbol (or the reference's dashes) before a name, and the gaps around it. */
const KEY_WIDTH = 30;
/** Names are one line of 12 px text: this far apart at least. */
export const END_LABEL_GAP = 15;
/** Below this width a chart keeps its plot and its legend, and draws no names at its right. */
const MIN_CHART_WIDTH = 480;
/** The names may take this share of the chart's width at most. */
const MAX_SHARE = 0.3;

/**
 * The width of the names' column at the right of the plot, or 0 for none: names are drawn
 * for two lines or more, every one of which has a figure at the last time (a line that ends
 * earlier would be named in the middle of the plot), when the chart is wide enough for the
 * longest name and the plot (`plotHeight` px high) has a line of text for each.
 */
export function endLabelWidth(names: readonly string[], width: number, plotHeight: number, everyLineReachesTheEnd: boolean): number {
  if (names.length < 2 || !everyLineReachesTheEnd || width < MIN_CHART_WIDTH) return 0;
  if ((names.length - 1) * END_LABEL_GAP > plotHeight) return 0;
  const needed = Math.ceil(KEY_WIDTH + CHAR_WIDTH * Math.max(...names.map((name) => [...name].length)));
  return needed <= width * MAX_SHARE ? needed : 0;
}

/**
 * Places the names beside their lines' ends, in the order of the ends from top to bottom,
 * at least `gap` apart and between `top` and `bottom`: names that would overlap are pushed
 * apart around where their ends are.
 */
export function placeEndLabels(ends: readonly LineEnd[], top: number, bottom: number, gap = END_LABEL_GAP): PlacedEndLabel[] {
  const sorted = [...ends].sort((a, b) => a.y - b.y || a.name.localeCompare(b.name));
  const positions = sorted.map((end) => Math.min(Math.max(end.y, top), bottom));
  // Down from the top: each name at least a gap below the one above it ...
  for (let index = 1; index < positions.length; index++) positions[index] = Math.max(positions[index]!, positions[index - 1]! + gap);
  // ... then up from the bottom, for those pushed past it ...
  const last = positions.length - 1;
  if (last >= 0) positions[last] = Math.min(positions[last]!, bottom);
  for (let index = last - 1; index >= 0; index--) positions[index] = Math.min(positions[index]!, positions[index + 1]! - gap);
  // ... and, where there was not room for all, the top one back at the top, the rest below it.
  if (positions.length > 0 && positions[0]! < top) {
    positions[0] = top;
    for (let index = 1; index < positions.length; index++) positions[index] = Math.max(positions[index]!, positions[index - 1]! + gap);
  }
  return sorted.map((end, index) => ({ ...end, labelY: positions[index]! }));
}
