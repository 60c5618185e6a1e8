// At phone width (375 px) the page never scrolls sideways; wide tables and code scroll inside their own box.
import {expect, test} from 'vitest';
import {PHONE, horizontalOverflow, openPage, overflowingElements, scrollThrough} from './browser';

test.each(['/', '/en/', '/docs/east-west-traffic', '/en/docs/east-west-traffic'])(
  '%s has no horizontal page scroll at 375 px',
  async (sitePath) => {
    const {page, errors} = await openPage(sitePath, {viewport: PHONE});
    await scrollThrough(page); // lets lazily rendered diagrams and widgets take their final size
    const {scrollWidth, innerWidth} = await horizontalOverflow(page);
    expect(innerWidth).toBe(PHONE.width);
    const culprits = scrollWidth > innerWidth ? await overflowingElements(page) : [];
    expect(scrollWidth, `wider than the screen: ${culprits.join(' | ')}`).toBeLessThanOrEqual(innerWidth);
    expect(errors()).toEqual([]);
    await page.context().close();
  },
);

test.each([
  ['/docs/east-west-traffic/latency-and-cost', '/docs/east-west-traffic/load-balancers'],
  ['/en/docs/east-west-traffic/latency-and-cost', '/en/docs/east-west-traffic/load-balancers'],
])('%s at 375 px builds the menu on first open, on the guide sidebar, sliding in', async (sitePath, nextPath) => {
  const {page, errors} = await openPage(sitePath, {viewport: PHONE});
  await page.waitForLoadState('networkidle');
  // Not built while closed: the theme renders it (the whole guide sidebar) right after hydration.
  expect(await page.locator('.navbar-sidebar').count()).toBe(0);
  const prefetches = () => page.locator('link[rel="prefetch"]').count();
  const closed = await prefetches();
  expect(closed).toBeLessThan(60);

  await page.evaluate(() => {
    const w = window as unknown as {slid: string[]};
    w.slid = [];
    document.addEventListener('transitionrun', (event) => {
      if ((event.target as Element).classList.contains('navbar-sidebar')) w.slid.push(event.propertyName);
    });
  });
  await page.locator('button.navbar__toggle').click();
  const menu = page.locator('.navbar-sidebar');
  // First panel shown: this page's sidebar, with this page marked, not the primary menu.
  await expect.poll(() => menu.locator('.navbar-sidebar__items--show-secondary').count()).toBe(1);
  const current = menu.locator('.theme-doc-sidebar-menu .menu__link--active');
  await expect.poll(() => current.isVisible()).toBe(true);
  expect(await page.evaluate(() => (window as unknown as {slid: string[]}).slid)).toContain('transform');
  await page.waitForFunction((before) => document.querySelectorAll('link[rel="prefetch"]').length > before, closed);

  // A page link in the menu navigates and closes it.
  await menu.locator(`.theme-doc-sidebar-menu a[href="${nextPath}"]`).click();
  await page.waitForURL((url) => url.pathname === nextPath);
  await expect.poll(() => page.locator('nav.navbar-sidebar--show').count()).toBe(0);
  expect(errors()).toEqual([]);
  await page.context().close();
});
