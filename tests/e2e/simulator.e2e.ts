// The cost simulator in a real browser, against the production build, in both locales: the DOM contract,
// URL state (reload, back/forward, cross-locale links), exports, and hostile query strings.
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import {COST_CATEGORIES} from '../../src/model/costCategories';
import {PHONE, horizontalOverflow, openPage, scrollThrough, urlOf} from './browser';

const LOCALES = [
  {prefix: '', name: 'ko'},
  {prefix: '/en', name: 'en'},
] as const;

/** The clusterip formula by hand: tb × 1024 GB × (az − 1)/az crossing × $0.02 per GB crossing. */
function clusteripUsd(tb: number, az: number): number {
  return ((tb * 1024 * (az - 1)) / az) * 0.02;
}

async function monthlyUsd(page: Page, optionId: string): Promise<number> {
  const value = await page
    .locator(`[data-testid="cost-simulation"] tr[data-option-id="${optionId}"]`)
    .getAttribute('data-monthly-usd');
  return Number(value);
}

async function allTotals(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-testid="cost-simulation"] tr[data-option-id]', (rows) =>
    Object.fromEntries(rows.map((row) => [row.getAttribute('data-option-id'), row.getAttribute('data-monthly-usd')])),
  );
}

async function fieldNumber(page: Page, name: string): Promise<number> {
  return Number(await page.locator(`[data-testid="cost-simulation"] input[name="${name}"]`).inputValue());
}

