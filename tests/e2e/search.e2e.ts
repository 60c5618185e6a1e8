// Offline search finds Korean terms on the Korean site and English terms on the English site.
import {expect, test} from 'vitest';
import {openPage, urlOf} from './browser';

const cases = [
  // the guide is several pages: each term is searched for the page that is about it
  {home: '/', guide: '/docs/east-west-traffic/kubernetes-routing', term: '토폴로지'},
  {home: '/en/', guide: '/en/docs/east-west-traffic/multi-cluster', term: 'Lattice'},
];

test.each(cases)('navbar search for "$term" on $home suggests the guide', async ({home, guide, term}) => {
  const {page, errors} = await openPage(guide);
  // Suggestions show the page title under each hit; the guide's title is its h1.
  const guideTitle = (await page.locator('article h1').first().textContent())?.trim() ?? '';
  expect(guideTitle).not.toBe('');

  await page.goto(urlOf(home), {waitUntil: 'networkidle'});
  await page.locator('input.navbar__search-input').fill(term);
  const hit = page.locator('[role="listbox"] [role="option"]').filter({hasText: guideTitle}).first();
  await hit.waitFor({timeout: 15_000});
  expect(await hit.textContent()).toContain(term);

  await hit.click();
  await page.waitForURL((url) => url.pathname === new URL(urlOf(guide)).pathname);
  expect(errors()).toEqual([]);
  await page.context().close();
});

test.each(cases)('the search page for "$term" links to $guide', async ({home, guide, term}) => {
  const {page, errors} = await openPage(`${home.replace(/\/$/, '')}/search?q=${encodeURIComponent(term)}`);
  const guidePathname = new URL(urlOf(guide)).pathname;
  const link = page.locator(`[class*="searchResultItem"] a[href^="${guidePathname}"]`).first();
  await link.waitFor({timeout: 15_000});
  expect(errors()).toEqual([]);
  await page.context().close();
});
