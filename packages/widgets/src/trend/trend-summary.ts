import { formatChange, formatDate, formatValue, formatYear, type Language, type Unit } from '@slt/engine';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { formatPeriod } from '../shared/period-text.ts';
import { partOfYear } from './time-period.ts';
import { groupBySeries, seriesFirst, type TrendPoint } from './trend-data.ts';
import { TREND_MESSAGES } from './trend.messages.ts';

export interface SummaryOptions {
  readonly unit: Unit;
  readonly language: Language;
  readonly decimals?: number | undefined;
  /** A series drawn emphasised (`highlight`): told first, with where it stands among the lines at the last time. */
  readonly highlight?: string | undefined;
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

/** A reference series (`reference="area=Asker"`): its name and points, drawn dashed. */
export interface TrendReference {
  readonly name: string;
  readonly points: readonly TrendPoint[];
}

/**
 * The text alternative of a trend, one sentence per series, from the data:
 * "Asker: fra 11,4 % i 2015 til 11,0 % i 2024, en nedgang på 0,4 prosentpoeng."
 * Missing values are skipped; a series with no values is not described. A reference series
 * comes first, named as the dashed line, with how many series lay above it at its last time.
 * Points that are windows of years (`2013-2015`) get a last sentence on where they stand on
 * the time axis.
 */
export function summariseTrend(points: readonly TrendPoint[], options: SummaryOptions, reference?: TrendReference): string[] {
  const { language } = options;
  // The reference first: how the series stand against it is what the chart is for.
  const sentences = reference ? referenceSentences(points, reference, options) : [];
  for (const [series, group] of groupBySeries(seriesFirst(points, options.highlight))) {
    const sentence = seriesSentence(group, options);
    if (sentence) sentences.push(series ? `${series}: ${sentence}` : capitalise(sentence));
    const rank = series !== '' && series === options.highlight ? rankSentence(points, series, options) : undefined;
    if (rank) sentences.push(rank);
  }
  // The axis labels years; a reader of "2025" under a three-year figure must learn it is 2023–2025.
  const window = [...points, ...(reference?.points ?? [])].findLast((point) => point.window !== undefined);
  if (window && sentences.length > 0) {
    sentences.push(fill(MESSAGES[language].windowAxis, { window: formatTime(window, language), year: formatTime({ time: window.time }, language) }));
  }
  return sentences;
}

/** One series' development, with its hidden figures counted; undefined for a series with no values. */
function seriesSentence(group: readonly TrendPoint[], options: SummaryOptions): string | undefined {
  const { unit, language, decimals } = options;
  const messages = MESSAGES[language];
  const value = (number: number) => formatValue(number, unit, language, decimals);
  const known = group.filter((point): point is TrendPoint & { value: number } => point.value !== null);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return undefined;
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
  return `${body}.${hidden > 0 ? ` ${fill(messages.hiddenCount, { count: String(hidden) })}` : ''}`;
}

/**
 * The reference's own sentence, then the series above it at the last time it has a figure:
 * "I 2024 lå 4 av 10 over Asker (10,3 %): Borgen, Tofte, Slemmestad og Asker sentrum."
 * A series counts as above only where the figures as shown differ (10,3 % is not above 10,3 %).
 */
function referenceSentences(points: readonly TrendPoint[], reference: TrendReference, options: SummaryOptions): string[] {
  const { unit, language, decimals } = options;
  const messages = TREND_MESSAGES[language];
  const shown = (number: number) => formatValue(number, unit, language, decimals);
  const inTime = [...reference.points].sort((a, b) => Number(a.time) - Number(b.time));
  const own = seriesSentence(inTime, options);
  if (!own) return [];
  const sentences = [`${fill(messages.referenceNamed, { reference: reference.name })}: ${own}`];
  // A sentence means the reference has a figure: its last one.
  const last = inTime.findLast((point) => point.value !== null)!;
  const at = points.filter((point): point is TrendPoint & { value: number } => point.value !== null && Number(point.time) === Number(last.time));
  if (at.length === 0) return sentences;
  const level = last.value!;
  const above = at.filter((point) => point.value > level && shown(point.value) !== shown(level)).sort((a, b) => b.value - a.value);
  const values = { time: formatTime(last, language), count: String(at.length), reference: reference.name, value: shown(level) };
  sentences.push(
    above.length === 0
      ? fill(messages.noneAboveReference, values)
      : fill(messages.aboveReference, { ...values, above: String(above.length), names: namesList(above.map((point) => point.series), language) }),
  );
  return sentences;
}

/**
 * Where a series stands among the lines at the last time, when four or more have a figure
 * then (with three, the chart shows it at a glance) and it is one of them:
 * "I 2024 var Asker nummer 2 av 6, regnet fra det høyeste tallet."
 * Compared as the figures are shown: lines whose figures read the same share its place and are
 * named ("…, likt med Oslo").
 */
function rankSentence(points: readonly TrendPoint[], series: string, options: SummaryOptions): string | undefined {
  const { unit, language, decimals } = options;
  const messages = TREND_MESSAGES[language];
  const shown = (number: number) => formatValue(number, unit, language, decimals);
  const lastTime = Math.max(...points.map((point) => Number(point.time)));
  const at = points.filter((point): point is TrendPoint & { value: number } => point.value !== null && Number(point.time) === lastTime);
  const own = at.find((point) => point.series === series);
  if (!own || at.length < 4) return undefined;
  const others = at.filter((point) => point !== own);
  const higher = others.filter((point) => point.value > own.value && shown(point.value) !== shown(own.value)).length;
  const tied = others.filter((point) => shown(point.value) === shown(own.value)).map((point) => point.series);
  const rank = higher + 1;
  const values = {
    time: formatTime(own, language),
    series,
    count: String(at.length),
    rank: String(rank),
    tie: tied.length > 0 ? fill(messages.tie, { names: namesList(tied, language) }) : '',
  };
  if (rank === 1) return fill(messages.rankHighest, values);
  return fill(rank + tied.length === at.length ? messages.rankLowest : messages.rankNumber, values);
}

/** `Borgen, Tofte og Vollen`. */
function namesList(names: readonly string[], language: Language): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${TREND_MESSAGES[language].and} ${names.at(-1)!}`;
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
