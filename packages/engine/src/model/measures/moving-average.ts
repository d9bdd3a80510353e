import type { MovingAverageMeasure, RateMeasure } from '../query.ts';
import { partitionClause, requireKey, requireName, requireNumericOutput, resolvePartition, type MeasureDefinition } from './definition.ts';
import { rateInputs } from './rate.ts';

/**
 * The mean over the last `window` periods, as FHI shows small areas (3-year averages).
 * The window is by value of the time column (RANGE), so a missing year is not silently
 * replaced by an older one; and the mean is null unless every period of the window has a
 * value, rather than the mean of fewer years under the same label.
 *
 * `pooled: true` over a `rate` measure gives the rate of the window's summed counts,
 * sum(numerator) / sum(denominator): the share of all the people in the three years, which
 * is what a 3-year figure means. The mean of three rates weighs a small year like a big one.
 */
export const movingAverage: MeasureDefinition<MovingAverageMeasure> = {
  validate(measure, context) {
    const as = requireName(measure.as, 'movingAverage', context);
    const of = requireNumericOutput(measure.of, 'Measure movingAverage "of"', context);
    const time = requireKey(measure.time, 'Measure movingAverage "time"', context);
    if (context.types.get(time) !== 'integer') {
      context.check.fail(`Measure movingAverage: "time" must be a whole-number column such as year; "${time}" is ${context.types.get(time)}`);
    }
    if (!Number.isInteger(measure.window) || measure.window < 2 || measure.window > 100) {
      context.check.fail(`Measure movingAverage: "window" must be a whole number of periods from 2 to 100, got ${JSON.stringify(measure.window)}`);
    }
    if (measure.pooled !== undefined && typeof measure.pooled !== 'boolean') context.check.fail('Measure movingAverage: "pooled" must be true or false');
    if (measure.pooled && !pooledRate(measure.of, context.before)) {
      const rates = context.before.filter((m): m is RateMeasure => m.kind === 'rate').map((m) => m.as);
      context.check.fail(
        `Measure movingAverage: with "pooled", "of" must be a rate measure given before it (its counts are summed over the window). Valid: ${rates.join(', ') || '(none)'}`,
        rates,
      );
    }
    const partitionBy = resolvePartition(measure.partitionBy, [time, of], 'movingAverage', context);
    const valid: MovingAverageMeasure = { kind: 'movingAverage', as, of, time, window: measure.window, partitionBy };
    if (!measure.pooled) return valid;
    const pooled: PooledMovingAverage = { ...valid, pooled: true, scale: pooledRate(of, context.before)!.scale ?? 100 };
    return pooled;
  },
  outputs: (measure) => [measure.as],
  partition: (measure) => measure.partitionBy ?? [],
  sql(measure, context) {
    // window is a validated whole number: a frame bound, not a value from a reader.
    const over = `OVER (${partitionClause(measure.partitionBy ?? [], context)}ORDER BY ${context.q(measure.time)} RANGE BETWEEN ${measure.window - 1} PRECEDING AND CURRENT ROW)`;
    const of = context.q(measure.of);
    const flag = context.flagOf(measure.of);
    const hidden = flag === null ? null : `bool_or(${flag}) ${over}`;
    if (measure.pooled) {
      // The rate's summed numerator and denominator (helper columns of the base query),
      // summed again over the window; null unless every period has both.
      const inputs = rateInputs({ as: measure.of } as RateMeasure);
      const [n, d] = [context.q(inputs.numerator), context.q(inputs.denominator)];
      const scale = (measure as PooledMovingAverage).scale;
      const complete = `count(${n}) ${over} = ${measure.window} AND count(${d}) ${over} = ${measure.window} AND sum(${d}) ${over} > 0`;
      return {
        columns: [[`CASE WHEN ${complete} THEN ${context.bind(scale)} * sum(${n}) ${over} / sum(${d}) ${over} END`, measure.as]],
        hidden,
      };
    }
    return {
      columns: [[`CASE WHEN count(${of}) ${over} = ${measure.window} THEN avg(${of}) ${over} END`, measure.as]],
      hidden,
    };
  },
};

/** A validated pooled window carries its rate's scale (100 for percent, 1000 per thousand). */
interface PooledMovingAverage extends MovingAverageMeasure {
  readonly pooled: true;
  readonly scale: number;
}

/** The rate measure named `of` among those before, if there is one. */
function pooledRate(of: string, before: readonly { kind: string }[]): RateMeasure | undefined {
  return before.find((m): m is RateMeasure => m.kind === 'rate' && (m as RateMeasure).as === of);
}
