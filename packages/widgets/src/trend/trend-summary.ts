import { formatChange, formatDate, formatValue, formatYear, type Language, type Unit } from '@slt/engine';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { formatPeriod } from '../shared/period-text.ts';
import { partOfYear } from './time-period.ts';
import { groupBySeries, type TrendPoint } from './trend-data.ts';

export interface SummaryOptions {
  readonly unit: Unit;
  readonly language: Language;
  readonly decimals?: number | undefined;
}

/** A point's time for the reader: `2024`, `mars 2024`, `4. kvartal 2024`, `1. halvår 2024`, `5. mars 2024`, a window `2013–2015`. */
export function formatTime(point: Pick<TrendPoint, 'time' | 'grain' | 'window'>, language: Language): string {
  const { time, grain, window } = point;
  if (window !== undefined) return formatPeriod(window, language); // 2013–2015, as the key figures and the map write it
  if (!(time instanceof Date)) return formatYear(time);
  if (grain === 'quarter' || grain === 'half') {
    return fill(MESSAGES[language][grain], { part: String(partOfYear(time, grain)), year: String(time.getUTCFullYear()) });
  }
  return formatDate(time, language, grain === 'month' ? 'month-long' : 'long');
}

/**
 * The text alternative of a trend, one sentence per series, from the data:
 * "Asker: fra 11,4 % i 2015 til 11,0 % i 2024, en nedgang på 0,4 prosentpoeng."
 * Missing values are skipped; a series with no values is not described. Points that are
 * windows of years (`2013-2015`) get a last sentence on where they stand on the time axis.
 */
export function summariseTrend(points: readonly TrendPoint[], options: SummaryOptions): string[] {
  const { unit, language, decimals } = options;
  const messages = MESSAGES[language];
  const value = (number: number) => formatValue(number, unit, language, decimals);
  const sentences: string[] = [];
  for (const [series, group] of groupBySeries(points)) {
    const known = group.filter((point): point is TrendPoint & { value: number } => point.value !== null);
    const first = known[0];
    const last = known.at(-1);
    if (!first || !last) continue;
    const body =
      first === last
        ? fill(messages.single, { value: value(first.value), time: formatTime(first, language) })
        : fill(messages.fromTo, {
            first: value(first.value),
            firstTime: formatTime(first, language),
            last: value(last.value),
            lastTime: formatTime(last, language),
            change: describeChange(last.value - first.value, options),
          });
    const hidden = group.filter((point) => point.hidden).length;
    const note = hidden > 0 ? ` ${fill(messages.hiddenCount, { count: String(hidden) })}` : '';
    sentences.push(series ? `${series}: ${body}.${note}` : `${capitalise(body)}.${note}`);
  }
  // The axis labels years; a reader of "2025" under a three-year figure must learn it is 2023–2025.
  const window = points.findLast((point) => point.window !== undefined);
  if (window && sentences.length > 0) {
    sentences.push(fill(messages.windowAxis, { window: formatTime(window, language), year: formatTime({ time: window.time }, language) }));
  }
  return sentences;
}

function describeChange(delta: number, { unit, language, decimals }: SummaryOptions): string {
  const messages = MESSAGES[language];
  const size = formatChange(Math.abs(delta), unit, language, { decimals, signed: false });
  // "No change" is what the reader would see: a delta that rounds to zero.
  if (formatChange(0, unit, language, { decimals, signed: false }) === size) return messages.unchanged;
  return fill(delta > 0 ? messages.increase : messages.decrease, { delta: size });
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
