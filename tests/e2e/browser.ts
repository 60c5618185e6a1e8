// Shared helpers for the real-browser tests. Import what you need; the browser starts on first use and closes
// after the test file (one Chromium per file; every openPage gets a fresh context, so storage never leaks).
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {chromium, type Browser, type BrowserContext, type Page, type Response} from 'playwright-core';
import {afterAll, inject} from 'vitest';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from '../../scripts/lib/chromium.mjs';

export {CHROMIUM_PATH};

/** Origin + site baseUrl without a trailing slash. */
export const baseUrl: string = inject('baseUrl');
/** Absolute path of the build being served. */
export const buildDir: string = inject('buildDir');

export type ColorMode = 'light' | 'dark';
export type Viewport = {width: number; height: number};

export const DESKTOP: Viewport = {width: 1280, height: 800};
export const PHONE: Viewport = {width: 375, height: 740};

export type OpenPageOptions = {
  colorMode?: ColorMode;
  viewport?: Viewport;
  /** Defaults to 'networkidle', so lazily loaded chunks have run before the test looks. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
};

export type OpenedPage = {
  page: Page;
  context: BrowserContext;
  response: Response | null;
  /** Console messages of type 'error', as text. */
  consoleErrors: string[];
  /** Uncaught exceptions thrown in the page. */
  pageErrors: string[];
  /** consoleErrors and pageErrors together; assert this is empty. */
  errors: () => string[];
};

let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

export async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
  return browser;
}

afterAll(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => undefined)));
  await browser?.close();
  browser = undefined;
});

/** `/docs/x` → `http://127.0.0.1:port/docs/x` (paths are relative to the site's baseUrl). */
export function urlOf(sitePath: string): string {
  return baseUrl + (sitePath.startsWith('/') ? sitePath : `/${sitePath}`);
}

/** Opens `sitePath` in a new context with the given colour mode and viewport, collecting errors from the start. */
export async function openPage(sitePath: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const colorMode = options.colorMode ?? 'light';
  const context = await (
    await getBrowser()
  ).newContext({
    viewport: options.viewport ?? DESKTOP,
    colorScheme: colorMode,
  });
  contexts.push(context);
  // Docusaurus reads the stored choice before first paint; setting it makes the mode explicit, not inferred.
  await context.addInitScript((mode: string) => {
    try {
      window.localStorage.setItem('theme', mode);
    } catch {
      // storage may be unavailable on about:blank
    }
  }, colorMode);

  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => pageErrors.push(String(error.stack ?? error)));

  const response = await page.goto(urlOf(sitePath), {waitUntil: options.waitUntil ?? 'networkidle'});
  return {page, context, response, consoleErrors, pageErrors, errors: () => [...consoleErrors, ...pageErrors]};
}

/** Site paths (relative to baseUrl) listed in a sitemap of the served build: `sitemap.xml` or `en/sitemap.xml`. */
export function sitemapPaths(sitemapFile: string): string[] {
  const xml = readFileSync(path.join(buildDir, sitemapFile), 'utf8');
  const basePath = new URL(`${baseUrl}/`).pathname;
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const pathname = new URL(match[1] ?? '/').pathname;
    return `/${pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\//, '')}`;
  });
}

/**
 * Number of mermaid diagrams rendered as SVG. Scrolls through the whole page first, because diagrams may render
 * lazily when they come into view (or be inlined at build time); both forms are counted.
 */
export async function renderedMermaidCount(page: Page): Promise<number> {
  await scrollThrough(page);
  return page.locator('.docusaurus-mermaid-container svg').count();
}

/**
 * Scrolls to the bottom one viewport at a time, pausing so observers fire, then waits for the network to settle.
 * The height is read again at every step: off-screen blocks hold placeholder heights until they are rendered.
 */
export async function scrollThrough(page: Page): Promise<void> {
  const scrollHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()?.height ?? 800;
  for (let y = 0; y <= (await scrollHeight()); y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
}

/** The page's width against the viewport: `scrollWidth > innerWidth` means the page scrolls sideways. */
export async function horizontalOverflow(page: Page): Promise<{scrollWidth: number; innerWidth: number}> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}

/**
 * What makes the page scroll sideways, for a failure message: repeatedly finds the deepest element whose hiding
 * narrows the page (descending from <body>, one child at a time), notes it, hides it, and looks again. Everything
 * hidden is shown again afterwards. Slow on big pages, so call it only once a width check has failed.
 */
export async function overflowingElements(page: Page, limit = 3): Promise<string[]> {
  return page.evaluate((max) => {
    const pageWidth = (): number => document.documentElement.scrollWidth;
    const viewport = window.innerWidth;
    const widthWithout = (el: HTMLElement): number => {
      const previous = el.style.display;
      el.style.display = 'none';
      const width = pageWidth();
      el.style.display = previous;
      return width;
    };
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let n: Element | null = el; n && n !== document.body && parts.length < 3; n = n.parentElement) {
        const id = n.id ? `#${n.id}` : '';
        const cls =
          typeof n.className === 'string' && n.className.trim() ? `.${n.className.trim().split(/\s+/)[0]}` : '';
        parts.unshift(`${n.tagName.toLowerCase()}${id}${cls}`);
      }
      return `${parts.join(' > ')} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
    };
    const hidden: HTMLElement[] = [];
    const found: string[] = [];
    while (found.length < max && pageWidth() > viewport) {
      let node: Element = document.body;
      let culprit: HTMLElement | null = null;
      for (;;) {
        let best: HTMLElement | null = null;
        let bestWidth = pageWidth();
        for (const child of Array.from(node.children)) {
          if (!(child instanceof HTMLElement) || child.style.display === 'none') continue;
          const width = widthWithout(child);
          if (width < bestWidth) [best, bestWidth] = [child, width];
        }
        if (!best) break;
        culprit = best;
        node = best;
      }
      if (!culprit) break;
      found.push(describe(culprit));
      hidden.push(culprit);
      culprit.dataset.overflowPrevDisplay = culprit.style.display;
      culprit.style.display = 'none';
    }
    for (const el of hidden) {
      el.style.display = el.dataset.overflowPrevDisplay ?? '';
      delete el.dataset.overflowPrevDisplay;
    }
    return found;
  }, limit);
}
