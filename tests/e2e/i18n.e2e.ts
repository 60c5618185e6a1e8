// The locale dropdown moves between the Korean and English guide; both pages announce each other with hreflang.
import {expect, test} from 'vitest';
import {openPage, urlOf} from './browser';

const KO_GUIDE = '/docs/east-west-traffic';
const EN_GUIDE = '/en/docs/east-west-traffic';

test('the navbar locale dropdown switches ko → en → ko', async () => {
  const {page, errors} = await openPage(KO_GUIDE);
  expect(await page.locator('html').getAttribute('lang')).toBe('ko-KR');

  const dropdown = page.locator('.navbar__items--right .dropdown').filter({has: page.locator('a[lang]')});
  await dropdown.hover();
  await dropdown.locator('a.dropdown__link[lang="en-US"]').click();
  await page.waitForURL(urlOf(EN_GUIDE));
  expect(await page.locator('html').getAttribute('lang')).toBe('en-US');

  await dropdown.hover();
  await dropdown.locator('a.dropdown__link[lang="ko-KR"]').click();
  await page.waitForURL(urlOf(KO_GUIDE));
  expect(await page.locator('html').getAttribute('lang')).toBe('ko-KR');
  expect(errors()).toEqual([]);
  await page.context().close();
});

test.each([KO_GUIDE, EN_GUIDE])('%s links both language versions with hreflang', async (guidePath) => {
  const {page} = await openPage(guidePath);
  const alternates = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])));
  expect(alternates['ko-KR']).toMatch(/\/docs\/east-west-traffic$/);
  expect(alternates['ko-KR']).not.toMatch(/\/en\/docs\//);
  expect(alternates['en-US']).toMatch(/\/en\/docs\/east-west-traffic$/);
  expect(alternates['x-default']).toBe(alternates['ko-KR']);
  await page.context().close();
});

test.each([
  ['/', 'ko-KR'],
  ['/en/', 'en-US'],
])('%s has <html lang="%s"> and a meta description', async (sitePath, lang) => {
  const {page} = await openPage(sitePath);
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  const description = await page.locator('head meta[name="description"]').getAttribute('content');
  expect(description?.length ?? 0).toBeGreaterThan(40);
  await page.context().close();
});
