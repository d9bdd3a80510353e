import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { caseCounts, CASE_COUNT_COLUMNS, transitionCounts, TRANSITION_COLUMNS } from './aggregate.ts';
import { anonymise, INTERNAL_CASE_COLUMNS, INTERNAL_EVENT_COLUMNS } from './anonymise.ts';
import { caseYears, quartersBetween, zoneTransitions } from './case-periods.ts';
import { CASE_FIRST_YEAR, CASE_LAST_YEAR, type RunConfig } from './config.ts';
import { generateRegister, type Register } from './generate-register.ts';
import { buildIndicators, INDICATOR_COLUMNS } from './indicators.ts';
import { writeParquet } from './parquet.ts';
import type { Progress } from './progress.ts';
import type { PseudonymKey } from './pseudonym.ts';
import { readRegister, writeRegister } from './register-io.ts';
import { attemptsForReport, summarise, writeReport, type DisclosureReport } from './report.ts';

export interface RunOptions {
  readonly config: RunConfig;
  /** Where data/ is: public files at the top, internal/ and raw/ below. */
  readonly dataDir: string;
  readonly progress: Progress;
}

/** Public file names, relative to data/. */
export const PUBLIC_FILES = {
  indicators: 'indicators.parquet',
  caseCounts: 'case_counts.parquet',
  transitions: 'zone_transitions.parquet',
  report: 'disclosure-report.json',
} as const;
export const INTERNAL_FILES = { cases: 'internal/case_years.parquet', events: 'internal/case_events.parquet' } as const;

export async function writeIndicators(connection: DuckDBConnection, options: RunOptions) {
  const { config, dataDir, progress } = options;
  progress.step('indicators');
  const { rows, suppressed } = buildIndicators(config.seed, config.k);
  await writeParquet(connection, join(dataDir, PUBLIC_FILES.indicators), INDICATOR_COLUMNS, rows, {
    synthetic: true,
    k: config.k,
    title: 'Living conditions and youth exclusion indicators: Asker districts, Asker and Norway',
    source:
      'Published reference figures from SSB (13556, 08764, 09050) and Asker kommune where published = true; synthetic otherwise',
    updated: config.updated,
    description:
      'Tidy indicator table 2015-2025. District values are synthetic and went through primary and secondary suppression (status ":"). See data/README.md.',
    tier: 'public',
  });
  progress.done('indicators', `${rows.length} rows, ${suppressed.primary} primary + ${suppressed.secondary} secondary suppressed`);
  const zero = rows.filter((r) => r.numerator === 0).length;
  return { rows: rows.length, cells: rows.length, zero, ...suppressed };
}

/** Everything in data/ from the seed: raw register, internal tier, public aggregates, indicators, report. */
export async function generateAll(connection: DuckDBConnection, options: RunOptions & { key: PseudonymKey }) {
  const { config, dataDir, progress } = options;
  progress.step('synthetic register');
  const generated = generateRegister({ seed: config.seed });
  const rawDir = join(dataDir, 'raw');
  await writeRegister(connection, rawDir, generated, config);
  progress.done('synthetic register', `${generated.persons.length} persons, written to ${rawDir} (gitignored)`);
  // Read back through the same import a municipality's own export goes through.
  const register = await readRegister(connection, rawDir);
  return anonymiseRegister(connection, register, { ...options, synthetic: true });
}

