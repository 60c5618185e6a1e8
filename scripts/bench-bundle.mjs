#!/usr/bin/env node
// JavaScript per page of a production build: what a page loads before any interaction (its initial JS), what
// arrives later once the reader scrolls to the end (e.g. mermaid), and the largest chunks of the build.
// Sizes are gzip level 9 of the files on disk.
//
//   BUILD_DIR=/tmp/build-x node scripts/bench-bundle.mjs [--pages=home,guide,simulator|/docs/x] [--locales=ko,en]
import fs from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {startStaticServer} from './lib/static-server.mjs';
import {CHROMIUM_FLAGS, CHROMIUM_PATH, fileSizes, kb, parseArgs, printTable, selectPages} from './lib/build-files.mjs';

const args = parseArgs(process.argv.slice(2));
const buildDir = path.resolve(process.env.BUILD_DIR ?? args.build ?? 'build');
if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
  console.error(`No build in ${buildDir}: run \`npm run build\` or set BUILD_DIR.`);
  process.exit(1);
}

/** A chunk that is mostly mermaid: worth naming, since keeping it off the initial load is a budget. */
function isMermaidChunk(urlPath) {
  const file = path.join(buildDir, urlPath);
  if (!fs.existsSync(file)) return false;
  const text = fs.readFileSync(file, 'utf8');
  // `securityLevel` is a mermaid config key that only mermaid's own modules mention.
  return text.includes('securityLevel') || (text.match(/mermaid/gi)?.length ?? 0) > 20;
}

const pages = selectPages(buildDir, args);
const server = await startStaticServer({root: buildDir});
const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS});
const rows = [];
const initialEverywhere = new Set();
try {
  for (const page of pages) {
    const context = await browser.newContext({viewport: {width: 412, height: 823}});
    const tab = await context.newPage();
    const scripts = [];
    tab.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === server.url && url.pathname.endsWith('.js')) scripts.push(url.pathname);
    });
    await tab.goto(server.url + page.urlPath, {waitUntil: 'load'});
    await tab.waitForLoadState('networkidle');
    const initial = [...new Set(scripts)];
    // Walk down the page as a reader would, so lazy pieces (diagrams, charts) load.
    await tab.evaluate(async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
    });
    await tab.waitForLoadState('networkidle');
    await tab.waitForTimeout(500);
    const later = [...new Set(scripts)].filter((s) => !initial.includes(s));
    await context.close();

    const gz = (list) => list.reduce((sum, s) => sum + (fileSizes(buildDir, s)?.gzip ?? 0), 0);
    const raw = (list) => list.reduce((sum, s) => sum + (fileSizes(buildDir, s)?.raw ?? 0), 0);
    initial.forEach((s) => initialEverywhere.add(s));
    rows.push({
      ...page,
      initial,
      later,
      initialGzip: gz(initial),
      initialRaw: raw(initial),
      laterGzip: gz(later),
      mermaidInitial: initial.some(isMermaidChunk),
      mermaidLater: later.some(isMermaidChunk),
    });
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nJavaScript per page (gzip -9 of the built files), ${buildDir}`);
printTable(
  ['page', 'initial files', 'initial KB gz', 'initial KB raw', 'after scroll KB gz', 'mermaid'],
  rows.map((r) => [
    `${r.locale} ${r.urlPath}`,
    r.initial.length,
    kb(r.initialGzip),
    kb(r.initialRaw),
    kb(r.laterGzip),
    r.mermaidInitial ? 'INITIAL' : r.mermaidLater ? 'lazy' : '–',
  ]),
);

const jsDir = path.join(buildDir, 'assets', 'js');
const chunks = fs
  .readdirSync(jsDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => {
    const urlPath = `/assets/js/${f}`;
    return {urlPath, ...fileSizes(buildDir, urlPath)};
  })
  .sort((a, b) => b.gzip - a.gzip);
const total = chunks.reduce((sum, c) => sum + c.gzip, 0);
console.log(`\nLargest chunks (of ${chunks.length}, ${kb(total)} KB gz in all)`);
printTable(
  ['chunk', 'KB gz', 'KB raw', 'note'],
  chunks
    .slice(0, Number(args.top ?? 12))
    .map((c) => [
      path.basename(c.urlPath),
      kb(c.gzip),
      kb(c.raw),
      [initialEverywhere.has(c.urlPath) ? 'initial' : '', isMermaidChunk(c.urlPath) ? 'mermaid' : '']
        .filter(Boolean)
        .join(', '),
    ]),
);

fs.mkdirSync('bench-results', {recursive: true});
const out = path.join('bench-results', `bundle-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(out, JSON.stringify({buildDir, pages: rows, chunks}, null, 2));
console.log(`\nwrote ${out}`);
