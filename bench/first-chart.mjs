#!/usr/bin/env node
// First-chart benchmark: how long the demo page (demo/trends.html, two <slt-trend>) takes
// from navigation start to DuckDB ready and to its first chart, loaded cold in headless
// Chromium, and how many bytes it fetched before that chart. Times are reported as
// ratios to a static page with the same charts as inline SVG (demo/baseline.html),
// measured in the same run; absolute ms are for information. See BENCHMARKS.md.
//
//   node bench/first-chart.mjs [--runs N] [--profile loopback|mobile|all] [--cpu-rate N] [--json]
//
// `npm run bench` builds the bundle first; run alone, this measures whatever is in
// packages/widgets/dist.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/chromium.mjs';
import { createDemoServer } from '../scripts/serve.mjs';
import { coldLoad } from './lib/cold-load.mjs';
import { PROFILE_NAMES, PROFILES } from './lib/profiles.mjs';
import { printProfile, profileFigures } from './lib/report.mjs';

const BASELINE_LOADS_PER_RUN = 3;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const options = readOptions();

if (!existsSync(join(root, 'packages', 'widgets', 'dist', 'slt-widgets.js'))) {
  fail('no bundle in packages/widgets/dist: run `node scripts/build.mjs --quiet` (or `npm run bench`)');
}

const server = createDemoServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const results = [];
try {
  for (const profile of PROFILES.filter((p) => options.profiles.includes(p.name))) {
    const load = (page, until) => coldLoad(browser, `${origin}/${page}`, { until, network: profile.network, cpuRate: options.cpuRate });
    const loadBaseline = () => load('baseline.html', ['first-contentful-paint']);
    const loadDemo = async () => {
      const result = await load('trends.html', ['slt:first-chart', 'slt:duckdb-ready']);
      if (result.duckdbStarts !== 1) fail(`expected one new DuckDB per load, the page started ${result.duckdbStarts}`);
      const wasm = result.resources.filter((resource) => resource.url.endsWith('.wasm'));
      if (wasm.length !== 1) {
        fail(`expected the page to fetch one DuckDB wasm, it fetched ${wasm.length}; workers: ${result.workers.join(', ') || 'none'}; ` +
          `resources: ${result.resources.map((r) => r.url).join(', ')}`);
      }
      return result;
    };
    // The first loads in a fresh browser pay for its own warm-up; they are not counted.
    progress(`${profile.name}: warm-up`);
    await loadBaseline();
    await loadDemo();
    const baselineLoads = [];
    const demoLoads = [];
    // Alternate the pages so that drift in the machine's speed hits both alike. The
    // baseline is loaded more often: it is cheap, and its first paint (the denominator of
    // every ratio) varies by tens of ms from load to load.
    for (let run = 1; run <= options.runs; run += 1) {
      progress(`${profile.name}: run ${run}/${options.runs}`);
      for (let i = 0; i < BASELINE_LOADS_PER_RUN; i += 1) baselineLoads.push(await loadBaseline());
      demoLoads.push(await loadDemo());
    }
    results.push(profileFigures(profile, baselineLoads, demoLoads));
  }
} finally {
  await browser.close();
  server.close();
}

// Other work on the machine (a test run in the same checkout) slows both pages; the load
// average says how busy it was, and the ratios to the baseline partly cancel it out.
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
  chromium: browser.version(),
};
if (options.json) {
  console.log(JSON.stringify({ date: new Date().toISOString(), machine, cpuRate: options.cpuRate, profiles: results }, null, 2));
} else {
  console.log(`First-chart benchmark, ${new Date().toISOString().slice(0, 10)}: Chromium ${machine.chromium}, ` +
    `${machine.cpus} cores (${machine.cpuModel}), load average ${machine.loadAverage.join(' ')}${options.cpuRate === 1 ? '' : `, CPU throttled ${options.cpuRate}x`}`);
  results.forEach(printProfile);
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      profile: { type: 'string', default: 'all' },
      'cpu-rate': { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail(`invalid --runs: ${values.runs} (a whole number, 1 or more)`);
  const cpuRate = Number(values['cpu-rate']);
  if (!(cpuRate >= 1)) fail(`invalid --cpu-rate: ${values['cpu-rate']} (1 = no throttling, 4 = four times slower)`);
  if (values.profile !== 'all' && !PROFILE_NAMES.includes(values.profile)) {
    fail(`invalid --profile: ${values.profile} (one of ${[...PROFILE_NAMES, 'all'].join(', ')})`);
  }
  const profiles = values.profile === 'all' ? PROFILE_NAMES : [values.profile];
  return { runs, profiles, cpuRate, json: values.json };
}

/** Progress goes to stderr so that --json output stays clean. */
function progress(message) {
  process.stderr.write(`${message}\n`);
}

function fail(message) {
  console.error(`bench/first-chart: ${message}`);
  process.exit(1);
}
