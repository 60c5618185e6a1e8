// A section link shared in a design review opens at that section, in either language.
import {expect, test} from 'vitest';
import {openPage} from './browser';

test.each(['/en/docs/east-west-traffic/kubernetes-routing', '/docs/east-west-traffic/kubernetes-routing'])(
  '%s#topology-aware-routing scrolls to that heading',
  async (guidePath) => {
    const {page, errors} = await openPage(`${guidePath}#topology-aware-routing`);
    const heading = page.locator('#topology-aware-routing');
    await expect.poll(() => heading.count()).toBe(1);
    expect(await heading.evaluate((node) => /^H[1-6]$/.test(node.tagName))).toBe(true);
    // Everything that happens after the jump (hydration, lazy diagrams and code loading) must leave the
    // heading where the jump put it.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    // below the fixed navbar, near the top of the viewport (not merely somewhere on screen)
    await expect
      .poll(async () => (await heading.boundingBox())?.y ?? Number.NaN, {timeout: 10_000})
      .toBeGreaterThanOrEqual(0);
    const box = await heading.boundingBox();
    expect(box?.y).toBeLessThan(160);
    expect(errors()).toEqual([]);
    await page.context().close();
  },
);

test.each(['/docs/east-west-traffic/kubernetes-routing', '/en/docs/east-west-traffic/kubernetes-routing'])(
  '%s: a table-of-contents link far down the page lands on its heading',
  async (guidePath) => {
    const {page, errors} = await openPage(guidePath);
    const link = page.locator('.table-of-contents a[href="#nodelocal-dnscache"]').first();
    await link.click();
    const heading = page.locator('#nodelocal-dnscache');
    await page.waitForTimeout(1500);
    await expect
      .poll(async () => (await heading.boundingBox())?.y ?? Number.NaN, {timeout: 10_000})
      .toBeGreaterThanOrEqual(0);
    expect((await heading.boundingBox())?.y).toBeLessThan(160);
    expect(page.url()).toMatch(/#nodelocal-dnscache$/);
    expect(errors()).toEqual([]);
    await page.context().close();
  },
);
