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
