#!/usr/bin/env -S npx tsx
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, type RunConfig } from './config.ts';
import { anonymiseRegister, generateAll } from './generate.ts';
import { DEFAULT_PROFILE, loadProfile } from './load-profile.ts';
import { buildProfileData } from './profile-build.ts';
import { importJsonStat } from './import-jsonstat.ts';
import { openDuckDB } from './parquet.ts';
import { consoleProgress } from './progress.ts';
import { KEY_ENV, loadKey } from './pseudonym.ts';
import { isIsoDate } from './dates.ts';
import { readRegister } from './register-io.ts';
import { isRelease } from './release-check.ts';
import { writeScaledEvents } from './scale.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const HELP = `slt-pipeline: synthetic source data, anonymisation, disclosure control and indicators as Parquet

Usage: packages/pipeline/node_modules/.bin/tsx packages/pipeline/src/cli.ts <command> [options]

Commands:
  generate                          Regenerate everything in data/ from the seed: the raw
                                    synthetic register (data/raw/, gitignored), the internal
                                    tier (data/internal/), the public files and the report
                                    for profiles/asker.json, then the indicators of every
                                    other profile in profiles/ (data/<id>/)
  generate --profile <file>         Only that profile: its indicators.parquet and profile.json
                                    in its output folder (the demo profile: everything)
  anonymise --register <dir>        Anonymise a real register export (persons, concerns,
                                    meetings, measures as .parquet or .csv) into --data-dir
                                    (outside the repository);
                                    needs ${KEY_ENV} or --key-file; --profile <file> names
                                    the municipality (its districts and district groups;
                                    default the demo profile); the years the release before
                                    covered come out as it published them (the register it
                                    was computed from is kept in raw/as-published/: never
                                    publish it)
  import-jsonstat <in.json> <out.parquet>
                                    An SSB table saved as JSON-stat 2.0 to tidy Parquet
  scale [--rows <n>] [--out <file>] Benchmark-sized case events (default 1000000 rows)
                                    in data/bench/ (gitignored)
  help                              Show this help

