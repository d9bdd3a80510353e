#!/usr/bin/env node
// The README's commands land here. On a fresh machine with only Node and npm this
// installs what the task needs (pnpm through npx, the workspace's packages, Debian's
// Chromium for browser work), then runs the task. Nothing is to be installed by hand.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmSpec = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
export const CHROMIUM = '/usr/bin/chromium';

const tasks = {
  start: { browser: false, steps: [['node', 'scripts/build.mjs'], ['node', 'scripts/serve.mjs']] },
  test: { browser: true, steps: [['node', 'scripts/build.mjs', '--quiet'], ['node', 'scripts/test.mjs']] },
  bench: { browser: true, steps: [['node', 'scripts/build.mjs', '--quiet'], ['node', 'bench/first-chart.mjs']] },
  storybook: { browser: false, steps: [['pnpm', 'exec', 'storybook', 'dev', '-p', process.env.PORT ?? '6006', '--no-open']] },
  internal: { browser: false, steps: [['node', 'scripts/build.mjs'], ['node', 'scripts/serve-internal.mjs']] },
  typecheck: { browser: false, steps: [['pnpm', 'exec', 'tsc', '-p', '.']] },
  // Regenerates everything in data/ from the seed (npm run data -- --help for the options).
  data: { browser: false, steps: [['packages/pipeline/node_modules/.bin/tsx', 'packages/pipeline/src/cli.ts', 'generate']] },
};

function run(command, args, options = {}) {
  const [bin, prefix] = command === 'pnpm' ? ['npx', ['-y', pnpmSpec]] : [command, []];
  const result = spawnSync(bin, [...prefix, ...args], { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Installs the workspace when node_modules is missing or older than the lockfile. */
function ensureDependencies() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lockfile = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockfile).mtimeMs) return;
  console.log(`Installing dependencies with ${pnpmSpec} ...`);
  const status = run('pnpm', ['install', '--frozen-lockfile'], {
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (status !== 0) process.exit(status);
}

/** Browser tests use Debian's Chromium; no tool is allowed to download its own. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log('Installing Debian\'s Chromium (apt-get) ...');
  const asRoot = process.getuid?.() === 0;
  const apt = (...args) => run(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['apt-get', ...args], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (apt('update', '-qq') !== 0 || apt('install', '-y', '-qq', 'chromium') !== 0 || !existsSync(CHROMIUM)) {
    console.error(`Could not install Chromium at ${CHROMIUM}. Install Debian's "chromium" package and try again.`);
    process.exit(1);
  }
}

const name = process.argv[2];
const task = tasks[name];
if (!task) {
  console.error(`Unknown task "${name}". Tasks: ${Object.keys(tasks).join(', ')}`);
  process.exit(2);
}
ensureDependencies();
if (task.browser) ensureChromium();
// Extra arguments (npm test -- --project engine) go to the task's last step.
for (const [index, [command, ...args]] of task.steps.entries()) {
  const extra = index === task.steps.length - 1 ? process.argv.slice(3) : [];
  const status = run(command, [...args, ...extra]);
  if (status !== 0) process.exit(status);
}
