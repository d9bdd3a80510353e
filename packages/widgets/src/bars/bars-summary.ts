import { formatValue, type Language, type Unit } from '@slt/engine';
import { fill } from '../i18n/messages.ts';
import type { Bar, Reference } from './bars-data.ts';
import { seriesOf } from './bars-data.ts';
import type { Layout } from './bars-options.ts';
import { BARS_MESSAGES } from './slt-bars.messages.ts';
import { seriesLabel } from '../shared/series-labels.ts';

export interface BarsSummaryOptions {
  readonly unit: Unit;
  readonly language: Language;
  readonly decimals?: number | undefined;
  readonly seriesColumn?: string | undefined;
  readonly layout?: Layout;
  readonly reference?: Reference | undefined;
  readonly referenceName?: string;
  /** A category's display name (its code when it has no label). */
  readonly labelOf?: (category: string) => string;
}

/**
 * The text alternative of a bar chart, from the data: the highest and lowest bar of each
 * series, the reference line and how many bars lie above it, and which figures are hidden.
 * "Høyest er Borgen med 15,5 %, lavest er Vollen med 6,6 %."
 */
export function summariseBars(bars: readonly Bar[], options: BarsSummaryOptions): string[] {
  const { unit, language, decimals, seriesColumn } = options;
  const messages = BARS_MESSAGES[language];
  const value = (number: number) => formatValue(number, unit, language, decimals);
  const label = (series: string) => seriesLabel(series, seriesColumn, language);
  const display = options.labelOf ?? ((category: string) => category);
  const sentences: string[] = [];

  const missing = missingBySeries(bars);
  for (const series of seriesOf(bars)) {
    const known = bars.filter((bar): bar is Bar & { value: number } => bar.series === series && bar.value !== null);
    if (known.length === 0) continue;
    const high = known.reduce((best, bar) => (bar.value > best.value ? bar : best));
    const low = known.reduce((best, bar) => (bar.value < best.value ? bar : best));
    const body =
      known.length === 1
        ? fill(messages.onlyOne, { category: display(high.category), value: value(high.value) })
        : fill(messages.highestLowest, { high: display(high.category), highValue: value(high.value), low: display(low.category), lowValue: value(low.value) });
    const gaps = missing.get(series);
    // Beside the series' own figures, where a reader of the grouped bars sees its gaps.
    const withGaps = gaps ? `${body}; ${fill(messages.missingPart, { names: gaps.map(display).join(', ') })}` : body;
    sentences.push(series ? `${label(series)}: ${withGaps}.` : `${capitalise(withGaps)}.`);
  }

  const reference = referenceSentence(bars, options);
  if (reference) sentences.push(reference);

  const hidden = bars.filter((bar) => bar.hidden);
  if (hidden.length > 0) {
    const names = hidden.map((bar) => (bar.series ? `${display(bar.category)} (${label(bar.series)})` : display(bar.category)));
    sentences.push(fill(messages.hiddenSentence, { names: names.join(', ') }));
  }
  return sentences;
}

/**
 * In bars of several series, the categories each series has no figure for: no row, or a
 * missing one (not a hidden one, which is ':'), in the order of the categories. A reader of
 * the grouped bars sees a gap; this says it is not a 0.
 */
export function missingBySeries(bars: readonly Bar[]): Map<string, string[]> {
  const series = seriesOf(bars);
  const missing = new Map<string, string[]>();
  if (series.length < 2) return missing;
  const categories = [...new Set(bars.map((bar) => bar.category))];
  for (const name of series) {
    const gaps = categories.filter((category) => {
      const bar = bars.find((candidate) => candidate.series === name && candidate.category === category);
      return bar === undefined || (bar.value === null && !bar.hidden);
    });
    if (gaps.length > 0) missing.set(name, gaps);
  }
  return missing;
}

function referenceSentence(bars: readonly Bar[], options: BarsSummaryOptions): string | undefined {
  const { unit, language, decimals, seriesColumn, reference, referenceName = '' } = options;
  if (!reference) return undefined;
  const messages = BARS_MESSAGES[language];
  const value = (number: number) => formatValue(number, unit, language, decimals);
  const line = referenceLine(bars, reference, options.layout ?? 'grouped');
  if (line !== undefined) {
    const lengths = categoryLengths(bars);
    const above = lengths.filter((length) => length > line).length;
    return fill(messages.referenceSentence, {
      reference: referenceName,
      value: value(line),
      above: String(above),
      count: String(lengths.length),
    });
  }
  const values = [...reference]
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .map(([series, number]) => `${seriesLabel(series, seriesColumn, language)} ${value(number)}`);
  return values.length > 0 ? fill(messages.referenceSeries, { reference: referenceName, values: values.join(', ') }) : undefined;
}

/**
 * The one value a reference line is drawn at: the reference itself for one series, the
 * sum of its series for stacked bars (they compare totals); undefined when grouped bars
 * get a tick per series instead, or when the value is hidden.
 */
export function referenceLine(bars: readonly Bar[], reference: Reference, layout: Layout): number | undefined {
  const series = seriesOf(bars);
  if (series.length <= 1) return reference.get(series[0] ?? '') ?? undefined;
  if (layout !== 'stacked') return undefined;
  const values = series.map((name) => reference.get(name) ?? null);
  return values.every((number) => number !== null) ? values.reduce<number>((sum, number) => sum + number!, 0) : undefined;
}

/** Each category's bar length (stacked total), for categories with a known value. */
function categoryLengths(bars: readonly Bar[]): number[] {
  const totals = new Map<string, number>();
  for (const bar of bars) if (bar.value !== null) totals.set(bar.category, (totals.get(bar.category) ?? 0) + bar.value);
  return [...totals.values()];
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
