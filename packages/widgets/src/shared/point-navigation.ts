/** Where keyboard focus is among a chart's points: series number and point number. */
export interface PointPosition {
  readonly series: number;
  readonly point: number;
}

/**
 * The keyboard model shared by the charts: Left/Right step through time within a series,
 * Up/Down move to the neighbouring series at the nearest time, Home/End jump to the
 * first/last point. Returns null for keys the chart does not handle.
 * `times[s][p]` is the time of point p of series s, ascending within each series.
 */
export function movePoint(times: readonly (readonly number[])[], from: PointPosition, key: string): PointPosition | null {
  const last = (series: number) => (times[series]?.length ?? 1) - 1;
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  switch (key) {
    case 'ArrowRight':
      return { series: from.series, point: clamp(from.point + 1, last(from.series)) };
    case 'ArrowLeft':
      return { series: from.series, point: clamp(from.point - 1, last(from.series)) };
    case 'Home':
      return { series: from.series, point: 0 };
    case 'End':
      return { series: from.series, point: last(from.series) };
    case 'ArrowUp':
    case 'ArrowDown': {
      const series = clamp(from.series + (key === 'ArrowDown' ? 1 : -1), times.length - 1);
      const time = times[from.series]?.[from.point] ?? 0;
      return { series, point: nearest(times[series] ?? [], time) };
    }
    default:
      return null;
  }
}

function nearest(times: readonly number[], time: number): number {
  let best = 0;
  times.forEach((candidate, index) => {
    if (Math.abs(candidate - time) < Math.abs((times[best] ?? Infinity) - time)) best = index;
  });
  return best;
}
