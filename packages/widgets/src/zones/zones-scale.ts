/** Round axis ticks from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, count: number): number[] {
  const top = Math.max(max, 1);
  const raw = top / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = Math.max(1, power * (error >= 7.5 ? 10 : error >= 3.5 ? 5 : error >= 1.5 ? 2 : 1));
  const ticks: number[] = [];
  for (let tick = 0; tick < top + step; tick += step) {
    ticks.push(tick);
    if (tick >= top) break;
  }
  return ticks;
}

/** Which of `n` category labels to write when each needs `need` px of `band` px: always the last. */
export function labelledIndices(n: number, band: number, need: number): Set<number> {
  const every = Math.max(1, Math.ceil(need / Math.max(band, 1)));
  const shown = new Set<number>();
  for (let index = n - 1; index >= 0; index -= every) shown.add(index);
  return shown;
}
