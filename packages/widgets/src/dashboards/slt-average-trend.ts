import { formatValue, intlLocales, type Language, type ParquetInfo, type Row } from '@slt/engine';
import { property } from 'lit/decorators.js';
import { languageOf } from '../i18n/language.ts';
import { MESSAGES } from '../i18n/messages.ts';
import type { SeriesStyles } from '../shared/area-styles.ts';
import { checkSeriesStyles } from '../shared/attribute-rules.ts';
import { cell, type DataTable } from '../shared/data-table.ts';
import { customElement } from '../shared/define-element.ts';
import { WidgetError } from '../shared/widget-error.ts';
import { SltTrend } from '../trend/slt-trend.ts';
import type { TrendOptions } from '../trend/trend-options.ts';
import { summariseTrend } from '../trend/trend-summary.ts';
import { seriesFirst } from '../trend/trend-data.ts';
import { averagedPoints, labelledStyles, missingWindows, type AveragedPoint, type PooledFigure, type YearlyFigure } from './average-trend-data.ts';
import { AVERAGE_WINDOW, isWindowPeriod, windowLabel } from './average-view.ts';
import { DASHBOARD_MESSAGES, fillIn } from './dashboard.messages.ts';

interface AverageTrendData {
  readonly options: TrendOptions;
  readonly points: AveragedPoint[];
  readonly reference: undefined;
  readonly info: ParquetInfo;
  readonly suppressedBelow: number | undefined;
  readonly styles: SeriesStyles;
}

const SCALES: Readonly<Record<string, number>> = { percent: 100, per_1000: 1000 };

const number = (cell: Row[string] | undefined): number | null =>
  typeof cell === 'number' && Number.isFinite(cell) ? cell : typeof cell === 'bigint' ? Number(cell) : null;

/**
 * A trend of 3-year moving averages: each point is the rate over the three years up to and
 * including its year, from the summed numerators and denominators (the engine's
 * `movingAverage` with `pooled: true`), never the mean of three rates. Years without three
 * full years behind them are not drawn; a window with a hidden year is hidden. Series with
 * no counts in the file (a country's modelled series) keep their yearly values and say so.
 * Every series, the table's periods (`2022–2024`), the CSV and the text alternative are
 * labelled as averages. Periods that are already windows are refused: never averaged twice.
 *
 * It takes `<slt-trend>`'s attributes (the value column is the yearly rate the file
 * publishes, shown in the yearly figures of series without counts) and adds the counts.
 *
 * @summary 3-year moving average of a rate over time, for small areas.
 *
 * @example
 * <slt-average-trend src="data/indicators.parquet" filter="indicator=neet&age_group=16-25&sex=all&area=Tofte&area=Asker"
 *   series-column="area" unit="percent" heading="Unge 16–25 år utenfor arbeid og utdanning (3-års glidende gjennomsnitt)"></slt-average-trend>
 */
@customElement('slt-average-trend')
export class SltAverageTrend extends SltTrend {
  /** The column with the count behind each rate. */
  @property({ attribute: 'numerator-column' }) numeratorColumn = 'numerator';

  /** The column with the population behind each rate. */
  @property({ attribute: 'denominator-column' }) denominatorColumn = 'denominator';

  /** The column that says what period a row covers (`2024`, or a window `2022-2024`). */
  @property({ attribute: 'period-column' }) periodColumn = 'period';

  /** Years in a window (2 to 10). */
  @property({ type: Number }) window = AVERAGE_WINDOW;

  protected override dataArgs() {
    // The language too: the series are named in it ("Tofte (3-års gjennomsnitt)").
    return [...super.dataArgs(), this.numeratorColumn, this.denominatorColumn, this.periodColumn, this.window, languageOf(this)];
  }