Options:
  --data-dir <dir>    Where data/ is (default: the repository's data/)
  --seed <n>          Seed of every random draw (default ${DEFAULT_CONFIG.seed})
  --k <n>             Smallest count shown in public files (default ${DEFAULT_CONFIG.k})
  --key-file <file>   File holding the pseudonym key (else ${KEY_ENV}); never written anywhere
  --profile <file>    A municipality profile (profiles/*.json); --data-dir then overrides its output
  --refresh           Fetch every source of the profile again from its API (SSB PxWebApi,
                      DST StatBank) into its recorded file
  --previous <dir>    The release published before this one (default: --data-dir when it
                      holds one). generate and anonymise refuse a release that, read together
                      with it, gives a figure away (revised by 1..k-1, hidden now but shown
                      before, shown now but hidden before), and leave it as it was; anonymise
                      into a folder without a release needs --previous or --first-release
  --first-release     Nothing of this register was published before: no such check
  --revise-closed-years
                      anonymise: compute the years the release before covered from the
                      export too (late registrations, corrections and deletions), instead of
                      as that release published them; the check above decides
  --through <year>    anonymise: the last year the release covers (default: the year before
                      the export's last date, which is taken as not over); everything after
                      it is left out of every file
  --quiet-since <date>
                      anonymise: nothing was registered in the last year the release covers
                      after this day (its last meeting or concern, from the case system);
                      without it, a last year with no meeting or concern in November or
                      December is refused; one whose last is before July always is
  --updated <date>    anonymise: the date the files say they were updated (default: today)
  -h, --help          Show this help

Examples:
  tsx packages/pipeline/src/cli.ts generate
  tsx packages/pipeline/src/cli.ts generate --profile profiles/baerum.json
  ${KEY_ENV}=... tsx packages/pipeline/src/cli.ts anonymise --register ~/export --data-dir ./out
  tsx packages/pipeline/src/cli.ts import-jsonstat 13556.json data/ssb_13556.parquet
  tsx packages/pipeline/src/cli.ts scale --rows 10000000
`;

class UsageError extends Error {}

/** The day of the run where the operator is (an event registered after midnight in Oslo is not in the future). */
const localDate = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

function integerOption(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(number) || number < min) throw new UsageError(`invalid --${name}: ${value} (an integer >= ${min})`);
  return number;
}

function expectArguments(command: string, rest: string[], count: number, usage: string): void {
  if (rest.length !== count) throw new UsageError(`${command} expects ${usage}, got ${rest.length ? rest.join(' ') : 'nothing'}`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      seed: { type: 'string' },
      k: { type: 'string' },
      'key-file': { type: 'string' },
      register: { type: 'string' },
      rows: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'string' },
      refresh: { type: 'boolean' },
      previous: { type: 'string' },
      'first-release': { type: 'boolean' },
      'revise-closed-years': { type: 'boolean' },
      through: { type: 'string' },
      updated: { type: 'string' },
      'quiet-since': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const config: RunConfig = {
    ...DEFAULT_CONFIG,
    seed: integerOption('seed', values.seed, DEFAULT_CONFIG.seed, 0),
    k: integerOption('k', values.k, DEFAULT_CONFIG.k, 2),
  };
  const dataDir = resolve(values['data-dir'] ?? join(REPO_ROOT, 'data'));
  if (values['first-release'] && values.previous) throw new UsageError('--first-release and --previous exclude each other');
  if (values['revise-closed-years'] && values['first-release']) throw new UsageError('--revise-closed-years revises a release published before; --first-release says there is none');
  const previous = values['first-release'] ? null : values.previous === undefined ? undefined : resolve(values.previous);
  const progress = consoleProgress();
  switch (command) {
    case 'generate': {
      expectArguments(command, rest, 0, 'no arguments');
      const readOptions = { refresh: values.refresh ?? false };
      // Every profile and source is read and checked before anything is written.
      const profilePath = resolve(values.profile ?? DEFAULT_PROFILE);
      const loaded = await loadProfile(profilePath, readOptions);
      const others = [];
      if (values.profile === undefined) {
        for (const file of readdirSync(dirname(DEFAULT_PROFILE)).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json')).sort()) {
          const path = join(dirname(DEFAULT_PROFILE), file);
          if (path !== DEFAULT_PROFILE) others.push(await loadProfile(path, readOptions));
        }
      }
      if (profilePath !== DEFAULT_PROFILE) {
        const connection = await openDuckDB();
        const output = values['data-dir'] ? dataDir : loaded.output;
        await buildProfileData(connection, loaded, config, progress, output, previous === undefined ? output : previous);
        return 0;
      }
      const key = loadKey({ keyFile: values['key-file'], allowDemoKey: true });
      if (key.origin === 'demo') {
        process.stderr.write(`note: no ${KEY_ENV} or --key-file, so the public demo key is used (synthetic register only)\n`);
      }
      const connection = await openDuckDB();
      const { summary } = await generateAll(connection, { config, dataDir, progress, key, profile: loaded, previous });
      // --previous names the demo profile's earlier release; each other profile's is its own folder.
      for (const other of others) {
        const output = join(dataDir, basename(other.output));
        await buildProfileData(connection, other, config, progress, output, previous === null ? null : output);
      }
      process.stdout.write(summary);
      return 0;
    }
    case 'anonymise': {
      expectArguments(command, rest, 0, 'no positional arguments (use --register <dir>)');
      if (!values.register) throw new UsageError('anonymise needs --register <dir> (the register export)');
      // A real register's internal files are personal data: never write them into the repository.
      if (!values['data-dir']) throw new UsageError('anonymise needs --data-dir <dir>, outside the repository');
      if (`${dataDir}/`.startsWith(`${REPO_ROOT}/`)) {
        throw new UsageError(`--data-dir ${dataDir} is inside the repository; the internal files are personal data, write them elsewhere`);
      }
      const registerDir = resolve(values.register);
      if (!existsSync(registerDir)) throw new UsageError(`register directory not found: ${registerDir}`);
      const through = values.through === undefined ? undefined : integerOption('through', values.through, 0, 1900);
      // A real release is dated the day it is made (the synthetic one by its config, for
      // files that do not change from run to run).
      const updated = values.updated ?? localDate(new Date());
      if (!isIsoDate(updated)) throw new UsageError(`invalid --updated: ${updated} (a date as YYYY-MM-DD)`);
      const quietSince = values['quiet-since'];
      if (quietSince !== undefined && !isIsoDate(quietSince)) throw new UsageError(`invalid --quiet-since: ${quietSince} (a date as YYYY-MM-DD)`);
      const key = loadKey({ keyFile: values['key-file'], allowDemoKey: false });
      // A real register's releases are checked against the one before; a folder without one
      // (a new folder per release) must not switch the check off unnoticed.
      if (previous === undefined && !isRelease(dataDir)) {
        throw new UsageError(`no release in ${dataDir}: name the one published before with --previous <dir>, or say --first-release`);
      }
      // Readers keep a published release's files: a first release over it would hand them
      // every revision the release check refuses.
      if (previous === null && isRelease(dataDir)) {
        throw new UsageError(
          `${dataDir} holds a release (disclosure-report.json), and --first-release says nothing of this register was published before: if that release was never published (a trial run), move it out of the folder or write into a new one; if it was, leave --first-release out`,
        );
      }
      // The municipality's districts and district groups (default: the demo profile's).
      const profile = await loadProfile(resolve(values.profile ?? DEFAULT_PROFILE), { refresh: values.refresh ?? false });
      const connection = await openDuckDB();
      const register = await readRegister(connection, registerDir);
      const { summary } = await anonymiseRegister(connection, register, {
        config: { ...config, updated },
        dataDir,
        progress,
        key,
        synthetic: false,
        previous,
        profile,
        ...(through === undefined ? {} : { through }),
        ...(values['revise-closed-years'] ? { reviseClosedYears: true } : {}),
        ...(quietSince === undefined ? {} : { quietSince }),
        today: localDate(new Date()),
      });
      process.stdout.write(summary);
      return 0;
    }
    case 'import-jsonstat': {
      expectArguments(command, rest, 2, '<in.json> <out.parquet>');
      const [input, output] = rest as [string, string];
      progress.step(`import ${input}`);
      const result = await importJsonStat(await openDuckDB(), resolve(input), resolve(output), config.updated);
      progress.done(`import ${input}`, `${result.rows} rows -> ${output}`);
      return 0;
    }
    case 'scale': {
      expectArguments(command, rest, 0, 'no positional arguments (use --rows <n>)');
      const rows = integerOption('rows', values.rows, 1_000_000, 1);
      const out = resolve(values.out ?? join(dataDir, 'bench', `case_events_${rows}.parquet`));
      progress.step(`scale: ${rows.toLocaleString('en')} rows`);
      const started = Date.now();
      const result = await writeScaledEvents(await openDuckDB(), out, rows, config);
      progress.done(`scale: ${rows.toLocaleString('en')} rows`, `${result.persons} persons, ${out}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command: ${command}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage =
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.SLT_DEBUG_STACK && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    if (usage) process.stderr.write('Run with --help for usage.\n');
    process.exit(usage ? 2 : 1);
  },
);
