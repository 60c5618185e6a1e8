#!/usr/bin/env node
// Lighthouse 12.2.3 against a production build served compressed (brotli, see scripts/lib/static-server.mjs),
// mobile and desktop, median of N runs, for the home page, the guide and the simulator in both locales.
// Prints a table and writes the raw figures to bench-results/lighthouse-<timestamp>.json.
//
//   node scripts/bench-lighthouse.mjs [--runs=3] [--pages=home,guide,simulator|/docs/x] [--locales=ko,en]
//                                     [--forms=mobile,desktop] [--max-load=1.5] [BUILD_DIR ...]
//
// The build is BUILD_DIR (or ./build). Given several build directories, it compares them: their runs are
// interleaved (A, B, A, B, …) so that the machine's ups and downs hit every build alike. Options take `=`.
// --max-load waits for a quiet machine before each run.
//
// Runs are sequential (one Chromium at a time) so they do not steal CPU from each other. Other work on the
// machine (builds) still skews TBT: compare medians taken under similar load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import {startStaticServer} from './lib/static-server.mjs';
import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  fileSizes,
  kb,
  median,
  parseArgs,
  printTable,
  selectPages,
} from './lib/build-files.mjs';

const argv = process.argv.slice(2);
const args = parseArgs(argv.filter((arg) => arg.startsWith('--')));
const builds = argv.filter((arg) => !arg.startsWith('--')).map((dir) => path.resolve(dir));
if (builds.length === 0) builds.push(path.resolve(process.env.BUILD_DIR ?? args.build ?? 'build'));
const [buildDir] = builds;
const runs = Number(args.runs ?? 3);
const forms = String(args.forms ?? 'mobile,desktop')
  .split(',')
  .filter(Boolean);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

for (const dir of builds) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`No build in ${dir}: run \`npm run build\` or set BUILD_DIR.`);
    process.exit(1);
  }
}

/** JS the page fetched during the Lighthouse run (it does not scroll, so this is the initial JS). */
function initialJs(lhr, origin, dir) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  let gzip = 0;
  let transfer = 0;
  const files = [];
  for (const item of items) {
    if (item.resourceType !== 'Script' || !item.url.startsWith(origin)) continue;
    const urlPath = new URL(item.url).pathname;
    const sizes = fileSizes(dir, urlPath);
    gzip += sizes?.gzip ?? 0;
    transfer += item.transferSize ?? 0;
    files.push(urlPath);
  }
  return {gzip, transfer, files};
}

function summarize(lhr, origin, dir) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const failing = [];
  const offenders = {};
  for (const id of categories) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative') {
        failing.push(`${id}:${ref.id}`);
        if (id !== 'performance') {
          const nodes = (a.details?.items ?? []).map((item) => item.node?.snippet ?? item.url).filter(Boolean);
          offenders[ref.id] = nodes.slice(0, 5);
        }
      }
    }
  }
  return {
    scores: Object.fromEntries(
      categories.map((id) => {
        const score = lhr.categories[id]?.score;
        return [id, typeof score === 'number' ? Math.round(score * 100) : null];
      }),
    ),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    totalBytes: audit('total-byte-weight'),
    initialJs: initialJs(lhr, origin, dir),
    failing,
    offenders,
    runtimeError: lhr.runtimeError?.message ?? null,
  };
}

