// axe-core on every page of the build (both sitemaps, plus /simulator and /en/simulator) in light and dark mode
// (budget: no serious or critical violations). Before each scan the page is scrolled to the bottom so lazy
// content (mermaid diagrams, charts) is rendered, and every simulator's line items and assumptions are opened so
// controls that start hidden are checked too.
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import {buildDir, openPage, scrollThrough, sitemapPaths, type ColorMode} from './browser';
import {blocking, formatViolations, runAxe} from './lib/axe';

const MODES: readonly ColorMode[] = ['light', 'dark'];

function pagesToScan(): string[] {
  const paths = new Set<string>([...sitemapPaths('sitemap.xml'), ...sitemapPaths(path.join('en', 'sitemap.xml'))]);
  // The simulator must be scanned even if a sitemap ever leaves it out.
  for (const simulator of ['/simulator', '/en/simulator']) {
    const file = path.join(buildDir, `${simulator.slice(1)}.html`);
    if (existsSync(file) || existsSync(path.join(buildDir, simulator.slice(1), 'index.html'))) paths.add(simulator);
  }
  return [...paths].sort();
}

const PAGES = pagesToScan();

/** Opens what starts closed in every simulator on the page: each option's line items and the assumptions panel. */
async function openSimulatorDisclosures(page: Page): Promise<number> {
  const opened = await page.evaluate(() => {
    let count = 0;
    for (const root of Array.from(document.querySelectorAll('[data-testid="cost-simulation"]'))) {
      for (const details of Array.from(root.querySelectorAll('details'))) {
        if (!details.open) {
          details.open = true;
          count += 1;
        }
      }
      for (const button of Array.from(root.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'))) {
        button.click();
        count += 1;
      }
    }
    return count;
  });
  if (opened > 0) {
    // Let React render the opened line items.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="cost-simulation"] button[aria-expanded="false"]').length === 0,
    );
  }
  return opened;
}

describe('axe-core: no serious or critical violations', () => {
  test('scans at least the home page, the guide and the simulator in both locales', () => {
    for (const required of [
      '/',
      '/docs/east-west-traffic',
      '/simulator',
      '/en/',
      '/en/docs/east-west-traffic',
      '/en/simulator',
    ]) {
      expect(PAGES).toContain(required);
    }
  });

  describe.each(MODES)('%s mode', (mode) => {
    test.each(PAGES)(`%s`, async (sitePath) => {
      const {page, errors} = await openPage(sitePath, {colorMode: mode});
      expect(await page.getAttribute('html', 'data-theme'), 'html[data-theme]').toBe(mode);
      await scrollThrough(page);
      const hasSimulator = (await page.locator('[data-testid="cost-simulation"]').count()) > 0;
      if (hasSimulator) {
        // The results table is rendered, so its toggles exist; opening them must reveal the line items.
        expect(await openSimulatorDisclosures(page)).toBeGreaterThan(0);
        expect(await page.locator('[data-testid="cost-simulation"] [data-item-id]').count()).toBeGreaterThan(0);
      }
      const violations = await runAxe(page);
      const serious = blocking(violations);
      const where = `${sitePath} (${mode})`;
      if (violations.length > serious.length) {
        // Minor and moderate findings do not fail the test but are printed for whoever polishes next.
        console.log(
          `axe minor/moderate on ${where}: ${violations
            .filter((v) => !serious.includes(v))
            .map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`)
            .join(', ')}`,
        );
      }
      expect(
        serious.map((v) => formatViolations([v], where)),
        'serious/critical axe violations',
      ).toEqual([]);
      expect(errors(), `console or page errors on ${where}`).toEqual([]);
    });
  });
});
