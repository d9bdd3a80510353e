import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TRANSITION_COLUMNS, type SuppressionCount } from './aggregate.ts';
import {
  CASE_MEETING_COLUMNS,
  CASE_MONTHLY_COLUMNS,
  CONCERN_MONTHLY_COLUMNS,
  CONCERN_WINDOW_COLUMNS,
  monthsBetween,
} from './case-calendar.ts';
import { CASE_MOVE_COLUMNS, releaseCaseTables } from './case-release.ts';
import { FROM_ZONE_HIERARCHY, TO_ZONE_HIERARCHY, ZONE_HIERARCHY } from './case-model.ts';
import { releaseConcerns } from './concern-release.ts';
import { CASE_COUNT_COLUMNS, CASE_DIMENSIONS, YEARLY_TABLE_COLUMNS, YEARLY_TABLES } from './case-tables.ts';
import { anonymise, INTERNAL_CASE_COLUMNS, INTERNAL_EVENT_COLUMNS } from './anonymise.ts';
import { caseYears, quartersBetween, zoneTransitions } from './case-periods.ts';
import { CASE_LAST_YEAR, type RunConfig } from './config.ts';
import { generateRegister, type Register } from './generate-register.ts';
import { DEFAULT_PROFILE, loadProfile, type LoadedProfile } from './load-profile.ts';
import { PROFILE_FILE, publishedProfile, writeIndicatorFile } from './profile-build.ts';
import {
  caseCountTexts,
  caseDemographyTexts,
  caseMeasureTexts,
  caseMoveTexts,
  concernWindowTexts,
  caseMeetingTexts,
  caseMonthlyTexts,
  caseZoneTexts,
  concernMonthlyTexts,
  transitionTexts,
  type Texts,
} from './file-texts.ts';
import { writeParquet, type Column, type DisclosureColumns, type FileMetadata, type Row } from './parquet.ts';
import type { Progress } from './progress.ts';
import type { PseudonymKey } from './pseudonym.ts';
import { readRegister, writeRegister } from './register-io.ts';
import { keepHiddenAsBefore } from './hidden-before.ts';
import { compareReleases, isRelease, readReleaseFigures, ReleaseCheckError, type ReleaseFigures } from './release-check.ts';
import { compareWithEvery, earlierReleases, HISTORY_FILE, hasHistory, historyWithoutRelease, setHistoryAside, writeHistory } from './release-history.ts';
import { checkLastYearComplete, checkNotAfter, checkYearsOver, describePeriod, registerThrough, releasePeriod, type ReleasePeriod } from './release-period.ts';
import { checkRegister } from './register-check.ts';
import { AS_PUBLISHED_DIR, AsPublishedError, describeHeldBack, mergeAsPublished, readRegisterAsPublished, registerFiguresHash, writeRegisterAsPublished } from './register-as-published.ts';
import { areasOf, DEMO_AREAS, type Areas } from './areas.ts';
import { levelsForReport, PROTECTION_INTERVAL, RULES, summarise, writeReport, type DisclosureReport, type OperatorCounts } from './report.ts';

export interface RunOptions {
  readonly config: RunConfig;
  /** Where data/ is: public files at the top, internal/ and raw/ below. */
  readonly dataDir: string;
  readonly progress: Progress;
  /** The municipality profile (default: profiles/asker.json), loaded and checked before anything is written. */
  readonly profile?: LoadedProfile;
  /**
   * Where the release published before this one is, to check the two together
   * (`release-check.ts`): by default `dataDir` when it holds a release; `null` for a first
   * release (nothing of this register published before).
   */
  readonly previous?: string | null;
  /**
   * The last year the release covers (`release-period.ts`): by default the year before the
   * export's last date, which is taken as not over.
   */
  readonly through?: number;
  /**
   * Compute the closed years from the export too (a revision release), instead of as the
   * release before published them (`register-as-published.ts`); the release check applies.
   */
  readonly reviseClosedYears?: boolean;
  /** The day of the run, for an export (`anonymise`): no event may be dated after it. */
  readonly today?: string;
  /**
   * The day of the last meeting or concern in the last year the release covers, when the
   * operator says nothing was registered after it (`release-period.ts`, `checkLastYearComplete`).
   */
  readonly quietSince?: string;
}