  protected override async loadData(): Promise<AverageTrendData> {
    const styles = checkSeriesStyles(this.seriesStyles);
    const options = this.trendOptionsOf();
    const scale = SCALES[options.unit];
    if (scale === undefined) {
      throw new WidgetError('invalid-attribute', `A 3-year average needs a rate: unit must be percent or per_1000, got "${options.unit}"`, { attribute: 'unit', valid: 'percent, per_1000' });
    }
    if (!Number.isInteger(this.window) || this.window < 2 || this.window > 10) {
      throw new WidgetError('invalid-attribute', `window must be a whole number of years from 2 to 10, got ${this.window}`, { attribute: 'window', valid: '2–10' });
    }
    if (options.reference.length > 0) {
      throw new WidgetError('invalid-attribute', 'slt-average-trend draws no reference series: leave reference empty', { attribute: 'reference', valid: DASHBOARD_MESSAGES[languageOf(this)].average.noReference });
    }
    const { timeColumn: time, valueColumn: value, seriesColumn } = options;
    const series = seriesColumn ? [seriesColumn] : [];
    const { options: own, linked } = await this.withLinked(options);
    const filters = [...own.filters, ...linked];
    const [yearly, pooled] = await Promise.all([
      this.select(options.src, { columns: [time, value, ...series, this.periodColumn, this.numeratorColumn], filters, orderBy: [...series, time] }),
      this.select(options.src, {
        groupBy: [...series, time],
        filters,
        measures: [
          { kind: 'rate', as: 'rate', numerator: this.numeratorColumn, denominator: this.denominatorColumn, scale, interval: false },
          { kind: 'movingAverage', as: 'average', of: 'rate', time, window: this.window, pooled: true, partitionBy: series },
        ],
        orderBy: [...series, time],
      }),
    ]);
    const windowed = yearly.rows.find((row) => isWindowPeriod(String(row[this.periodColumn] ?? '')));
    if (windowed) {
      throw new WidgetError('invalid-attribute', `The figures are already windows (${String(windowed[this.periodColumn])}): a moving average would count years twice`, {
        attribute: 'filter',
        valid: DASHBOARD_MESSAGES[languageOf(this)].average.yearlyOnly,
      });
    }
    const seriesOf = (row: Row) => (seriesColumn ? String(row[seriesColumn] ?? '') : '');
    const yearlyFigures: YearlyFigure[] = yearly.rows.map((row, index) => {
      const hidden = yearly.suppressed[index]?.has(value) ?? false;
      return { time: Number(row[time]), series: seriesOf(row), value: hidden ? null : number(row[value]), numerator: hidden ? null : number(row[this.numeratorColumn]), hidden };
    });
    const pooledFigures: PooledFigure[] = pooled.rows.map((row, index) => {
      const hidden = pooled.suppressed[index]?.has('average') ?? false;
      return { time: Number(row[time]), series: seriesOf(row), value: hidden ? null : number(row.average), hidden };
    });
    const language = languageOf(this);
    const words = DASHBOARD_MESSAGES[language].average;
    const points = averagedPoints(yearlyFigures, pooledFigures, {
      average: (name) => fillIn(words.series, { series: name }).trim(),
      yearly: (name) => fillIn(words.seriesYearly, { series: name }).trim(),
    }, this.window);
    const anyHidden = points.some((point) => point.hidden);
    const k = pooled.k ?? yearly.k;
    return { options, points, reference: undefined, info: yearly.info, suppressedBelow: anyHidden ? (k ?? undefined) : undefined, styles: labelledStyles(styles, points) };
  }

  protected override describe(given: AverageTrendData, language: Language): string[] {
    const data = this.namedFor(given, language);
    const { unit, decimals } = data.options;
    const last = Math.max(...data.points.filter((point) => point.kind === 'average').map((point) => point.time));
    const intro = fillIn(DASHBOARD_MESSAGES[language].average.describe, { window: windowLabel(Number.isFinite(last) ? last : new Date().getFullYear(), this.window) });
    // The highlighted area's average told first, with no place among the lines: averages and
    // the yearly figures beside them are not one ranking.
    return [intro, ...summariseTrend(seriesFirst(data.points, this.highlighted(data, language)), { unit, language, decimals }), ...this.#missingSentences(data, language)];
  }

  /** Why a line breaks: the windows a series has no figure for (a year without its counts). */
  #missingSentences(data: AverageTrendData, language: Language): string[] {
    const words = DASHBOARD_MESSAGES[language].average;
    const label = (time: number) => windowLabel(time, this.window);
    const list = new Intl.ListFormat(intlLocales(language), { type: 'conjunction' });
    return [...missingWindows(data.points)].map(([series, runs]) => {
      const windows = runs.map(([from, to]) => (from === to ? label(from) : fillIn(words.windowRange, { from: label(from), to: label(to) })));
      return fillIn(words.missing, { series, windows: list.format(windows) });
    });
  }

  /** `highlight` names an area (`Asker`): its 3-year average is the series drawn emphasised, its yearly figures beside the others. */
  protected override highlighted(named: AverageTrendData, language: Language): string | undefined {
    const wanted = this.highlight.trim();
    return named.points.find((point) => point.kind === 'average' && point.area === wanted)?.series ?? super.highlighted(named, language);
  }

  protected override tableOf(given: AverageTrendData, language: Language): DataTable {
    const data = this.namedFor(given, language);
    const messages = MESSAGES[language];
    const { unit, decimals, seriesColumn } = data.options;
    return {
      columns: [
        { label: DASHBOARD_MESSAGES[language].average.period },
        ...(seriesColumn ? [{ label: messages.columnSeries }] : []),
        { label: messages.columnValue, numeric: true },
      ],
      rows: data.points.map((point) => {
        const period = point.kind === 'average' ? windowLabel(point.time, this.window) : String(point.time);
        return [
          cell(period),
          ...(seriesColumn ? [cell(point.series)] : []),
          point.hidden
            ? { text: ':', raw: null, suppressed: true }
            : point.value === null
              ? cell(messages.valueMissing, null)
              : cell(formatValue(point.value, unit, language, decimals), point.value),
        ];
      }),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'slt-average-trend': SltAverageTrend;
  }
}