/** Waits for the hydrated page to apply its URL (the server HTML holds the defaults). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="cost-simulation"] input[name="tb"]') !== null);
  await page.waitForLoadState('networkidle');
}

describe.each(LOCALES)('simulator ($name)', ({prefix}) => {
  const path = `${prefix}/simulator`;

  test('the server HTML already holds the inputs and the default results', async () => {
    const html = await (await fetch(urlOf(path))).text();
    // The build minifies HTML: attribute quotes are optional.
    expect(html).toMatch(/data-testid="?cost-simulation"?/);
    expect(html).toMatch(/<input[^>]*name="?tb"?[ />]/);
    // 10 TB × 1024 × 2/3 × $0.02 = 136.5333…
    const match = /data-option-id="?clusterip"? data-monthly-usd="?([0-9.e+-]+)"?/.exec(html);
    expect(Number(match?.[1])).toBeCloseTo(clusteripUsd(10, 3), 9);
    expect(html).toContain('$136.53');
  });

  test('the tb slider and the az field change clusterip to the hand-computed total', async () => {
    const {page, errors} = await openPage(path);
    await hydrated(page);
    expect(await monthlyUsd(page, 'clusterip')).toBeCloseTo(clusteripUsd(10, 3), 9);

    // Keyboard on the log slider: each step is 1/100 of a decade; the number field shows the exact value used.
    const slider = page.locator('[data-testid="cost-simulation"] input[name="tb-range"]');
    await slider.focus();
    for (let i = 0; i < 30; i += 1) await page.keyboard.press('ArrowRight');
    const tb = await fieldNumber(page, 'tb');
    expect(tb).toBe(20); // 10 × 10^(30/100) = 19.95 → 3 significant digits
    expect(await monthlyUsd(page, 'clusterip')).toBeCloseTo(clusteripUsd(20, 3), 9);

    // Each burst's first change pushes a history entry through the router: focus stays on the slider (the
    // theme's skip link takes focus only when the page changes).
    await page.waitForFunction(() => window.location.search === '?tb=20');
    const isFocused = () => slider.evaluate((element) => element === document.activeElement);
    expect(await isFocused()).toBe(true);
    await page.waitForTimeout(1000); // the burst settles: the next key starts a new history entry
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => window.location.search !== '?tb=20');
    expect(await isFocused()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.location.search === '?tb=20');
    expect(await isFocused()).toBe(true);

    const az = page.locator('[data-testid="cost-simulation"] input[name="az"]');
    await az.fill('4');
    await az.press('Enter');
    expect(await monthlyUsd(page, 'clusterip')).toBeCloseTo(clusteripUsd(20, 4), 9);
    expect(await page.locator('tr[data-option-id="clusterip"] td').first().textContent()).toContain('$307.20');

    // The URL carries the inputs, and a reload restores them.
    await page.waitForFunction(() => window.location.search === '?tb=20&az=4');
    await page.reload({waitUntil: 'networkidle'});
    await hydrated(page);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="az"]')?.value === '4');
    expect(await fieldNumber(page, 'tb')).toBe(20);
    expect(await monthlyUsd(page, 'clusterip')).toBeCloseTo(clusteripUsd(20, 4), 9);
    expect(errors()).toEqual([]);
  });

  test('back and forward step through settled edits', async () => {
    const {page, errors} = await openPage(path);
    await hydrated(page);
    const tb = page.locator('[data-testid="cost-simulation"] input[name="tb"]');
    const az = page.locator('[data-testid="cost-simulation"] input[name="az"]');
    await tb.fill('20');
    await tb.press('Enter');
    await az.fill('4');
    await az.press('Enter');
    await page.waitForFunction(() => window.location.search === '?tb=20&az=4');

    await page.goBack();
    await page.waitForFunction(() => window.location.search === '?tb=20');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="az"]')?.value === '3');
    expect(await monthlyUsd(page, 'clusterip')).toBeCloseTo(clusteripUsd(20, 3), 9);

    await page.goBack();
    await page.waitForFunction(() => window.location.search === '');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="tb"]')?.value === '10');
    expect(await monthlyUsd(page, 'clusterip')).toBeCloseTo(clusteripUsd(10, 3), 9);

    await page.goForward();
    await page.goForward();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="az"]')?.value === '4');
    expect(await monthlyUsd(page, 'clusterip')).toBeCloseTo(clusteripUsd(20, 4), 9);
    expect(errors()).toEqual([]);
  });

  test('"copy as Markdown" copies the table, the assumptions and the link', async () => {
    const {page, context, errors} = await openPage(`${path}?tb=20&az=4`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(urlOf('/')).origin});
    await hydrated(page);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="az"]')?.value === '4');
    await page.locator('[data-testid="cost-simulation"] .button', {hasText: /Markdown/}).click();
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="sim-export-status"]')?.textContent ?? '') !== '',
    );
    const fallback = page.locator('[data-testid="sim-copy-fallback"]');
    const markdown =
      (await fallback.count()) > 0
        ? await fallback.inputValue()
        : await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^\|.*\|.*\|.*\|$/m);
    // 20 TB, 4 AZs: 20,480 × 3/4 × $0.02 = $307.20
    expect(markdown).toMatch(/`clusterip`\).*\| \$307\.20 \|/);
    expect(markdown).toContain('`tb`): 20 ');
    expect(markdown).toContain(`${urlOf(path)}?tb=20&az=4`);
    expect(errors()).toEqual([]);
  });

  test('"download CSV" saves one row per line item', async () => {
    const {page, errors} = await openPage(path);
    await hydrated(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="cost-simulation"] .button', {hasText: /CSV/}).click(),
    ]);
    expect(download.suggestedFilename()).toBe('east-west-costs-us-east-1-10tb-3az.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.split('\r\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.some((line) => line.includes(',clusterip,') && line.includes(',cross-az,'))).toBe(true);
    // The clusterip total row: 136.5333…
    const totalRow = lines.find((line) => line.includes(',clusterip,') && line.includes(',total,'));
    expect(Number(totalRow?.split(',').at(-3))).toBeCloseTo(clusteripUsd(10, 3), 9);
    expect(errors()).toEqual([]);
  });
});

test('a link to the next guide page still moves focus to the top, as the theme does on navigation', async () => {
  const {page, errors} = await openPage('/docs/east-west-traffic');
  await page.waitForLoadState('networkidle');
  // The skip link's region takes focus for a moment (it is made focusable, focused, then not focusable again,
  // which leaves the sequential focus starting point there): record it as it happens.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, {focusedRoles: seen});
    document.addEventListener('focusin', (event) => seen.push(String((event.target as Element).getAttribute('role'))));
  });
  await page.locator('a.pagination-nav__link--next').click(); // a router navigation, no #fragment
  await page.waitForURL(/\/docs\/east-west-traffic\/./);
  await page.waitForFunction(() => (window as unknown as {focusedRoles: string[]}).focusedRoles.includes('region'));
  expect(errors()).toEqual([]);
});

test('a link opened in the other locale shows the same totals', async () => {
  const query = '?tb=37.5&az=2&rps=25000&svc=40&region=ap-northeast-2&base=internal-alb&p.albUsdPerLcuHour=0.009';
  const ko = await openPage(`/simulator${query}`);
  await hydrated(ko.page);
  await ko.page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="az"]')?.value === '2');
  const en = await openPage(`/en/simulator${query}`);
  await hydrated(en.page);
  await en.page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="az"]')?.value === '2');
  const koTotals = await allTotals(ko.page);
  expect(Object.keys(koTotals)).toHaveLength(11);
  expect(await allTotals(en.page)).toEqual(koTotals);
  // 37.5 TB × 1024 × 1/2 × $0.02 = $384.00
  expect(Number(koTotals.clusterip)).toBeCloseTo(clusteripUsd(37.5, 2), 9);
  expect(ko.errors()).toEqual([]);
  expect(en.errors()).toEqual([]);
});

describe('hostile query strings', () => {
  const cases: {query: string; params: string[]; tb?: number}[] = [
    {query: '?tb=<script>alert(1)</script>', params: ['tb']},
    {
      query: '?tb=%3Cscript%3Ealert(1)%3C%2Fscript%3E&base=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      params: ['tb', 'base'],
    },
    {query: '?az=1e309', params: ['az']},
    {query: '?rps=-5', params: ['rps']},
    {query: '?tb=NaN&tb=3', params: ['tb'], tb: 3},
    {query: `?tb=${'9'.repeat(10_000)}`, params: ['tb']},
    {
      query: `?region=${'x'.repeat(10_000)}&%E2%9C%93=%F0%9F%92%A5&p.albUsdPerHour=-1`,
      params: ['region', '✓', 'p.albUsdPerHour'],
    },
  ];

  test.each(cases)('$query renders a working page that names the params', async ({query, params, tb}) => {
    const dialogs: string[] = [];
    const {page, errors} = await openPage(`/en/simulator${query}`);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await hydrated(page);
    const notice = page.locator('[data-testid="sim-query-notice"]');
    await notice.waitFor();
    for (const param of params) {
      expect(await notice.locator(`li[data-param="${param}"]`).count(), param).toBe(1);
    }
    expect(
      await page.locator('[data-testid="cost-simulation"] script, [data-testid="cost-simulation"] img').count(),
    ).toBe(0);
    const totals = Object.values(await allTotals(page)).map(Number);
    expect(totals).toHaveLength(11);
    expect(totals.every(Number.isFinite)).toBe(true);
    // Outside the notice (which quotes the raw value), no number on screen is NaN or Infinity.
    const shown = await page.$eval('[data-testid="cost-simulation"]', (root) => {
      const copy = root.cloneNode(true) as HTMLElement;
      copy.querySelector('[data-testid="sim-query-notice"]')?.remove();
      return copy.textContent ?? '';
    });
    expect(shown).not.toMatch(/NaN|Infinity/);
    if (tb !== undefined) expect(await fieldNumber(page, 'tb')).toBe(tb);
    // The notice goes away, and the page still computes.
    await notice.getByRole('button').click();
    expect(await notice.count()).toBe(0);
    const az = page.locator('[data-testid="cost-simulation"] input[name="az"]');
    await az.fill('2');
    expect(await monthlyUsd(page, 'clusterip')).toBeGreaterThanOrEqual(0);
    expect(dialogs).toEqual([]);
    expect(errors()).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('phone width, %s mode', (colorMode) => {
  test.each(['/simulator', '/en/simulator'])('%s has no horizontal page scroll and draws its charts', async (path) => {
    const {page, errors} = await openPage(path, {viewport: PHONE, colorMode});
    await hydrated(page);
    // Below the fold the charts are not loaded yet, but their boxes already hold their height (no layout shift).
    expect(await page.locator('[data-testid="sim-charts"] .recharts-wrapper').count()).toBe(0);
    const boxHeights = await page.$$eval('[data-testid="sim-charts"] [role="img"]', (boxes) =>
      boxes.map((box) => Math.round(box.getBoundingClientRect().height)),
    );
    expect(boxHeights).toEqual([400, 320]);
    await scrollThrough(page);
    await page.locator('[data-testid="sim-charts"] .recharts-wrapper').first().waitFor();
    // The charts are drawn one after the other (separate short tasks): wait for the second.
    await expect.poll(() => page.locator('[data-testid="sim-charts"] .recharts-wrapper').count()).toBe(2);
    // The stacked bars are readable by category: one legend entry per cost category of the model.
    expect(await page.locator('[data-testid="sim-charts"] .recharts-legend-item').count()).toBe(COST_CATEGORIES.length);
    // Each chart is drawn at the width of its box, no wider (no horizontal scroll inside).
    const widths = await page.$$eval('[data-testid="sim-charts"] [role="img"]', (boxes) =>
      boxes.map((box) => [
        Math.round(box.getBoundingClientRect().width),
        Math.round(box.querySelector('svg.recharts-surface')?.getBoundingClientRect().width ?? -1),
      ]),
    );
    for (const [box, svg] of widths) expect(svg).toBeLessThanOrEqual(box!);
    const {scrollWidth, innerWidth} = await horizontalOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(errors()).toEqual([]);
  });
});

test("print of the guide opens the simulator's assumptions even before the reader has scrolled to it", async () => {
  const {page, errors} = await openPage('/docs/east-west-traffic/latency-and-cost');
  // The assumptions panel and the break-even arithmetic: folded on screen, open on paper.
  const details = page.locator('[data-testid="cost-simulation"] details[data-print-open]');
  const openStates = () => details.evaluateAll((nodes) => nodes.map((node) => (node as HTMLDetailsElement).open));
  expect(await openStates()).toEqual([false, false]);
  await page.emulateMedia({media: 'print'});
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await openStates()).toEqual([true, true]);
  expect(errors()).toEqual([]);
  await page.context().close();
});

test('print shows the current numbers and every assumption, without charts or buttons', async () => {
  const {page, errors} = await openPage('/en/docs/east-west-traffic/latency-and-cost?tb=20&az=4#cost-simulation');
  await hydrated(page);
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="az"]')?.value === '4');
  await page.emulateMedia({media: 'print'});
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const state = await page.$eval('[data-testid="cost-simulation"]', (root) => ({
    // The assumptions and the break-even arithmetic: every folded part of the widget prints open.
    detailsOpen: Array.from(root.querySelectorAll('details')).every((details) => details.open),
    chartsDisplay: getComputedStyle(root.querySelector('[data-testid="sim-charts"]') as Element).display,
    buttonsShown: Array.from(root.querySelectorAll('.button')).filter((b) => getComputedStyle(b).display !== 'none')
      .length,
    clusterip: root.querySelector('tr[data-option-id="clusterip"] td')?.textContent ?? '',
  }));
  expect(state.detailsOpen).toBe(true);
  expect(state.chartsDisplay).toBe('none');
  expect(state.buttonsShown).toBe(0);
  // 20 TB, 4 AZs: 20,480 × 3/4 × $0.02 = $307.20
  expect(state.clusterip).toContain('$307.20');
  expect(errors()).toEqual([]);
});
