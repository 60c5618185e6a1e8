#!/usr/bin/env node
// Main-thread work of a page load in headless Chromium (unthrottled), for comparing builds on a noisy machine:
// loads are interleaved across the builds (A, B, A, B, …) so that machine noise hits all of them alike, and the
// medians of Chromium's own counters (Performance.getMetrics: all tasks, script, layout, style) are printed.
//
//   node scripts/bench-mainthread.mjs [--runs=9] [--pages=guide] [--locales=ko,en] [--width=412] BUILD_DIR...
//   node scripts/bench-mainthread.mjs --charts BUILD_DIR...   # long tasks while the simulator's charts draw
//
// With --charts it opens /simulator at 1350 × 940, scrolls the charts into view and reports the longest
// main-thread task (Long Tasks API) between the scroll and both charts being drawn.
import path from 'node:path';
import {chromium} from 'playwright-core';
import {startStaticServer} from './lib/static-server.mjs';
import {CHROMIUM_FLAGS, CHROMIUM_PATH, median, parseArgs, printTable, selectPages} from './lib/build-files.mjs';

// Options take `=` (--runs=9); every other argument is a build directory.
const argv = process.argv.slice(2);
const args = parseArgs(argv.filter((arg) => arg.startsWith('--')));
const builds = argv.filter((arg) => !arg.startsWith('--')).map((dir) => path.resolve(dir));
if (builds.length === 0) builds.push(path.resolve(process.env.BUILD_DIR ?? 'build'));
const runs = Number(args.runs ?? 9);
const width = Number(args.width ?? 412);
// How long after load to keep counting (--settle=9000 also counts the print preparation done when idle after load).
const settleMs = Number(args.settle ?? 2500);

const servers = await Promise.all(builds.map((root) => startStaticServer({root})));
const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS});

/** Counters of one load, in ms. */
async function loadMetrics(url) {
  const context = await browser.newContext({viewport: {width, height: 823}});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForTimeout(settleMs); // hydration, idle-time work and lazy chunks settle
  const {metrics} = await cdp.send('Performance.getMetrics');
  await context.close();
  const value = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: value('TaskDuration'),
    script: value('ScriptDuration'),
    layout: value('LayoutDuration'),
    style: value('RecalcStyleDuration'),
  };
}

/** Longest task (ms) from scrolling the simulator's charts into view until both are drawn. */
async function chartTasks(origin) {
  const page = await browser.newPage({viewport: {width: 1350, height: 940}});
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({type: 'longtask', buffered: true});
  });
  await page.goto(`${origin}/simulator`, {waitUntil: 'networkidle'});
  await page.waitForTimeout(1000);
  const start = await page.evaluate(() => {
    document.querySelector('[data-testid="sim-charts"]')?.scrollIntoView();
    return performance.now();
  });
  await page.locator('[data-testid="sim-charts"] .recharts-wrapper').nth(1).waitFor({timeout: 30_000});
  await page.waitForTimeout(500);
  const tasks = (await page.evaluate(() => window.__longTasks)).filter(([at]) => at >= start);
  await page.close();
  return tasks.map(([, duration]) => duration).sort((a, b) => b - a);
}

const rows = [];
try {
  if (args.charts) {
    for (let b = 0; b < builds.length; b += 1) {
      const samples = [];
      for (let i = 0; i < runs; i += 1) samples.push(await chartTasks(servers[b].url));
      rows.push([
        builds[b],
        Math.round(median(samples.map((tasks) => tasks[0] ?? 0))),
        Math.round(median(samples.map((tasks) => tasks[1] ?? 0))),
      ]);
    }
    console.log(`\nLong tasks while the simulator's charts draw (1350 × 940, median of ${runs})`);
    printTable(['build', 'longest task ms', 'second task ms'], rows);
  } else {
    const pages = selectPages(builds[0], {pages: 'guide', ...args});
    for (const page of pages) {
      const samples = builds.map(() => []);
      for (let i = 0; i < runs; i += 1) {
        for (let b = 0; b < builds.length; b += 1) samples[b].push(await loadMetrics(servers[b].url + page.urlPath));
      }
      builds.forEach((build, b) => {
        const med = (key) => Math.round(median(samples[b].map((s) => s[key])));
        rows.push([`${page.locale} ${page.urlPath}`, build, med('task'), med('script'), med('layout'), med('style')]);
      });
    }
    console.log(`\nMain-thread work per load, unthrottled, ${width} px wide, median of ${runs} interleaved loads`);
    printTable(['page', 'build', 'all tasks ms', 'script ms', 'layout ms', 'style ms'], rows);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
