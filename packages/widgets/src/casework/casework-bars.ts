/**
 * The geometry of the coordinator's small charts (measures in use, concerns by type,
 * movements per month): plain numbers, no DOM, so it is tested in Node and the element only
 * turns it into SVG. Each chart keeps its table beside it (in a <details>) and a sentence.
 */

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The bar's length in px (0 for 0, at least 2 px for any count above 0 so it is seen). */
  readonly length: number;
  /** The bar's top edge. */
  readonly y: number;
}

export interface BarsLayout {
  readonly width: number;
  readonly height: number;
  /** Where the bars start: the labels sit left of it. */
  readonly left: number;
  readonly bars: readonly Bar[];
  readonly rowHeight: number;
}

/** Horizontal bars, one per row, longest first as given; lengths to the largest value. */
export function barsLayout(rows: ReadonlyArray<{ label: string; value: number }>, options: { width: number; left: number; rowHeight?: number }): BarsLayout {
  const rowHeight = options.rowHeight ?? 22;
  // Room on the right for the value written after the bar.
  const span = Math.max(0, options.width - options.left - 40);
  const max = Math.max(0, ...rows.map((row) => row.value));
  const bars = rows.map((row, i) => ({
    label: row.label,
    value: row.value,
    length: max === 0 || row.value <= 0 ? 0 : Math.max(2, (row.value / max) * span),
    y: 4 + i * rowHeight,
  }));
  return { width: options.width, height: 8 + rows.length * rowHeight, left: options.left, bars, rowHeight };
}

export interface MovePair {
  readonly label: string;
  readonly up: number;
  readonly down: number;
  /** Column centre. */
  readonly x: number;
  /** Heights above and below the middle line. */
  readonly upHeight: number;
  readonly downHeight: number;
}

export interface MovesLayout {
  readonly width: number;
  readonly height: number;
  /** The middle line: escalations rise above it, de-escalations hang below. */
  readonly middle: number;
  readonly columnWidth: number;
  readonly pairs: readonly MovePair[];
}

/** Months as columns: escalations up from a middle line, de-escalations down, to one scale. */
export function movesLayout(rows: ReadonlyArray<{ label: string; up: number; down: number }>, options: { width: number; half?: number }): MovesLayout {
  const half = options.half ?? 60;
  const top = 18; // room for the value over the tallest bar
  const max = Math.max(0, ...rows.flatMap((row) => [row.up, row.down]));
  const step = rows.length === 0 ? 0 : options.width / rows.length;
  const height = (value: number) => (max === 0 || value <= 0 ? 0 : Math.max(2, (value / max) * half));
  return {
    width: options.width,
    height: top + 2 * half + top + 16,
    middle: top + half,
    columnWidth: Math.max(4, step * 0.6),
    pairs: rows.map((row, i) => ({ label: row.label, up: row.up, down: row.down, x: step * (i + 0.5), upHeight: height(row.up), downHeight: height(row.down) })),
  };
}