/** Public file names, relative to data/. */
export const PUBLIC_FILES = {
  indicators: 'indicators.parquet',
  caseCounts: 'case_counts.parquet',
  caseZones: 'case_zones.parquet',
  caseMeasures: 'case_measures.parquet',
  caseDemography: 'case_demography.parquet',
  caseMonthly: 'case_monthly.parquet',
  caseMeetings: 'case_meetings.parquet',
  concernsMonthly: 'concerns_monthly.parquet',
  concernsYearly: 'concerns_yearly.parquet',
  concernsRolling: 'concerns_rolling.parquet',
  transitions: 'zone_transitions.parquet',
  caseMoves: 'case_moves.parquet',
  report: 'disclosure-report.json',
} as const;
export const INTERNAL_FILES = { cases: 'internal/case_years.parquet', events: 'internal/case_events.parquet' } as const;

/** The indicator file of the demo profile (or the one given), written with the case files into data/. */
export async function writeIndicators(connection: DuckDBConnection, options: RunOptions) {
  const { config, dataDir, progress } = options;
  progress.step('indicators');
  const loaded = options.profile ?? (await loadProfile(DEFAULT_PROFILE));
  const written = await writeIndicatorFile(connection, loaded, config, join(dataDir, PUBLIC_FILES.indicators), (line) => progress.step(line));
  await writeFile(join(dataDir, PROFILE_FILE), `${JSON.stringify(publishedProfile(loaded), null, 2)}\n`);
  progress.done('indicators', `${written.rows} rows, ${written.primary} primary + ${written.secondary} secondary suppressed`);
  return written;
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
  return anonymiseRegister(connection, register, { ...options, synthetic: true, through: CASE_LAST_YEAR });
}

