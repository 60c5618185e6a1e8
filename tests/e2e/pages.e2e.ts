// Every page of both locales loads cleanly: HTTP 200, no console error, no uncaught exception, in both colour modes.
import {describe, expect, test} from 'vitest';
import {openPage, sitemapPaths, type ColorMode} from './browser';

const paths = [
  ...new Set(['/', '/en/', '/search', '/en/search', ...sitemapPaths('sitemap.xml'), ...sitemapPaths('en/sitemap.xml')]),
].sort();

test('the sitemaps list the guide in both locales', () => {
  expect(paths).toContain('/docs/east-west-traffic');
  expect(paths).toContain('/en/docs/east-west-traffic');
  // and each of its parts, but not the print view of the whole guide (unlisted, noindex)
  for (const part of ['kubernetes-routing', 'latency-and-cost', 'conclusion-and-references']) {
    expect(paths).toContain(`/docs/east-west-traffic/${part}`);
    expect(paths).toContain(`/en/docs/east-west-traffic/${part}`);
  }
  expect(paths.filter((p) => p.endsWith('/print'))).toEqual([]);
});

describe.each<ColorMode>(['light', 'dark'])('%s mode', (colorMode) => {
  test.each(paths)('%s loads without errors', async (sitePath) => {
    const {page, response, errors} = await openPage(sitePath, {colorMode});
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('data-theme')).toBe(colorMode);
    expect(errors()).toEqual([]);
    await page.context().close();
  });
});
