// Starting from the bill, in a real browser against the production build, in both locales: paste a CUR 2.0
// export → bill set → totals follow → the URL holds bill → reload keeps it → the traffic slider drops it;
// load a legacy CUR file; the measuring guide with its section ids; hostile bill values in the URL.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import {MEASURE_GUIDE_SECTION_IDS} from '../support/measureGuide';
import {PHONE, horizontalOverflow, openPage} from './browser';

const LOCALES = [
  {prefix: '', name: 'ko'},
  {prefix: '/en', name: 'en'},
] as const;

const FIXTURES = path.join(process.cwd(), 'src/model/billFixtures');
const CUR2 = readFileSync(path.join(FIXTURES, 'cur2-data-export.csv'), 'utf8');

const SIM = '[data-testid="cost-simulation"]';

async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="cost-simulation"] input[name="tb"]') !== null);
  await page.waitForLoadState('networkidle');
}

async function monthlyUsd(page: Page, optionId: string): Promise<number> {
  return Number(await page.locator(`${SIM} tr[data-option-id="${optionId}"]`).getAttribute('data-monthly-usd'));
}

async function value(page: Page, name: string): Promise<string> {
  return page.locator(`${SIM} [name="${name}"]`).inputValue();
}

describe.each(LOCALES)('bill import ($name)', ({prefix}) => {
  const simulator = `${prefix}/simulator`;

  test('paste a CUR 2.0 export → bill, totals and URL follow; reload keeps it; the slider drops it', async () => {
    const {page, errors} = await openPage(simulator);
    await hydrated(page);
    expect(await value(page, 'bill')).toBe('');
    await page.locator(`${SIM} textarea[name="bill-import"]`).fill(CUR2);

    // October 2026: 10,240.25 + 10,239.75 = 20,480 GB-direction
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="bill"]')?.value === '20480');
    // 20,480 / (2 × 1,024 × 2/3) = 15 TB; clusterip = 20,480 × $0.01 = $204.80
    expect(await value(page, 'tb')).toBe('15');
    expect(await monthlyUsd(page, 'clusterip')).toBeCloseTo(204.8, 9);
    expect(await page.locator(`${SIM} tr[data-option-id="clusterip"] td`).first().textContent()).toContain('$204.80');
    expect(await page.locator(`${SIM} [data-testid="bill-import-message"]`).textContent()).toContain('2026-10');
    expect(await page.locator(`${SIM} [data-testid="bill-mapping"]`).getAttribute('data-kind')).toBe('derived');
    await page.waitForFunction(() => window.location.search === '?bill=20480');

    await page.reload({waitUntil: 'networkidle'});
    await hydrated(page);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="bill"]')?.value === '20480');
    expect(await value(page, 'tb')).toBe('15');
    expect(await monthlyUsd(page, 'clusterip')).toBeCloseTo(204.8, 9);

    // Keyboard on the traffic slider: the reader takes over the traffic figure, the bill goes.
    const slider = page.locator(`${SIM} input[name="tb-range"]`);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="bill"]')?.value === '');
    await page.waitForFunction(() => /^\?tb=[0-9.]+$/.test(window.location.search));
    expect(await page.locator(`${SIM} [data-testid="bill-mapping"]`).count()).toBe(0);
    expect(errors()).toEqual([]);
  }, 180_000);

  test('a legacy CUR file from the file picker sets the bill and the Seoul price book', async () => {
    const {page, errors} = await openPage(simulator);
    await hydrated(page);
    await page.locator(`${SIM} input[name="bill-file"]`).setInputFiles(path.join(FIXTURES, 'legacy-cur.csv'));
    // 5,000 + 5,240 = 10,240 GB in APN2
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="bill"]')?.value === '10240');
    expect(await value(page, 'region')).toBe('ap-northeast-2');
    // 10,240 / (2 × 1,024 × 2/3) = 7.5 TB; clusterip = 10,240 × $0.01 = $102.40
    expect(await value(page, 'tb')).toBe('7.5');
    expect(await monthlyUsd(page, 'clusterip')).toBeCloseTo(102.4, 9);
    await page.waitForFunction(() => window.location.search === '?bill=10240&region=ap-northeast-2');
    expect(errors()).toEqual([]);
  });

  test('garbage changes nothing and says so', async () => {
    const {page, errors} = await openPage(`${simulator}?bill=5000`);
    await hydrated(page);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="bill"]')?.value === '5000');
    await page.locator(`${SIM} textarea[name="bill-import"]`).fill('garbage;"unclosed\n'.repeat(2000));
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="bill-import-message"]')?.textContent ?? '') !== '',
    );
    expect(await value(page, 'bill')).toBe('5000');
    expect(errors()).toEqual([]);
  }, 120_000);

  test('hostile bill values in the URL never break the page', async () => {
    const hostile = ['-1', 'NaN', '1e400', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '0', '1.5&bill=3', '%E0%A4%A'];
    const {page, errors} = await openPage(simulator);
    for (const bad of hostile) {
      await page.goto(`${page.url().split('?')[0]}?bill=${bad}&tb=2`, {waitUntil: 'networkidle'});
      await hydrated(page);
      // The notice echoes the raw value as text (that is its job); the figures and fields must stay numbers.
      const text = (await page.locator(`${SIM} table`).first().textContent()) ?? '';
      expect(text, bad).toMatch(/\$/);
      expect(text, bad).not.toContain('NaN');
      expect(text, bad).not.toContain('Infinity');
      expect(await value(page, 'bill'), bad).toMatch(/^[0-9]*$/);
      expect(Number(await value(page, 'tb')), bad).toBeGreaterThan(0);
    }
    expect(errors()).toEqual([]);
  }, 180_000);

  test('the measuring guide renders with its section ids and links to the simulator', async () => {
    const {page, errors} = await openPage(`${prefix}/docs/measure-east-west-traffic`);
    for (const id of MEASURE_GUIDE_SECTION_IDS) {
      expect(await page.locator(`h2#${id}`).count(), id).toBe(1);
    }
    expect(await page.locator(`a[href="${prefix}/simulator?bill=20480"]`).count()).toBeGreaterThan(0);
    // The worked example's figures come from the model: 15 TB under clusterip = $204.80.
    expect(await page.locator('[data-option-id="clusterip"][data-usd]').first().textContent()).toBe('$204.80');
    expect(await page.locator(`nav a[href="${prefix}/docs/measure-east-west-traffic"]`).count()).toBeGreaterThan(0);
    expect(errors()).toEqual([]);
  });

  test('at 375 px, the simulator with an imported bill does not scroll sideways', async () => {
    const {page, errors} = await openPage(`${simulator}?bill=20480`, {viewport: PHONE});
    await hydrated(page);
    const {scrollWidth, innerWidth} = await horizontalOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(errors()).toEqual([]);
  });
});
