import { writeFile } from 'node:fs/promises';
import type { SuppressionCount } from './aggregate.ts';
import type { RunConfig } from './config.ts';
import { formatGroup, type GeneralisationAttempt } from './k-anonymity.ts';

/**
 * The disclosure report of a run, published next to the public files. It says only what
 * is safe to say: the rules, k, the protection interval, which checks ran and that they
 * passed, and the shape of each file (its rows). It holds **no count that bounds a hidden
 * cell**: no per-file numbers of primary or secondary cells (a secondary cell is never
 * 0 or 1..k-1, so their number tells how many hidden cells are k or more), no number of
 * small remainders, no register totals (meetings, concerns: sums over every period), no
 * numbers of groups under k in the internal tier. The operator's terminal gets those
 * (`summarise`); the report never does. A check that fails stops the run, so a written
 * report always says `passed`.
 */
export interface DisclosureReport {
  readonly synthetic: boolean;
  readonly seed: number | null;
  readonly k: number;
  readonly updated: string;
  readonly rules: readonly string[];
  readonly protectionInterval: string;
  readonly checks: ReadonlyArray<{ readonly check: string; readonly files: readonly string[]; readonly passed: true }>;
  readonly internal: {
    readonly pseudonymKey: string;
    /** The generalisation the internal files were written at. */
    readonly generalisation: string;
    /** The levels tried, finest first (whether each passed is not said: that is a count of small groups). */
    readonly levelsTried: readonly string[];
  };
  /** Each public file and its number of rows (its shape; the same for any register). */
  readonly public: Readonly<Record<string, { readonly rows: number }>>;
}

/** What only the operator sees: counts per file and per check. */
export interface OperatorCounts {
  readonly register: Readonly<Record<string, number>>;
  readonly files: Readonly<Record<string, SuppressionCount & { rows: number; withheld?: number }>>;
  readonly nesting: { readonly relations: number; readonly remainders: number; readonly smallRemainders: number };
  readonly historyRounds: number;
}

export const RULES = (k: number): string[] => [
  `A count of 1..${k - 1} persons is hidden (status ':'); for counts of events (concerns, moves) also a count about 1..${k - 1} persons.`,
  'Zero is shown as 0; a hidden count is therefore at least 1.',
  'Every table is published with its margins; the zone columns are a hierarchy (all = green + yellow + orange_or_red, orange_or_red = orange + red).',
  "Secondary suppression hides more cells until every hidden cell and every unpublished remainder meets the protection interval, over all public person files together.",
  "Rates computed from a hidden count are hidden.",
  'A cell hidden in a release published before stays hidden.',
  `A release replaces the one before it only if, read with any release published before, it gives nothing away: a figure already published (the register's files; the indicators' district and synthetic rows) keeps whether it is shown, a shown figure keeps its value or moves by ${k} or more, and no hidden figure's revision (or hidden categories' revision together) that the files' sums give away is 1 to ${k - 1}.`,
];

export const PROTECTION_INTERVAL = (k: number): string =>
  `Solved over the integers with everything published (HiGHS MIP), every hidden count can take a value of ${k} or more and more than one value; ` +
  `every unpublished remainder (a difference of nested figures, or a withheld figure) of 1..${k - 1} can also be 0 or ${k} or more.`;

export function levelsForReport(attempts: readonly GeneralisationAttempt[]): string[] {
  return attempts.map(({ level }) => level);
}

export async function writeReport(path: string, report: DisclosureReport): Promise<void> {
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
}

/** What the generalisation level means for the 4-party group's files, in plain words. */
function whatTheGroupSees(level: string, k: number): string {
  const why = `every combination of area, age band, sex and year must hold ${k} young people or more`;
  if (level.startsWith('municipality')) return `the 4-party group's files show no district or district group (${why}, and the register is too small for that by district)`;
  if (level.startsWith('district group')) return `the 4-party group's files show district groups, not districts (${why})`;
  return `the 4-party group's files show districts and 3-year age bands (${why})`;
}

/** The printed summary: for the operator's terminal, so it may name counts and the failing groups. */
export function summarise(report: DisclosureReport, counts: OperatorCounts, attempts: readonly GeneralisationAttempt[], config: RunConfig): string {
  const lines = [`Disclosure summary (k = ${config.k}${report.synthetic ? ', synthetic data' : ''})`];
  lines.push(`  register: ${Object.entries(counts.register).map(([t, n]) => `${n} ${t}`).join(', ')}`);
  for (const attempt of attempts) {
    const verdict = attempt.failing.length === 0 ? 'k-anonymous' : `${attempt.failing.length} group(s) under k`;
    lines.push(`  internal, ${attempt.level}: ${verdict}`);
    for (const group of attempt.failing.slice(0, 5)) lines.push(`      ${formatGroup(group)}`);
    if (attempt.failing.length > 5) lines.push(`      ... and ${attempt.failing.length - 5} more`);
  }
  lines.push(`  internal files written at: ${report.internal.generalisation} (pseudonym key: ${report.internal.pseudonymKey})`);
  lines.push(`    ${whatTheGroupSees(report.internal.generalisation, config.k)}`);
  for (const [file, c] of Object.entries(counts.files)) {
    const withheld = c.withheld ? `, ${c.withheld} withheld by design` : '';
    lines.push(`  ${file}: ${c.rows} rows, ${c.primary} primary + ${c.secondary} secondary suppressed${withheld}, ${c.zero} true zeros`);
  }
  const n = counts.nesting;
  lines.push(`  across time grains: ${n.relations} relations, ${n.smallRemainders} of ${n.remainders} unpublished remainders are 1..${config.k - 1}; history audit passed after ${counts.historyRounds} round(s)`);
  lines.push('  (these counts are for the operator only; disclosure-report.json does not hold them)');
  return `${lines.join('\n')}\n`;
}
