#!/usr/bin/env node
// Prints guide pages of a production build to PDF the way a reader's browser does (print media, the
// beforeprint/afterprint events around it), in both locales from a light and a dark screen, and writes PNGs of
// chosen pages for looking at by eye. Prints each PDF's page count (pdfinfo) and whether Mermaid source leaked
// into the text (pdftotext). Needs poppler-utils (pdftotext, pdfinfo, pdftoppm).
//
//   node scripts/print-pdf.mjs [--dir build] [--out screenshots/print] [--pages=1,2] [--query='?tb=25'] [PATH...]
//
// Writes <out>/<locale>_<name>_<mode>.pdf and <out>/<locale>_<name>_<mode>-<page>.png (gitignored).
import {execFileSync} from 'node:child_process';
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {startStaticServer} from './lib/static-server.mjs';
import {CHROMIUM_FLAGS, CHROMIUM_PATH, parseArgs} from './lib/build-files.mjs';

const argv = process.argv.slice(2);
const args = parseArgs(argv.filter((arg) => arg.startsWith('--')));
const paths = argv.filter((arg) => !arg.startsWith('--'));
if (paths.length === 0) paths.push('/docs/east-west-traffic');
const buildDir = path.resolve(args.dir ?? process.env.BUILD_DIR ?? 'build');
const outDir = path.resolve(args.out ?? 'screenshots/print');
const pngPages = String(args.pages ?? '1')
  .split(',')
  .map(Number);
const query = args.query ?? '?tb=25';
mkdirSync(outDir, {recursive: true});

const server = await startStaticServer({root: buildDir});
const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS});
try {
  for (const sitePath of paths) {
    for (const locale of ['ko', 'en']) {
      for (const mode of ['light', 'dark']) {
        const context = await browser.newContext({viewport: {width: 1280, height: 800}, colorScheme: mode});
        await context.addInitScript((m) => localStorage.setItem('theme', m), mode);
        const page = await context.newPage();
        const url = `${server.url}${locale === 'en' ? '/en' : ''}${sitePath}${query}`;
        await page.goto(url, {waitUntil: 'networkidle'});
        // The diagrams' print copies are drawn once the page is idle after load (a build without them: a fixed wait).
        await page
          .waitForFunction(
            () => {
              const boxes = [...document.querySelectorAll('[data-mermaid-print-copy]')];
              return boxes.length > 0 && boxes.every((box) => box.dataset.state === 'done');
            },
            null,
            {timeout: 40_000},
          )
          .catch(() => page.waitForTimeout(6000));
        const states = await page.evaluate(() =>
          [...document.querySelectorAll('[data-mermaid-print-copy]')].map((b) => b.dataset.state ?? 'none').join(','),
        );
        await page.emulateMedia({media: 'print'});
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        const name = `${locale}_${sitePath.replace(/\W+/g, '-').replace(/^-|-$/g, '')}_${mode}`;
        const pdf = path.join(outDir, `${name}.pdf`);
        await page.pdf({path: pdf, format: 'A4', printBackground: true});
        await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
        await context.close();
        const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], {encoding: 'utf8'}))?.[1];
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], {encoding: 'utf8'});
        const leaked = ['graph LR', 'graph TB', 'flowchart', 'subgraph'].filter((s) => text.includes(s));
        console.log(
          `${name}: ${pages} pages (print copies: ${states})${leaked.length ? `, Mermaid source in text: ${leaked.join(', ')}` : ''}`,
        );
        for (const n of pngPages) {
          execFileSync('pdftoppm', [
            '-png',
            '-r',
            String(args.dpi ?? 60),
            '-f',
            String(n),
            '-l',
            String(n),
            '-singlefile',
            pdf,
            path.join(outDir, `${name}-${n}`),
          ]);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
