#!/usr/bin/env node
// Time `docusaurus build` (both locales) into a temporary directory, N runs, and print the median.
//
//   node scripts/bench-build.mjs [--runs=3]          # the configured bundler (Rspack via @docusaurus/faster)
//   DOCUSAURUS_FASTER=0 node scripts/bench-build.mjs  # the same build with webpack, for comparison
//
// Caches under node_modules/.cache stay as they are (this never clears them), so after the first run the
// figures are warm-cache builds; the first run says whether it found a cache.
// On a shared machine wrap it in the build lock: flock /tmp/ew-build.lock node scripts/bench-build.mjs
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {median, parseArgs, printTable} from './lib/build-files.mjs';

const args = parseArgs(process.argv.slice(2));
const runs = Number(args.runs ?? 3);
const bundler = process.env.DOCUSAURUS_FASTER === '0' ? 'webpack' : 'rspack (faster)';
const hadCache = fs.existsSync(path.join('node_modules', '.cache'));

const times = [];
for (let i = 0; i < runs; i += 1) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ew-bench-build-'));
  const started = process.hrtime.bigint();
  const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: process.env,
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.rmSync(outDir, {recursive: true, force: true});
  if (result.status !== 0) {
    console.error(result.stderr);
    console.error(`build failed (exit ${result.status})`);
    process.exit(1);
  }
  times.push(seconds);
  process.stderr.write(`run ${i + 1}/${runs}: ${seconds.toFixed(1)} s\n`);
}

console.log(`\ndocusaurus build, locales ko + en, ${bundler}, ${os.cpus().length} CPUs`);
printTable(
  ['runs', 'median s', 'min s', 'max s', 'cache before run 1'],
  [
    [
      runs,
      median(times).toFixed(1),
      Math.min(...times).toFixed(1),
      Math.max(...times).toFixed(1),
      hadCache ? 'yes' : 'no',
    ],
  ],
);

fs.mkdirSync('bench-results', {recursive: true});
const out = path.join('bench-results', `build-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(out, JSON.stringify({bundler, runs, times, hadCache}, null, 2));
console.log(`\nwrote ${out}`);
