#!/usr/bin/env -S npx tsx
import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, type RunConfig } from './config.ts';
import { generateAll } from './generate.ts';
import { loadKey } from './pseudonym.ts';
import { openDuckDB } from './parquet.ts';
import { consoleProgress } from './progress.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const HELP = `slt-pipeline: synthetic source data, anonymisation, disclosure control and indicators as Parquet

Usage: npx tsx packages/pipeline/src/cli.ts <command> [options]

Commands:
  generate                  Regenerate everything in data/ from the seed
  help                      Show this help

Options:
  --data-dir <dir>          Where data/ is (default: the repository's data/)
  --seed <n>                Seed of every random draw (default ${DEFAULT_CONFIG.seed})
  --k <n>                   Minimum count shown in public files (default ${DEFAULT_CONFIG.k})
  -h, --help                Show this help
`;

class UsageError extends Error {}

function integerOption(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new UsageError(`invalid --${name}: ${value} (an integer >= ${min})`);
  return number;
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
  const progress = consoleProgress();
  switch (command) {
    case 'generate': {
      if (rest.length > 0) throw new UsageError(`generate takes no arguments, got: ${rest.join(' ')}`);
      const key = loadKey({ keyFile: values['key-file'], allowDemoKey: true });
      if (key.origin === 'demo') {
        process.stderr.write(`note: no ${'SLT_PSEUDONYM_KEY'} or --key-file; using the public demo key (synthetic register only)\n`);
      }
      const connection = await openDuckDB();
      const { summary } = await generateAll(connection, { config, dataDir, progress, key });
      process.stdout.write(summary);
      return 0;
    }
    default:
      throw new UsageError(`unknown command: ${command}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`error: ${error.message}\nRun with --help for usage.\n`);
      process.exit(2);
    }
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
