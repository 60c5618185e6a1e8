// The whole guide on one page, for a reviewer to print: every part in reading order, the simulator at the
// inputs in the URL, kept out of search engines.
import {expect, test} from 'vitest';
import {openPage} from './browser';
import legacy from './fixtures/legacy-guide-ids.json';

test.each(['', '/en'] as const)(
  '%s/docs/east-west-traffic/print renders every section in order, at the URL inputs',
  async (prefix) => {
    const {page, errors} = await openPage(`${prefix}/docs/east-west-traffic/print?tb=20&az=4`);
    const ids = await page.locator('article :is(h2, h3, h4)[id]').evaluateAll((nodes) => nodes.map((n) => n.id));
    // every heading of the single-page guide, in the same order
    expect(ids.filter((id) => legacy.headings.includes(id))).toEqual(legacy.headings);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="az"]')?.value === '4');
    // 20 TB, 4 AZs: 20,480 × 3/4 × $0.02 = $307.20
    await expect
      .poll(() =>
        page.locator('[data-testid="cost-simulation"] tr[data-option-id="clusterip"] td').first().textContent(),
      )
      .toContain('307.20');
    expect(errors()).toEqual([]);
    await page.context().close();
  },
);
