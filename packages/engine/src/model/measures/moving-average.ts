import type { MovingAverageMeasure } from '../query.ts';
import { partitionClause, requireKey, requireName, requireNumericOutput, resolvePartition, type MeasureDefinition } from './definition.ts';

/**
 * The mean over the last `window` periods, as FHI shows small areas (3-year averages).
 * The window is by value of the time column (RANGE), so a missing year is not silently
 * replaced by an older one; and the mean is null unless every period of the window has a
 * value, rather than the mean of fewer years under the same label.
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
    const partitionBy = resolvePartition(measure.partitionBy, [time, of], 'movingAverage', context);
    return { kind: 'movingAverage', as, of, time, window: measure.window, partitionBy };
  },
  outputs: (measure) => [measure.as],
  partition: (measure) => measure.partitionBy ?? [],
  sql(measure, context) {
    // window is a validated whole number: a frame bound, not a value from a reader.
    const over = `OVER (${partitionClause(measure.partitionBy ?? [], context)}ORDER BY ${context.q(measure.time)} RANGE BETWEEN ${measure.window - 1} PRECEDING AND CURRENT ROW)`;
    const of = context.q(measure.of);
    const flag = context.flagOf(measure.of);
    return {
      columns: [[`CASE WHEN count(${of}) ${over} = ${measure.window} THEN avg(${of}) ${over} END`, measure.as]],
      hidden: flag === null ? null : `bool_or(${flag}) ${over}`,
    };
  },
};
