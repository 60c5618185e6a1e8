// A section link shared in a design review opens at that section, in either language.
import {expect, test} from 'vitest';
import {openPage} from './browser';

test.each(['/en/docs/east-west-traffic', '/docs/east-west-traffic'])(
  '%s#topology-aware-routing scrolls to that heading',
  async (guidePath) => {
    const {page, errors} = await openPage(`${guidePath}#topology-aware-routing`);
    const heading = page.locator('#topology-aware-routing');
    await expect.poll(() => heading.count()).toBe(1);
    expect(await heading.evaluate((node) => /^H[1-6]$/.test(node.tagName))).toBe(true);
    // Everything that happens after the jump — the parts around the section going live, lazy diagrams and
    // widgets loading — must leave the heading where the jump put it.
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('[data-deferred][data-live="true"]').count()).toBeGreaterThan(0);
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

test.each(['/docs/east-west-traffic', '/en/docs/east-west-traffic'])(
  '%s: a table-of-contents link far down the page lands on its heading (off-screen blocks hold placeholder heights)',
  async (guidePath) => {
    const {page, errors} = await openPage(guidePath);
    const link = page.locator('.table-of-contents a[href="#nodelocal-dnscache"]').first();
    await link.click();
    const heading = page.locator('#nodelocal-dnscache');
    // Blocks between the top and the heading render on the way and replace their placeholder heights; scroll
    // anchoring must keep the heading where the jump put it.
    await page.waitForTimeout(1500);
    await expect.poll(async () => (await heading.boundingBox())?.y ?? Number.NaN, {timeout: 10_000}).toBeGreaterThanOrEqual(0);
    expect((await heading.boundingBox())?.y).toBeLessThan(160);
    expect(page.url()).toMatch(/#nodelocal-dnscache$/);
    expect(errors()).toEqual([]);
    await page.context().close();
  },
);
