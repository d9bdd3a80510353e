import type { Row } from '@slt/engine';
import { countOf, type Count } from '../zones/zones-data.ts';
import { ZONES, type Zone } from '../zones/zone-style.ts';

/** Rows of the matrix: where people were at the end of the quarter before (or new). */
export const FROM = ['new', ...ZONES, 'all'] as const;
/** Columns: where they are at the end of the quarter (or closed). */
export const TO = [...ZONES, 'closed', 'all'] as const;
export type From = (typeof FROM)[number];
export type To = (typeof TO)[number];

export interface FlowCell {
  readonly from: From;
  readonly to: To;
  readonly count: Count;
}

export interface FlowMatrix {
  readonly period: string;
  readonly year: number;
  readonly quarter: number;
  /** Row by row, in FROM x TO order; a cell missing from the data counts as hidden. */
  readonly cells: readonly FlowCell[];
}

const HIDDEN: Count = { hidden: true, value: null };

/**
 * Picks one quarter's matrix from the rows: `period` if given, else the latest.
 * Undefined when there are no rows (the empty state).
 */
export function toFlowMatrix(
  rows: readonly Row[],
  hidden: (index: number) => boolean = () => false,
  period?: string,
): FlowMatrix | undefined {
  const periods = [...new Map(rows.map((row) => [String(row['period']), row])).values()].sort(
    (a, b) => Number(a['year']) - Number(b['year']) || Number(a['quarter']) - Number(b['quarter']),
  );
  const chosen = period ? periods.find((row) => row['period'] === period) : periods.at(-1);
  if (!chosen) return undefined;
  const counts = new Map<string, Count>();
  rows.forEach((row, index) => {
    if (row['period'] !== chosen['period']) return;
    counts.set(`${String(row['from_zone'])}|${String(row['to_zone'])}`, countOf(row, hidden(index)));
  });
  const cells = FROM.flatMap((from) => TO.map((to) => ({ from, to, count: counts.get(`${from}|${to}`) ?? HIDDEN })));
  return { period: String(chosen['period']), year: Number(chosen['year']), quarter: Number(chosen['quarter']), cells };
}

export const cellAt = (matrix: FlowMatrix, from: From, to: To): FlowCell =>
  matrix.cells.find((cell) => cell.from === from && cell.to === to) ?? { from, to, count: HIDDEN };

export const isZoneKey = (key: From | To): key is Zone => (ZONES as readonly string[]).includes(key);

/** The largest shown flow between zones (margins left out), for the heat shading. */
export function innerMax(matrix: FlowMatrix): number {
  return Math.max(0, ...matrix.cells.filter((cell) => cell.from !== 'all' && cell.to !== 'all').map((cell) => cell.count.value ?? 0));
}

/** Shade 0 (zero: no fill) to 4 (the largest flows). */
export function heatBin(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(4, 1 + Math.floor((3.999 * value) / max));
}