/** The anonymisation and publication steps, for a generated register or a real export. */
export async function anonymiseRegister(
  connection: DuckDBConnection,
  exported: Register,
  options: RunOptions & { key: PseudonymKey; synthetic: boolean },
) {
  const { config, progress } = options;
  const areas = options.profile ? areasOf(options.profile.profile) : DEMO_AREAS;
  checkRegister(exported, areas);
  if (options.today !== undefined) checkNotAfter(exported, options.today);
  const exportPeriod = releasePeriod(exported, options.through);
  if (options.today !== undefined) checkYearsOver(exportPeriod, options.today);
  progress.done('years covered', describePeriod(exported, exportPeriod, options.through));
  const previousDir = options.previous === undefined ? (isRelease(options.dataDir) ? options.dataDir : null) : options.previous;
  if (previousDir !== null && !isRelease(previousDir)) throw new Error(`no release in ${previousDir} (no disclosure-report.json there)`);
  if (previousDir === null && options.previous === undefined && hasHistory(options.dataDir)) throw new Error(historyWithoutRelease(options.dataDir));
  const previous = previousDir === null ? null : await readReleaseFigures(connection, previousDir);
  // The closed years as the release before published them, the years after from the export.
  // Not for the synthetic register: it is drawn again from its seed, and has nothing late.
  const published = previousDir === null || options.reviseClosedYears || options.synthetic ? null : await readRegisterAsPublished(connection, previousDir, previous!);
  if (published && exportPeriod.last < published.through) {
    throw new AsPublishedError(
      `the release before covered the years through ${published.through}, and this one would end with ${exportPeriod.last}: a release never covers fewer years than the one before (say --through ${published.through}, or use the export the next release is due from); nothing was written`,
    );
  }
  // A year published before is taken as published: only a year published now must be complete.
  if (!published || exportPeriod.last > published.through) {
    const quiet = checkLastYearComplete(exported, exportPeriod, options.quietSince);
    if (quiet !== null) progress.done(`${exportPeriod.last} complete`, quiet);
  } else if (options.quietSince !== undefined) {
    progress.done('--quiet-since', `not needed: ${exportPeriod.last} was published before, and is kept as published`);
  }
  const merged = published ? mergeAsPublished(published, exported) : null;
  // From the first year published before: a record the export dates earlier is held back
  // (the years before it were published as nothing), and a year the export has purged stays.
  const period: ReleasePeriod = published ? { first: published.first, last: exportPeriod.last } : exportPeriod;
  const register = registerThrough(merged?.register ?? exported, period);
  if (published && merged) {
    progress.done(`${published.first}-${published.through} as published before`, describeHeldBack(merged.heldBack, merged.nationalIds));
  } else if (previousDir !== null && !options.synthetic) {
    progress.done('closed years', options.reviseClosedYears ? 'computed from the export again (--revise-closed-years): the release check decides' : `computed from the export, and the release check decides: ${join(previousDir, AS_PUBLISHED_DIR)} is not there (a release made before releases kept it, or the folder was removed: put it back from the backup to keep the closed years as published)`);
  }
  const before = previousDir === null ? [] : await earlierReleases(previousDir, previous!);
  // Everything is written beside the data first, and moved in only once every check has
  // passed: a failed run leaves the previous release as it was.
  await mkdir(options.dataDir, { recursive: true });
  const dataDir = await mkdtemp(join(options.dataDir, '.release-'));
  try {
    const earlier = previous ? [previous, ...before] : [];
    const result = await writeRelease(connection, register, period, areas, earlier, { ...options, dataDir });
    const next = previous || !options.synthetic ? await readReleaseFigures(connection, dataDir) : null;
    if (!options.synthetic) {
      await writeRegisterAsPublished(connection, dataDir, { register, first: period.first, through: period.last }, { updated: config.updated, describes: registerFiguresHash(next!) });
    }
    if (previous && next) {
      progress.step('against the releases published before');
      const problems = compareWithEvery((release, now) => compareReleases(release, now, config.k), earlier, next);
      if (problems.length > 0) throw new ReleaseCheckError(problems, config.k);
      progress.done('against the releases published before', `read with ${earlier.length === 1 ? 'the release' : `each of the ${earlier.length} releases`} published before, no figure is given away`);
      await writeHistory(dataDir, next, previous, before);
    }
    const history = existsSync(join(dataDir, HISTORY_FILE));
    await moveInto(dataDir, options.dataDir);
    if (!history) {
      const kept = await setHistoryAside(options.dataDir);
      if (kept) progress.done('release history', `the earlier history is no longer in force; kept as ${kept}`);
    }
    // The summary's register counts are of the years covered: say what was left out.
    const nextYear = `${period.last + 1}-01-01`;
    const after = (
      [
        ['concerns', exported.concerns.filter((c) => c.date >= nextYear).length],
        ['meetings', exported.meetings.filter((m) => m.date >= nextYear).length],
        ['measures', exported.measures.filter((m) => m.start_date >= nextYear).length],
      ] as const
    )
      .filter(([, n]) => n > 0);
    const leftOut = after.length > 0 ? `  left out of every file, being after ${period.last}: ${after.map(([table, n]) => `${n} ${table}`).join(', ')}\n` : '';
    const copy = options.synthetic
      ? ''
      : `  to publish: the *.parquet files at the top of ${options.dataDir} and disclosure-report.json; never internal/, raw/ or release-history*.json (packages/pipeline/README.md, step 6)\n`;
    return { ...result, summary: result.summary + leftOut + copy };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Moves every file of `from` (and its folders) into `to`, replacing what is there. */
async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isDirectory()) await moveInto(join(from, entry.name), join(to, entry.name));
    else await rename(join(from, entry.name), join(to, entry.name));
  }
}