/** On a shared machine, wait (up to 3 min) for the 1-minute load average to drop below `--max-load`. */
async function waitForQuiet() {
  const maxLoad = Number(args['max-load'] ?? Infinity);
  const deadline = Date.now() + 180_000;
  while (os.loadavg()[0] >= maxLoad && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  return os.loadavg()[0];
}

async function runOnce(url, form) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
  }); // chrome-launcher creates a fresh temporary --user-data-dir per launch
  try {
    const flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      // The full-page screenshot resizes the viewport to the page height, which would wake lazy content.
      disableFullPageScreenshot: true,
    };
    const result = await lighthouse(url, flags, form === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

const pages = selectPages(buildDir, args);
const servers = await Promise.all(builds.map((root) => startStaticServer({root})));
const results = [];
try {
  // Rounds over every page, form and build (round 1: home A, home B, guide A, guide B, …; round 2: …), so
  // that the machine's ups and downs hit every page and build alike and ratios between pages hold.
  const samples = new Map();
  const key = (page, form, b) => `${page.locale} ${page.urlPath} ${form} ${b}`;
  for (let i = 0; i < runs; i += 1) {
    for (const page of pages) {
      for (const form of forms) {
        for (let b = 0; b < builds.length; b += 1) {
          const url = servers[b].url + page.urlPath;
          const load = await waitForQuiet();
          let lhr = await runOnce(url, form);
          // A run that failed (runtime error, or no performance score, e.g. NO_LCP on an overloaded machine):
          // retry it once, then keep it out of the medians rather than let a zero pass for a measurement.
          const failed = (result) => Boolean(result.runtimeError) || result.categories.performance?.score == null;
          if (failed(lhr)) lhr = await runOnce(url, form);
          const sample = {
            ...summarize(lhr, servers[b].url, builds[b]),
            loadAverage: Number(load.toFixed(2)),
            failed: failed(lhr),
          };
          const list = samples.get(key(page, form, b)) ?? [];
          list.push(sample);
          samples.set(key(page, form, b), list);
          process.stderr.write(
            `${page.locale} ${page.urlPath} ${form}${builds.length > 1 ? ` ${builds[b]}` : ''} run ${i + 1}/${runs}: ` +
              `perf ${sample.scores.performance ?? 'FAILED'} TBT ${Math.round(sample.tbtMs ?? 0)} ms ` +
              `(load ${sample.loadAverage})${sample.runtimeError ? ` ERROR ${sample.runtimeError}` : ''}\n`,
          );
        }
      }
    }
  }
  for (const page of pages) {
    for (const form of forms) {
      builds.forEach((build, b) => {
        const pageSamples = samples.get(key(page, form, b)) ?? [];
        const valid = pageSamples.filter((sample) => !sample.failed);
        const med = (pick) => median(valid.map(pick));
        results.push({
          ...page,
          build,
          form,
          runs,
          failedRuns: pageSamples.length - valid.length,
          median: {
            performance: med((s) => s.scores.performance),
            accessibility: med((s) => s.scores.accessibility),
            bestPractices: med((s) => s.scores['best-practices']),
            seo: med((s) => s.scores.seo),
            lcpMs: med((s) => s.lcpMs),
            tbtMs: med((s) => s.tbtMs),
            cls: med((s) => s.cls),
            totalBytes: med((s) => s.totalBytes),
            initialJsGzip: med((s) => s.initialJs.gzip),
            initialJsTransfer: med((s) => s.initialJs.transfer),
          },
          failing: [...new Set(pageSamples.flatMap((s) => s.failing))],
          initialJsFiles: pageSamples[0]?.initialJs.files ?? [],
          samples: pageSamples,
        });
      });
    }
  }
} finally {
  await Promise.all(servers.map((server) => server.close()));
}

const compared = builds.length > 1;
console.log(
  `\nLighthouse 12.2.3, median of ${runs}${compared ? ' interleaved' : ''}, ` +
    `${builds.join(' vs ')} served with brotli on 127.0.0.1`,
);
printTable(
  [
    'page',
    ...(compared ? ['build'] : []),
    'form',
    'perf',
    'a11y',
    'bp',
    'seo',
    'LCP',
    'TBT',
    'CLS',
    'total KB',
    'init JS KB gz',
  ],
  results.map((r) => [
    `${r.locale} ${r.urlPath}`,
    ...(compared ? [r.build] : []),
    r.form,
    r.median.performance,
    r.median.accessibility,
    r.median.bestPractices,
    r.median.seo,
    `${Math.round(r.median.lcpMs ?? 0)} ms`,
    `${Math.round(r.median.tbtMs ?? 0)} ms`,
    (r.median.cls ?? 0).toFixed(3),
    kb(r.median.totalBytes),
    kb(r.median.initialJsGzip),
  ]),
);
// Budgets are relative to the home page (the framework's own floor) measured in the same run: score
// difference and TBT ratio of every page to the home page of its locale, build and form.
const homeOf = (r) =>
  results.find((h) => h.name === 'home' && h.locale === r.locale && h.build === r.build && h.form === r.form);
const relative = results.filter((r) => r.name !== 'home' && homeOf(r));
if (relative.length > 0) {
  console.log('\nAgainst the home page of the same locale, build and form (same run):');
  printTable(
    ['page', ...(compared ? ['build'] : []), 'form', 'perf − home', 'TBT ÷ home', 'home perf', 'home TBT'],
    relative.map((r) => {
      const home = homeOf(r);
      const diff =
        r.median.performance != null && home.median.performance != null
          ? r.median.performance - home.median.performance
          : null;
      const ratio = home.median.tbtMs ? r.median.tbtMs / home.median.tbtMs : null;
      return [
        `${r.locale} ${r.urlPath}`,
        ...(compared ? [r.build] : []),
        r.form,
        diff === null ? '–' : `${diff >= 0 ? '+' : ''}${diff}`,
        ratio === null ? '–' : `${ratio.toFixed(2)}×`,
        home.median.performance,
        `${Math.round(home.median.tbtMs ?? 0)} ms`,
      ];
    }),
  );
}
for (const r of results) {
  const label = `${r.locale} ${r.urlPath}${compared ? ` ${r.build}` : ''} ${r.form}`;
  if (r.failing.length) console.log(`  ${label} flagged: ${r.failing.join(', ')}`);
  for (const [audit, nodes] of Object.entries(r.samples[0]?.offenders ?? {})) {
    for (const node of nodes) console.log(`      ${audit}: ${String(node).slice(0, 160)}`);
  }
}

fs.mkdirSync('bench-results', {recursive: true});
const out = path.join('bench-results', `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(out, JSON.stringify({builds, runs, forms, results}, null, 2));
console.log(`\nwrote ${out}`);