/** The anonymisation and publication steps, for a generated register or a real export. */
export async function anonymiseRegister(
  connection: DuckDBConnection,
  register: Register,
  options: RunOptions & { key: PseudonymKey; synthetic: boolean },
) {
  const { config, dataDir, progress, key, synthetic } = options;
  const base = { synthetic, updated: config.updated };
  const source = synthetic
    ? `Synthetic SLT case register (seed ${config.seed}), modelled on Asker's Borgen pilot`
    : 'Municipal SLT case register';

  progress.step('internal tier');
  const years = caseYears(register);
  const internal = anonymise(register, years, key, config.k);
  await mkdir(join(dataDir, 'internal'), { recursive: true });
  const internalMeta = {
    ...base,
    k: config.k,
    source,
    tier: 'internal' as const,
  };
  await writeParquet(connection, join(dataDir, INTERNAL_FILES.cases), INTERNAL_CASE_COLUMNS, internal.cases, {
    ...internalMeta,
    title: 'SLT cases per person and year (internal, pseudonymised)',
    description: `PERSONAL DATA (pseudonymised). One row per young person per year of follow-up. Quasi-identifiers generalised to: ${internal.level}. Not for open web pages.`,
  });
  await writeParquet(connection, join(dataDir, INTERNAL_FILES.events), INTERNAL_EVENT_COLUMNS, internal.events, {
    ...internalMeta,
    title: 'SLT case events by month (internal, pseudonymised)',
    description: `PERSONAL DATA (pseudonymised). Concerns, 4-party meeting zones and measures by month. Quasi-identifiers generalised to: ${internal.level}. Not for open web pages.`,
  });
  progress.done('internal tier', `${internal.cases.length} person-years, ${internal.events.length} events, ${internal.level}`);

  progress.step('public case counts');
  const counts = caseCounts(years, config.k, (year) => progress.update('public case counts', year - CASE_FIRST_YEAR, CASE_LAST_YEAR - CASE_FIRST_YEAR + 1));
  await writeParquet(connection, join(dataDir, PUBLIC_FILES.caseCounts), CASE_COUNT_COLUMNS, counts.rows, {
    ...base,
    k: config.k,
    source,
    tier: 'public',
    title: 'Young people in SLT follow-up by year, zone, district group, age band, sex and main measure',
    description: `Counts of persons per year with every margin ('all'). Counts 1-${config.k - 1} and cells that would reveal them are hidden (status ':', persons null).`,
  });
  progress.done('public case counts', `${counts.rows.length} rows, ${counts.count.primary} primary + ${counts.count.secondary} secondary suppressed`);

  progress.step('public zone transitions');
  const quarters = quartersBetween(CASE_FIRST_YEAR, CASE_LAST_YEAR);
  const moves = transitionCounts(zoneTransitions(register, quarters), quarters, config.k);
  await writeParquet(connection, join(dataDir, PUBLIC_FILES.transitions), TRANSITION_COLUMNS, moves.rows, {
    ...base,
    k: config.k,
    source,
    tier: 'public',
    title: 'Zone-to-zone transitions of young people in SLT follow-up per quarter',
    description: `Persons by zone at the end of the previous quarter (or new) and at the end of the quarter (or closed), with margins ('all'). Counts 1-${config.k - 1} and cells that would reveal them are hidden (status ':').`,
  });
  progress.done('public zone transitions', `${moves.rows.length} rows, ${moves.count.primary} primary + ${moves.count.secondary} secondary suppressed`);

  const indicators = synthetic ? await writeIndicators(connection, options) : null;

  const report: DisclosureReport = {
    synthetic,
    seed: synthetic ? config.seed : null,
    k: config.k,
    updated: config.updated,
    register: {
      persons: register.persons.length,
      concerns: register.concerns.length,
      meetings: register.meetings.length,
      measures: register.measures.length,
    },
    internal: {
      pseudonymKey: key.origin,
      generalisation: internal.level,
      attempts: attemptsForReport(internal.attempts),
      files: { [INTERNAL_FILES.cases]: internal.cases.length, [INTERNAL_FILES.events]: internal.events.length },
      eventsOutsideFollowUpYears: internal.droppedEvents,
    },
    public: {
      [PUBLIC_FILES.caseCounts]: { rows: counts.rows.length, ...counts.count },
      [PUBLIC_FILES.transitions]: { rows: moves.rows.length, ...moves.count },
      ...(indicators ? { [PUBLIC_FILES.indicators]: indicators } : {}),
    },
  };
  await writeReport(join(dataDir, PUBLIC_FILES.report), report);
  return { report, summary: summarise(report, internal.attempts, config) };
}
