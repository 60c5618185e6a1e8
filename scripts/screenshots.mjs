#!/usr/bin/env node
// Screenshots pages of a production build in both locales × light/dark × desktop (1280) / phone (375),
// for looking at the layout by eye. Writes screenshots/<locale>_<page>_<mode>_<device>.png (gitignored).
//
//   node scripts/screenshots.mjs                          # serves ./build, shoots / and /docs/east-west-traffic
//   node scripts/screenshots.mjs --dir /tmp/b /simulator  # another build dir, other paths (Korean paths; /en added)
//   node scripts/screenshots.mjs --base-url http://127.0.0.1:3000 --full /
//
// --full captures the whole page instead of the first screen.
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './lib/chromium.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  if (index === -1) return undefined;
  const [value] = args.splice(index, 2).slice(1);
  return value;
};
const flag = (name) => {
  const index = args.indexOf(name);
  if (index !== -1) args.splice(index, 1);
  return index !== -1;
};

const givenBaseUrl = option('--base-url');
const buildDir = path.resolve(option('--dir') ?? process.env.BUILD_DIR ?? 'build');
const outDir = path.resolve(option('--out') ?? 'screenshots');
const fullPage = flag('--full');
const paths = args.length > 0 ? args : ['/', '/docs/east-west-traffic'];

const locales = [
  {id: 'ko', prefix: ''},
  {id: 'en', prefix: '/en'},
];
const modes = ['light', 'dark'];
const devices = [
  {id: 'desktop', viewport: {width: 1280, height: 800}},
  {id: 'phone', viewport: {width: 375, height: 740}, isMobile: true, hasTouch: true, deviceScaleFactor: 2},
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function serveBuild() {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(`No build in ${buildDir}: run \`npm run build\` or pass --dir / --base-url.`);
  }
  const port = await freePort();
  const bin = path.resolve('node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--dir', buildDir, '--host', '127.0.0.1', '--port', String(port), '--no-open'],
    {detached: true, stdio: 'ignore'},
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 240; tries++) {
    try {
      if ((await fetch(`${baseUrl}/`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  return {baseUrl, stop};
}

const slug = (sitePath) => sitePath.replace(/^\/+|\/+$/g, '').replace(/[^a-zA-Z0-9-]+/g, '-') || 'home';

const server = givenBaseUrl ? {baseUrl: givenBaseUrl.replace(/\/+$/, ''), stop: () => {}} : await serveBuild();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});
mkdirSync(outDir, {recursive: true});
let failures = 0;
try {
  for (const sitePath of paths) {
    for (const locale of locales) {
      for (const mode of modes) {
        for (const device of devices) {
          const {id: deviceId, ...contextOptions} = device;
          const context = await browser.newContext({...contextOptions, colorScheme: mode});
          await context.addInitScript((m) => window.localStorage.setItem('theme', m), mode);
          const page = await context.newPage();
          const errors = [];
          page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
          page.on('pageerror', (e) => errors.push(String(e)));
          const url = server.baseUrl + locale.prefix + (sitePath === '/' && locale.prefix ? '/' : sitePath);
          const response = await page.goto(url, {waitUntil: 'networkidle'});
          if (fullPage) {
            // bring lazily rendered pieces in before the capture
            await page.evaluate(async () => {
              for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
                window.scrollTo(0, y);
                await new Promise((r) => setTimeout(r, 60));
              }
              window.scrollTo(0, 0);
            });
            await page.waitForLoadState('networkidle');
          }
          const file = path.join(outDir, `${locale.id}_${slug(sitePath)}_${mode}_${deviceId}.png`);
          await page.screenshot({path: file, fullPage});
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          const notes = [
            response?.status() !== 200 ? `status ${response?.status()}` : '',
            overflow > 0 ? `scrolls sideways by ${overflow}px` : '',
            errors.length ? `${errors.length} console/page error(s): ${errors[0]}` : '',
          ].filter(Boolean);
          if (notes.length) failures++;
          console.log(`${path.relative(process.cwd(), file)}${notes.length ? `  ⚠ ${notes.join('; ')}` : ''}`);
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.stop();
}
if (failures) process.exitCode = 1;
