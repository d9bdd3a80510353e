// Turns cold-load samples into the benchmark's figures and its printed tables.
import { KINDS, kindOf } from './cold-load.mjs';
import { formatBytes, formatMs, formatRatio, summarise, table } from './stats.mjs';

/** Bytes fetched (by the page and its workers) that had arrived by `time`, per kind. */
export function bytesBefore(resources, time) {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, { transfer: 0, encoded: 0, decoded: 0, requests: 0 }]));
  for (const resource of resources) {
    if (resource.responseEnd > time) continue;
    const sum = byKind[kindOf(resource)];
    sum.transfer += resource.transferSize;
    sum.encoded += resource.encodedBodySize;
    sum.decoded += resource.decodedBodySize;
    sum.requests += 1;
  }
  return byKind;
}

/** The figures for one profile from its baseline and demo loads. */
export function profileFigures(profile, baselineLoads, demoLoads) {
  const times = (loads, pick) => summarise(loads.map(pick));
  const baseline = { firstPaint: times(baselineLoads, (load) => load.marks['first-contentful-paint']) };
  const demo = {
    firstPaint: times(demoLoads, (load) => load.marks['first-contentful-paint']),
    wasmRequested: times(demoLoads, (load) => wasmOf(load).startTime),
    wasmFetched: times(demoLoads, (load) => wasmOf(load).responseEnd),
    duckdbReady: times(demoLoads, (load) => load.marks['slt:duckdb-ready']),
    firstChart: times(demoLoads, (load) => load.marks['slt:first-chart']),
    // Positive when the first chart came after DuckDB was ready (and may have waited for it).
    chartAfterDuckDB: times(demoLoads, (load) => load.marks['slt:first-chart'] - load.marks['slt:duckdb-ready']),
  };
  const base = baseline.firstPaint.median;
  const ratios = {
    firstChart: demo.firstChart.median / base,
    duckdbReady: demo.duckdbReady.median / base,
  };
  const demoBytes = demoLoads.map((load) => bytesBefore(load.resources, load.marks['slt:first-chart']));
  const baselineBytes = baselineLoads.map((load) => bytesBefore(load.resources, load.marks['first-contentful-paint']));
  return {
    profile: profile.name,
    description: profile.description,
    network: profile.network ?? null,
    runs: { baseline: baselineLoads.length, demo: demoLoads.length },
    baseline: { ...baseline, bytesBeforeFirstPaint: medianBytes(baselineBytes) },
    demo: { ...demo, bytesBeforeFirstChart: medianBytes(demoBytes) },
    ratios,
  };
}

/** The one DuckDB wasm a page loads (fetched by the worker). */
function wasmOf(load) {
  const wasm = load.resources.filter((resource) => kindOf(resource) === 'wasm');
  if (wasm.length !== 1) throw new Error(`expected the page to fetch one DuckDB wasm, it fetched ${wasm.length}`);
  return wasm[0];
}

/** Per kind and field, the median over runs (the bytes hardly vary; a late wasm would show). */
function medianBytes(runs) {
  const fields = ['transfer', 'encoded', 'decoded', 'requests'];
  const result = {};
  for (const kind of [...KINDS, 'total']) {
    const pick = (run, field) => (kind === 'total' ? KINDS.reduce((sum, k) => sum + run[k][field], 0) : run[kind][field]);
    result[kind] = Object.fromEntries(fields.map((field) => [field, summarise(runs.map((run) => pick(run, field))).median]));
  }
  return result;
}

export function printProfile(figures) {
  const { baseline, demo, ratios } = figures;
  const row = (label, summary, ratio = '') => [label, formatMs(summary.median), formatMs(summary.min), formatMs(summary.max), ratio];
  const base = baseline.firstPaint.median;
  const info = (summary) => `(${formatRatio(summary.median / base)})`;
  console.log(`\n== ${figures.profile}: ${figures.description}; cold loads: ${figures.runs.demo} demo, ${figures.runs.baseline} baseline ==\n`);
  console.log(
    table(
      ['from navigation start to', 'median', 'min', 'max', 'vs baseline'],
      [
        row('baseline: static SVG painted (FCP)', baseline.firstPaint, formatRatio(1)),
        row('demo: first contentful paint', demo.firstPaint, info(demo.firstPaint)),
        row('demo: DuckDB wasm requested', demo.wasmRequested, info(demo.wasmRequested)),
        row('demo: DuckDB wasm downloaded', demo.wasmFetched, info(demo.wasmFetched)),
        row('demo: DuckDB ready (mark)', demo.duckdbReady, formatRatio(ratios.duckdbReady)),
        row('demo: first chart (mark)', demo.firstChart, formatRatio(ratios.firstChart)),
      ],
    ),
  );
  const gap = demo.chartAfterDuckDB;
  const chartFirst = gap.samples.filter((ms) => ms < 0).length;
  console.log(
    `\nFirst chart before DuckDB ready in ${chartFirst} of ${gap.samples.length} loads; first chart minus DuckDB ready: ` +
      `median ${formatMs(gap.median)} (min ${formatMs(gap.min)}, max ${formatMs(gap.max)}).`,
  );
  const bytes = demo.bytesBeforeFirstChart;
  console.log('\n' + table(
    ['fetched before first chart', 'transferred', 'decoded', 'requests'],
    [...KINDS, 'total']
      .filter((kind) => bytes[kind].requests > 0 || kind === 'total')
      .map((kind) => [kind, formatBytes(bytes[kind].transfer), formatBytes(bytes[kind].decoded), bytes[kind].requests]),
  ));
  const baselineBytes = baseline.bytesBeforeFirstPaint.total;
  console.log(`(baseline page: ${formatBytes(baselineBytes.transfer)} in ${baselineBytes.requests} request${baselineBytes.requests === 1 ? '' : 's'})`);
}