/** The release's files, all written into `options.dataDir`. */
async function writeRelease(
  connection: DuckDBConnection,
  register: Register,
  period: ReleasePeriod,
  areas: Areas,
  earlier: readonly ReleaseFigures[],
  options: RunOptions & { key: PseudonymKey; synthetic: boolean },
) {
  const { config, dataDir, progress, key, synthetic } = options;
  const base = { synthetic, updated: config.updated };
  const source = synthetic
    ? `Synthetic SLT case register (seed ${config.seed}), modelled on Asker's Borgen pilot`
    : 'Municipal SLT case register';

  progress.step('internal tier');
  const years = caseYears(register);
  const internal = anonymise(register, years, key, config.k, areas);
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

  const context = { k: config.k, seed: config.seed, synthetic };
  let keptHidden = 0; // cells hidden as in a release before (hidden-before.ts)
  const write = async (
    file: string,
    columns: readonly Column[],
    rows: Iterable<Row>,
    texts: Texts,
    disclosure: DisclosureColumns,
  ): Promise<void> => {
    const meta: FileMetadata = { ...base, k: config.k, tier: 'public', ...texts.en, source: source, disclosure, texts };
    const { rows: published, kept } = keepHiddenAsBefore(file, columns, disclosure.counts, [...rows], earlier);
    keptHidden += kept;
    await writeParquet(connection, join(dataDir, file), columns, published, meta);
  };
  const zoneHierarchy = (names: readonly string[]) =>
    Object.fromEntries(names.filter((n) => n.endsWith('zone')).map((n) => [n, n === 'from_zone' ? FROM_ZONE_HIERARCHY : n === 'to_zone' ? TO_ZONE_HIERARCHY : ZONE_HIERARCHY]));
  const persons = (dimensions: readonly string[]): DisclosureColumns => {
    const hierarchies = zoneHierarchy(dimensions);
    return { counts: ['persons'], dimensions, ...(Object.keys(hierarchies).length > 0 ? { hierarchies } : {}) };
  };
  // Rows hidden by neither rule are withheld by design (months, quarters, meetings): said so,
  // or "0 suppressed" over a file of ':' reads as a file with every figure shown.
  const withheldOf = (table: { rows: readonly unknown[]; count: { primary: number; secondary: number } }) =>
    table.rows.filter((row) => (row as { status?: unknown }).status === ':').length - table.count.primary - table.count.secondary;
  const said = (step: string, result: { rows: readonly unknown[]; count: { primary: number; secondary: number } }) => {
    const withheld = withheldOf(result);
    progress.done(
      step,
      `${result.rows.length} rows, ${result.count.primary} primary + ${result.count.secondary} secondary suppressed${withheld > 0 ? `, ${withheld} withheld by design` : ''}`,
    );
  };

  // Years, quarters, months and meetings nest, so every count of persons is suppressed in one go.
  progress.step('public case tables');
  const months = monthsBetween(period.first, period.last);
  const quarters = quartersBetween(period.first, period.last);
  const release = await releaseCaseTables(register, years, { months, quarters, transitions: zoneTransitions(register, quarters) }, config.k, (line) => progress.step(line), areas);
  const { yearly, monthly, meetings, transitions: moves, moves: directions } = release;
  const counts = yearly.counts;
  await write(PUBLIC_FILES.caseCounts, CASE_COUNT_COLUMNS, counts.rows, caseCountTexts(context), persons(CASE_DIMENSIONS));
  await write(PUBLIC_FILES.caseZones, YEARLY_TABLE_COLUMNS.zones, yearly.tables.zones.rows, caseZoneTexts(context), persons(YEARLY_TABLES.zones));
  await write(PUBLIC_FILES.caseMeasures, YEARLY_TABLE_COLUMNS.measures, yearly.tables.measures.rows, caseMeasureTexts(context), persons(YEARLY_TABLES.measures));
  await write(PUBLIC_FILES.caseDemography, YEARLY_TABLE_COLUMNS.demography, yearly.tables.demography.rows, caseDemographyTexts(context), persons(YEARLY_TABLES.demography));
  said('public case tables', counts);

  progress.step('public monthly tables');
  await write(PUBLIC_FILES.caseMonthly, CASE_MONTHLY_COLUMNS, monthly.rows, caseMonthlyTexts(context), persons(['zone']));
  await write(PUBLIC_FILES.caseMeetings, CASE_MEETING_COLUMNS, meetings.rows, caseMeetingTexts(context), persons(['zone']));
  progress.step('concerns: months, years and rolling windows, audited jointly');
  const concerns = await releaseConcerns(register, months, config.k, (line) => progress.step(line));
  const concernColumns: DisclosureColumns = { counts: ['concerns'], dimensions: ['concern_type', 'agency'] };
  await write(PUBLIC_FILES.concernsMonthly, CONCERN_MONTHLY_COLUMNS, concerns.rows, concernMonthlyTexts(context), concernColumns);
  await write(PUBLIC_FILES.concernsYearly, CONCERN_WINDOW_COLUMNS.year, concerns.yearly.rows, concernWindowTexts(context, 'year'), concernColumns);
  await write(PUBLIC_FILES.concernsRolling, CONCERN_WINDOW_COLUMNS.rolling, concerns.rolling.rows, concernWindowTexts(context, 'rolling'), concernColumns);
  said('public monthly tables', { rows: [...monthly.rows, ...meetings.rows, ...concerns.rows], count: { primary: monthly.count.primary + meetings.count.primary + concerns.count.primary, secondary: monthly.count.secondary + meetings.count.secondary + concerns.count.secondary } });

  progress.step('public zone transitions');
  await write(PUBLIC_FILES.transitions, TRANSITION_COLUMNS, moves.rows, transitionTexts(context), persons(['from_zone', 'to_zone']));
  said('public zone transitions', { rows: moves.rows, count: moves.count });
  await write(PUBLIC_FILES.caseMoves, CASE_MOVE_COLUMNS, directions.rows, caseMoveTexts(context), { counts: ['moves'], dimensions: ['direction'] });

  if (keptHidden > 0) progress.done('hidden as before', `${keptHidden} cells the suppression would show now kept hidden, as in a release published before`);
  const indicators = synthetic ? await writeIndicators(connection, options) : null;

  // Rows, the suppression's counts, and the rows withheld by design.
  const fileCount = (table: { rows: readonly unknown[]; count: SuppressionCount }) => ({ rows: table.rows.length, ...table.count, withheld: withheldOf(table) });
  const fileCounts = {
    [PUBLIC_FILES.caseCounts]: fileCount(counts),
    [PUBLIC_FILES.caseZones]: fileCount(yearly.tables.zones),
    [PUBLIC_FILES.caseMeasures]: fileCount(yearly.tables.measures),
    [PUBLIC_FILES.caseDemography]: fileCount(yearly.tables.demography),
    [PUBLIC_FILES.caseMonthly]: fileCount(monthly),
    [PUBLIC_FILES.caseMeetings]: fileCount(meetings),
    [PUBLIC_FILES.transitions]: fileCount(moves),
    [PUBLIC_FILES.caseMoves]: fileCount(directions),
    [PUBLIC_FILES.concernsMonthly]: fileCount(concerns),
    [PUBLIC_FILES.concernsYearly]: fileCount(concerns.yearly),
    [PUBLIC_FILES.concernsRolling]: fileCount(concerns.rolling),
    ...(indicators ? { [PUBLIC_FILES.indicators]: indicators } : {}),
  };
  const personFiles = [PUBLIC_FILES.caseCounts, PUBLIC_FILES.caseZones, PUBLIC_FILES.caseMeasures, PUBLIC_FILES.caseDemography, PUBLIC_FILES.caseMonthly, PUBLIC_FILES.caseMeetings, PUBLIC_FILES.transitions, PUBLIC_FILES.caseMoves];
  const concernFiles = [PUBLIC_FILES.concernsMonthly, PUBLIC_FILES.concernsYearly, PUBLIC_FILES.concernsRolling];
  const report: DisclosureReport = {
    synthetic,
    seed: synthetic ? config.seed : null,
    k: config.k,
    updated: config.updated,
    rules: RULES(config.k),
    protectionInterval: PROTECTION_INTERVAL(config.k),
    checks: [
      { check: 'primary: no count of 1..k-1 shown', files: [...personFiles, ...concernFiles, ...(indicators ? [PUBLIC_FILES.indicators] : [])], passed: true },
      { check: "people's histories: every grain (year, quarter, month, meeting; new and closed) as margins of one table of histories, with every published total and cross-file identity, solved over the integers (HiGHS MIP) against the protection interval", files: personFiles, passed: true },
      { check: 'concerns: each month\'s total and each calendar year by type and by agency (months by type or agency and windows not ending in December withheld), as sums of each month\'s counts per type and per agency, solved jointly over the integers (HiGHS MIP) against the protection interval', files: concernFiles, passed: true },
      ...(indicators
        ? [{ check: 'indicators: each table (indicator, age group, period; districts by sex with the municipality and all) with its margins, the overlapping 3-year pooled windows of an indicator as sums of their years and NEET 16-25 inside 15-29 audited jointly over the integers (HiGHS MIP) against the protection interval, the years and the rest of 15-29 as unpublished remainders (never pinned to 1..k-1)', files: [PUBLIC_FILES.indicators], passed: true as const }]
        : []),
      { check: 'internal tier: k-anonymous on age band, sex, area and period', files: Object.values(INTERNAL_FILES), passed: true },
    ],
    internal: { pseudonymKey: key.origin, generalisation: internal.level, levelsTried: levelsForReport(internal.attempts) },
    public: Object.fromEntries(Object.entries(fileCounts).map(([file, c]) => [file, { rows: c.rows }])),
  };
  const operator: OperatorCounts = {
    register: {
      persons: register.persons.length,
      concerns: register.concerns.length,
      meetings: register.meetings.length,
      measures: register.measures.length,
    },
    files: fileCounts,
    nesting: release.nesting,
    historyRounds: release.historyRounds,
  };
  await writeReport(join(dataDir, PUBLIC_FILES.report), report);
  return { report, summary: summarise(report, operator, internal.attempts, config) };
}
