// The guide's tables and the hints checker in a real browser, on the production build, in both locales:
// the checker's verdict, "simulate this" presets reaching the simulator, row anchors, sorting, and the
// comparison table following the simulator's inputs in the URL.
import {describe, expect, test} from 'vitest';
import type {Locator} from 'playwright-core';
import {openPage, PHONE, horizontalOverflow, urlOf} from './browser';

const GUIDES = ['/docs/east-west-traffic', '/en/docs/east-west-traffic'] as const;

/** The guide is several pages: the page of the guide (first page: '') that shows a widget. */
const PART = {
  serviceTypes: '',
  comparison: '/latency-and-cost',
  scenarios: '/scenarios-and-migration',
  hintsChecker: '/troubleshooting',
} as const;

/**
 * Ticks a box or radio from the keyboard. Diagrams above the widgets render lazily and change height, so a
 * pointer click aimed a moment earlier can land beside the control; focus + Space cannot miss.
 */
async function toggle(control: Locator): Promise<void> {
  await control.focus();
  await control.press('Space');
}

describe.each(GUIDES)('%s', (guide) => {
  const simulatorPath = guide.startsWith('/en/') ? '/en/simulator' : '/simulator';

  test('the hints checker says "disabled" for 3 equal zones × 8 endpoints, typed in', async () => {
    const {page, errors} = await openPage(guide + PART.hintsChecker);
    const checker = page.getByTestId('topology-hints-checker');
    const result = checker.getByTestId('hints-result');
    await expect.poll(() => result.getAttribute('data-enabled')).toBe('true');
    // Zone c: 3 → 2 endpoints. 8 endpoints, minimum ceil(8/3 / 1.2) = 3 per zone, 9 > 8 → disabled.
    const zoneC = checker.locator('tr[data-zone="us-east-1c"] input').nth(1);
    await zoneC.fill('2');
    await expect.poll(() => result.getAttribute('data-enabled')).toBe('false');
    expect(await result.getAttribute('data-reason')).toBe('MinAllocationExceedsOverloadThreshold');
    // Back to 3/3/3 with the keyboard: enabled, nothing crosses zones.
    await zoneC.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => result.getAttribute('data-enabled')).toBe('true');
    expect(await checker.getByTestId('cross-zone-with-hints').textContent()).toBe('0%');
    expect(errors()).toEqual([]);
    await page.context().close();
  });

  test('"simulate this" opens the simulator with the scenario preset', async () => {
    const {page, errors} = await openPage(guide + PART.scenarios);
    const defaultUsd = 136.53333; // clusterip at the defaults: 10,240 × 2/3 × 0.02
    await page.locator('[data-simulate="l4-static-ip"]').press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith(simulatorPath));
    expect(new URL(page.url()).search).toBe('?tb=5&base=internal-nlb-ip');
    const clusterip = page.locator('[data-testid="cost-simulation"] [data-option-id="clusterip"]').first();
    // preset tb=5: 5,120 GB × 2/3 × $0.02 = 68.2667
    await expect.poll(async () => Number(await clusterip.getAttribute('data-monthly-usd'))).toBeCloseTo(68.2667, 3);
    expect(Number(await clusterip.getAttribute('data-monthly-usd'))).not.toBeCloseTo(defaultUsd, 1);
    expect(await page.locator('[name="base"]').first().inputValue()).toBe('internal-nlb-ip');
    expect(errors()).toEqual([]);
    await page.context().close();
  });

  test.each([
    ['svc-clusterip', PART.serviceTypes],
    ['scenario-dr-few-clusters', PART.scenarios],
  ])('#%s opens at that row, highlighted', async (anchor, part) => {
    const {page, errors} = await openPage(`${guide}${part}#${anchor}`);
    const row = page.locator(`#${anchor}`);
    expect(await row.count()).toBe(1);
    expect(await row.evaluate((node) => node.tagName)).toBe('TR');
    expect(await row.evaluate((node) => node.matches(':target'))).toBe(true);
    // The browser scrolled the row to the top, below the sticky navbar (scroll-margin-top). Measured against the
    // row's offset in the document, so a later height change of content above (lazy diagrams) does not count.
    const offset = () =>
      row.evaluate((node) => {
        const top = node.getBoundingClientRect().top + window.scrollY;
        return {scrollY: window.scrollY, wanted: top - parseFloat(getComputedStyle(node).scrollMarginTop)};
      });
    await expect.poll(async () => (await offset()).scrollY, {timeout: 10_000}).toBeGreaterThan(500);
    const {scrollY, wanted} = await offset();
    expect(Math.abs(scrollY - wanted)).toBeLessThan(150);
    expect(await row.evaluate((node) => getComputedStyle(node).boxShadow)).not.toBe('none');
    expect(errors()).toEqual([]);
    await page.context().close();
  });

  test('the comparison table sorts by cost and by latency', async () => {
    const {page, errors} = await openPage(guide + PART.comparison);
    const table = page.getByTestId('latency-cost-comparison');
    const order = () =>
      table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-comparison-option')));
    const costButton = table.locator('button[data-sort-key="cost"]');
    await costButton.press('Enter');
    expect(await costButton.locator('xpath=..').getAttribute('aria-sort')).toBe('ascending');
    expect((await order()).slice(0, 3)).toEqual(['itp-local', 'prefer-same-zone', 'topology-aware']);
    await costButton.press('Enter');
    // Lattice with 10 services: 182.50 + 256.00 + 43.80 = $482.30, the most expensive at the defaults
    expect((await order())[0]).toBe('vpc-lattice');
    await table.locator('button[data-sort-key="latency"]').press('Enter');
    expect((await order()).slice(0, 2)).toEqual(['itp-local', 'prefer-same-zone']);
    expect(await costButton.locator('xpath=..').getAttribute('aria-sort')).toBeNull();
    expect(errors()).toEqual([]);
    await page.context().close();
  });

  test('the comparison table shows cost at the simulator inputs in the URL', async () => {
    const {page, errors} = await openPage(`${guide}${PART.comparison}?tb=20&az=2`);
    const row = page.locator('[data-testid="latency-cost-comparison"] tr[data-comparison-option="clusterip"]');
    // 20 TB = 20,480 GB × 1/2 × $0.02 = 204.80
    await expect.poll(async () => Number(await row.getAttribute('data-cost-usd'))).toBeCloseTo(204.8, 6);
    expect(errors()).toEqual([]);
    await page.context().close();
  });

  test('the comparison chart follows the simulator once its inputs rest', async () => {
    const {page, errors} = await openPage(`${guide}${PART.comparison}`);
    const chart = page.locator('[data-testid="latency-cost-chart"] [role="img"]');
    await page.getByTestId('latency-cost-chart').scrollIntoViewIfNeeded();
    // 10 TB = 10,240 GB × 2/3 × $0.02 = $136.53 for ClusterIP at the defaults
    await expect.poll(() => chart.getAttribute('aria-label'), {timeout: 15_000}).toContain('$136.53');
    await page.locator('[data-testid="cost-simulation"] input[name="az"]').fill('2');
    // 10,240 GB × 1/2 × $0.02 = $102.40
    await expect.poll(() => chart.getAttribute('aria-label')).toContain('$102.40');
    expect(errors()).toEqual([]);
    await page.context().close();
  });

  test('the scenario filter narrows the list and survives a reload', async () => {
    const {page, errors} = await openPage(guide + PART.scenarios);
    const matrix = page.getByTestId('scenario-matrix');
    await toggle(matrix.locator('input[type="radio"][value="multi-cluster"]'));
    await expect.poll(() => matrix.locator('tbody tr').count(), {timeout: 10_000}).toBe(1);
    expect(new URL(page.url()).searchParams.get('scope')).toBe('multi-cluster');
    await page.reload({waitUntil: 'networkidle'});
    await expect.poll(() => matrix.locator('tbody tr').count()).toBe(1);
    await toggle(matrix.locator('input[type="checkbox"][value="static-ip"]'));
    await expect.poll(() => matrix.getByTestId('scenario-empty').count(), {timeout: 10_000}).toBe(1);
    await matrix.getByTestId('scenario-empty').locator('button').press('Enter');
    await expect.poll(() => matrix.locator('tbody tr').count(), {timeout: 10_000}).toBe(8);
    expect(errors()).toEqual([]);
    await page.context().close();
  });

  test('the scenario filter keeps the simulator inputs in the shared URL', async () => {
    // The simulator is on another page of the guide: its inputs arrive in the URL, as a shared link has them.
    const {page, errors} = await openPage(`${guide}${PART.scenarios}?tb=20`);
    await toggle(page.getByTestId('scenario-matrix').locator('input[type="checkbox"][value="mtls"]'));
    await expect.poll(() => new URL(page.url()).searchParams.get('needs'), {timeout: 10_000}).toBe('mtls');
    expect(new URL(page.url()).searchParams.get('tb')).toBe('20');
    expect(errors()).toEqual([]);
    await page.context().close();
  });

  test('at 375 px the widgets scroll inside their own boxes, never the page', async () => {
    const {page, errors} = await openPage(guide, {viewport: PHONE});
    for (const part of Object.values(PART)) {
      await page.goto(urlOf(guide + part), {waitUntil: 'networkidle'});
      const {scrollWidth, innerWidth} = await horizontalOverflow(page);
      expect(scrollWidth, part).toBeLessThanOrEqual(innerWidth);
    }
    expect(errors()).toEqual([]);
    await page.context().close();
  });
});
