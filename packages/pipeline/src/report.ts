import { writeFile } from 'node:fs/promises';
import type { SuppressionCount } from './aggregate.ts';
import type { RunConfig } from './config.ts';
import { formatGroup, type GeneralisationAttempt } from './k-anonymity.ts';

/**
 * The disclosure report of a run. It is written next to the public files, so it holds
 * only counts of what was done (cells suppressed, groups that failed k-anonymity), never
 * the failing groups themselves: "2019, Tofte, girls 21-24: 1 person" would be a disclosure.
 * The operator sees the groups in the printed summary.
 */
export interface DisclosureReport {
  readonly synthetic: boolean;
  readonly seed: number | null;
  readonly k: number;
  readonly updated: string;
  readonly register: Readonly<Record<string, number>>;
  readonly internal: {
    readonly pseudonymKey: string;
    readonly generalisation: string;
    readonly attempts: ReadonlyArray<{ level: string; describe: string; failingGroups: number }>;
    readonly files: Readonly<Record<string, number>>;
    readonly eventsOutsideFollowUpYears: number;
  };
  readonly public: Readonly<Record<string, SuppressionCount & { rows: number }>>;
  /**
   * The person counts of every file and grain (year, quarter, month, meeting) are
   * suppressed as one linked table: each nesting (year = December + rest, ...) is a
   * relation with an unpublished remainder, none of 1..k-1 left recomputable.
   */
  readonly timeGrains: {
    readonly files: readonly string[];
    readonly relations: number;
    readonly remainders: number;
    readonly smallRemainders: number;
    readonly guarantee: string;
  };
}

export function attemptsForReport(attempts: readonly GeneralisationAttempt[]) {
  return attempts.map(({ level, describe, failing }) => ({ level, describe, failingGroups: failing.length }));
}

export async function writeReport(path: string, report: DisclosureReport): Promise<void> {
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
}

/** The printed summary: for the operator's terminal, so it may name the failing groups. */
export function summarise(report: DisclosureReport, attempts: readonly GeneralisationAttempt[], config: RunConfig): string {
  const lines = [`Disclosure summary (k = ${config.k}${report.synthetic ? ', synthetic data' : ''})`];
  lines.push(`  register: ${Object.entries(report.register).map(([t, n]) => `${n} ${t}`).join(', ')}`);
  for (const attempt of attempts) {
    const verdict = attempt.failing.length === 0 ? 'k-anonymous' : `${attempt.failing.length} group(s) under k`;
    lines.push(`  internal, ${attempt.level}: ${verdict}`);
    for (const group of attempt.failing.slice(0, 5)) lines.push(`      ${formatGroup(group)}`);
    if (attempt.failing.length > 5) lines.push(`      ... and ${attempt.failing.length - 5} more`);
  }
  lines.push(`  internal files written at: ${report.internal.generalisation} (pseudonym key: ${report.internal.pseudonymKey})`);
  for (const [file, c] of Object.entries(report.public)) {
    lines.push(`  ${file}: ${c.rows} rows, ${c.primary} primary + ${c.secondary} secondary suppressed, ${c.zero} true zeros`);
  }
  const grains = report.timeGrains;
  lines.push(`  across time grains: ${grains.relations} relations, ${grains.smallRemainders} of ${grains.remainders} unpublished remainders are 1..${config.k - 1}, none recomputable`);
  return `${lines.join('\n')}\n`;
}
