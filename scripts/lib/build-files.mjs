// Helpers shared by the bench scripts: sizes of built files, medians, table printing, arg parsing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const sizeCache = new Map();

/** Raw and gzip (level 9) size of a file in the build, found from a URL path such as `/assets/js/main.1234.js`. */
export function fileSizes(buildDir, urlPath) {
  const file = path.join(buildDir, decodeURIComponent(urlPath));
  const hit = sizeCache.get(file);
  if (hit) return hit;
  let result = null;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) {
    const raw = fs.readFileSync(file);
    result = {raw: raw.length, gzip: zlib.gzipSync(raw, {level: 9}).length};
  }
  sizeCache.set(file, result);
  return result;
}

export function median(values) {
  const nums = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (nums.length === 0) return null;
  const mid = Math.floor(nums.length / 2);
  return nums.length % 2 ? nums[mid] : (nums[mid - 1] + nums[mid]) / 2;
}

export const kb = (bytes) => (bytes == null ? '–' : (bytes / 1024).toFixed(1));

/** Print rows (arrays of cells) as an aligned plain-text table; numbers right-aligned. */
export function printTable(header, rows) {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '–')));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row, isHeader) =>
    row
      .map((cell, i) => {
        const numeric = !isHeader && /^[-\d.,]+( ?(ms|s|KB|%))?$/.test(cell);
        return numeric ? cell.padStart(widths[i]) : cell.padEnd(widths[i]);
      })
      .join('  ');
  console.log(line(all[0], true));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of all.slice(1)) console.log(line(row, false));
}

/** `--name=value` / `--name value` arguments; a bare `--flag` is true. */
export function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.slice(2).split(/=(.*)/s);
    if (inline !== undefined) args[name] = inline;
    else if (argv[i + 1] && !argv[i + 1].startsWith('--')) args[name] = argv[++i];
    else args[name] = true;
  }
  return args;
}

/**
 * The pages to measure: `--pages=home,guide,simulator` (names) or explicit paths (`/docs/x`), in every locale of
 * `--locales` (default ko,en). A page whose HTML is missing from the build (e.g. no simulator yet) is skipped.
 */
export function selectPages(buildDir, args) {
  const named = {home: '/', guide: '/docs/east-west-traffic', simulator: '/simulator'};
  const wanted = String(args.pages ?? 'home,guide,simulator')
    .split(',')
    .filter(Boolean);
  const locales = String(args.locales ?? 'ko,en')
    .split(',')
    .filter(Boolean);
  const pages = [];
  for (const locale of locales) {
    for (const name of wanted) {
      const route = named[name] ?? name;
      const prefix = locale === 'ko' ? '' : `/${locale}`;
      const urlPath = route === '/' ? `${prefix}/` : `${prefix}${route}`;
      const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : `${urlPath}.html`;
      const alt = `${urlPath.replace(/\/$/, '')}/index.html`;
      if (fs.existsSync(path.join(buildDir, rel)) || fs.existsSync(path.join(buildDir, alt))) {
        pages.push({name: named[name] ? name : route, locale, urlPath});
      } else {
        console.warn(`skip ${urlPath}: not in ${buildDir}`);
      }
    }
  }
  return pages;
}

export {CHROMIUM_FLAGS, CHROMIUM_PATH} from './chromium.mjs';
