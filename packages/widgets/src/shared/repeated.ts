/**
 * The first item whose key an earlier item has too, if any. A chart's rows must give each of
 * its points one figure: a second row for a point means the element's filter leaves a column
 * open (a district chart without `sex=all` gets every district three times), and drawing it
 * anyway would put two figures in one place. The element refuses such data with
 * `WidgetError('repeated-point')`, naming the point.
 */
export function firstRepeated<T>(items: readonly T[], keyOf: (item: T) => string): T | undefined {
  const seen = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) return item;
    seen.add(key);
  }
  return undefined;
}
