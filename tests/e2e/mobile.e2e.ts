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

test.each(['/docs/east-west-traffic/latency-and-cost', '/en/docs/east-west-traffic/latency-and-cost'])(
  '%s at 375 px prefetches what is on screen, not the closed menu, until the menu opens',
  async (sitePath) => {
    const {page, errors} = await openPage(sitePath, {viewport: PHONE});
    await page.waitForLoadState('networkidle');
    const prefetches = () => page.locator('link[rel="prefetch"]').count();
    // Every page of the guide is in the menu; prefetching them all appended about 200 links while the page loaded.
    const closed = await prefetches();
    expect(closed).toBeLessThan(60);
    await page.locator('button.navbar__toggle').click();
    await page.waitForFunction((before) => document.querySelectorAll('link[rel="prefetch"]').length > before, closed);
    expect(errors()).toEqual([]);
    await page.context().close();
  },
);
