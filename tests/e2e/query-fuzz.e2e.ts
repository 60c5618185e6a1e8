// Query-string fuzzing of the simulator page (parsing is total; hostile input never breaks the page): 200 fixed-seed hostile or random query strings,
// alternating /simulator and /en/simulator, on one reused page. For each: no dialog, no page error, no console
// error, the totals equal what the model computes for the page's own location.search, every data-monthly-usd
// is a finite number ≥ 0, no NaN/Infinity/undefined/∞ text, and nothing injected.
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {computeOptionCost} from '../../src/model/cost';
import {resolvePriceBook} from '../../src/model/prices';
import {parseSimulationQuery} from '../../src/model/query';
import {SINGLE_CLUSTER_OPTION_IDS} from '../../src/model/types';
import {openPage, urlOf, type OpenedPage} from './browser';
import {generateFuzzCases, type FuzzCase} from './lib/queryFuzz';

const FUZZ_SEED = 0x5eed_2026;
const CASE_COUNT = 200;
const BATCH = 25;
const CASES = generateFuzzCases(FUZZ_SEED, CASE_COUNT);
const PATHS = ['/simulator', '/en/simulator'] as const;

/** What the DOM must show for a search string: the model's totals, as the exact strings the page writes. */
function expectedTotals(search: string): Record<string, string> {
  const {input} = parseSimulationQuery(search);
  const book = resolvePriceBook(input.region, input.priceOverrides);
  return Object.fromEntries(
    SINGLE_CLUSTER_OPTION_IDS.map((id) => [id, String(computeOptionCost(id, input, book).totalUsd)]),
  );
}

type PageReport = {
  totals: Record<string, string>;
  badFields: string[];
  suspiciousText: string[];
  injected: string[];
};

/** Everything checked in one round trip. */
async function inspect(page: Page): Promise<PageReport> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="cost-simulation"]');
    if (root === null) return {totals: {}, badFields: ['no simulator root'], suspiciousText: [], injected: []};
    const totals: Record<string, string> = {};
    for (const row of Array.from(root.querySelectorAll('[data-monthly-usd]'))) {
      totals[row.getAttribute('data-option-id') ?? '?'] = row.getAttribute('data-monthly-usd') ?? '';
    }
    const badFields = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="number"], input[type="range"]'))
      // The measured bill is optional: its field is empty (not NaN) until the reader brings one.
      .filter((input) => !(input.name === 'bill' && input.value === ''))
      .filter((input) => !Number.isFinite(Number(input.value)) || input.value.trim() === '')
      .map((input) => `${input.name}=${JSON.stringify(input.value)}`);
    // The notice list quotes what the link contained (as text, by design), so it is left out of the text check.
    const clone = root.cloneNode(true) as Element;
    clone.querySelectorAll('[data-testid="sim-query-notice"]').forEach((n) => n.remove());
    // Text node by text node: textContent would glue "chart" and "NaN" into one word.
    const suspiciousText: string[] = [];
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      for (const match of (node.nodeValue ?? '').matchAll(/\b(?:NaN|Infinity|undefined)\b|∞/g))
        suspiciousText.push(match[0]);
    }
    const injected = [
      ...Array.from(
        document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], iframe, object, embed'),
      ).map((el) => el.outerHTML.slice(0, 120)),
      ...Array.from(root.querySelectorAll('script, style, iframe, a[href^="javascript:" i]')).map((el) =>
        el.outerHTML.slice(0, 120),
      ),
    ];
    return {totals, badFields, suspiciousText, injected};
  });
}

describe('query-string fuzz of the simulator', () => {
  let opened: OpenedPage;
  const dialogs: string[] = [];
  const started = Date.now();

  beforeAll(async () => {
    opened = await openPage(PATHS[0], {waitUntil: 'load'});
    opened.page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
  });

  afterAll(() => {
    console.log(
      `query fuzz: ${CASES.length} cases (seed ${FUZZ_SEED.toString(16)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  it(`generates at least 200 distinct cases from a fixed seed`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CASES.map((c) => c.query)).size).toBeGreaterThanOrEqual(200);
    // Fixed seed: the same cases every run.
    expect(generateFuzzCases(FUZZ_SEED, CASE_COUNT).map((c) => c.query)).toEqual(CASES.map((c) => c.query));
  });

  async function runCase(
    fuzz: FuzzCase,
    session: OpenedPage = opened,
    sessionDialogs: string[] = dialogs,
  ): Promise<string[]> {
    const {page, consoleErrors, pageErrors} = session;
    const before = {console: consoleErrors.length, page: pageErrors.length, dialogs: sessionDialogs.length};
    const path = PATHS[fuzz.id % PATHS.length]!;
    const problems: string[] = [];
    try {
      await page.goto(`${urlOf(path)}?${fuzz.query}`, {waitUntil: 'domcontentloaded', timeout: 20_000});
    } catch (error) {
      return [`navigation failed: ${String(error).slice(0, 300)}`];
    }
    // The page's own view of the query (the browser normalizes the address), and the totals it must show.
    const search = await page.evaluate(() => window.location.search);
    const expected = expectedTotals(search);
    try {
      // The server HTML holds the defaults; hydration applies the URL. Wait until the DOM shows the model's totals.
      await page.waitForFunction(
        (want) =>
          // Hydrated (React has attached to the server HTML) and showing the model's totals.
          Object.keys(document.querySelector('[data-testid="cost-simulation"]') ?? {}).some((key) =>
            key.startsWith('__reactFiber$'),
          ) &&
          Object.entries(want).every(
            ([id, usd]) =>
              document
                .querySelector(`[data-testid="cost-simulation"] [data-option-id="${id}"]`)
                ?.getAttribute('data-monthly-usd') === usd,
          ),
        expected,
        {timeout: 5_000},
      );
    } catch {
      // Reported below with the actual values.
    }
    // One more frame, so effects and lazily loaded pieces triggered by the URL have run.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const report = await inspect(page);

    for (const [id, usd] of Object.entries(report.totals)) {
      const n = Number(usd);
      if (usd.trim() === '' || !Number.isFinite(n) || n < 0)
        problems.push(`data-monthly-usd of ${id} is ${JSON.stringify(usd)}`);
    }
    if (Object.keys(report.totals).length !== SINGLE_CLUSTER_OPTION_IDS.length) {
      problems.push(`${Object.keys(report.totals).length} result rows, expected ${SINGLE_CLUSTER_OPTION_IDS.length}`);
    }
    const mismatched = Object.entries(expected).filter(([id, usd]) => report.totals[id] !== usd);
    if (mismatched.length > 0) {
      problems.push(
        `totals differ from the model for ${JSON.stringify(search.slice(0, 200))}: ` +
          mismatched.map(([id, usd]) => `${id} shows ${report.totals[id]} want ${usd}`).join(', '),
      );
    }
    if (report.badFields.length > 0) problems.push(`fields without a finite number: ${report.badFields.join(', ')}`);
    if (report.suspiciousText.length > 0) problems.push(`text in the simulator: ${report.suspiciousText.join(', ')}`);
    if (report.injected.length > 0) problems.push(`injected elements: ${report.injected.join(' | ')}`);
    problems.push(
      ...sessionDialogs.slice(before.dialogs).map((d) => `dialog opened: ${d}`),
      ...pageErrors.slice(before.page).map((e) => `page error: ${e.slice(0, 300)}`),
      ...consoleErrors.slice(before.console).map((e) => `console error: ${e.slice(0, 300)}`),
    );
    return problems;
  }

  it('the checks themselves catch an injected element, a dialog and a non-finite total', async () => {
    // On a page of its own, so the fuzz page never sees the planted markup.
    const own = await openPage(PATHS[1], {waitUntil: 'load'});
    const ownDialogs: string[] = [];
    own.page.on('dialog', (dialog) => {
      ownDialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    expect(await runCase({id: 1, label: 'self-test', query: 'tb=20'}, own, ownDialogs)).toEqual([]);
    // Play the vulnerable page: markup from the URL in the simulator, a script that runs, a total that overflows.
    await own.page.evaluate(() => {
      const root = document.querySelector('[data-testid="cost-simulation"]');
      root?.insertAdjacentHTML('beforeend', '<img src="x" onerror="alert(1)"><p>NaN</p>');
      document.querySelector('[data-option-id="clusterip"]')?.setAttribute('data-monthly-usd', 'Infinity');
    });
    await expect.poll(() => ownDialogs.length).toBe(1);
    const report = await inspect(own.page);
    expect(report.injected.join()).toContain('img');
    expect(report.suspiciousText).toContain('NaN');
    expect(report.totals.clusterip).toBe('Infinity');
    await own.context.close();
  });

  for (let start = 0; start < CASES.length; start += BATCH) {
    const batch = CASES.slice(start, start + BATCH);
    it(`cases ${start}–${start + batch.length - 1} leave the page intact`, async () => {
      const failures: string[] = [];
      for (const fuzz of batch) {
        const problems = await runCase(fuzz);
        if (problems.length > 0) {
          const shown =
            fuzz.query.length > 160 ? `${fuzz.query.slice(0, 160)}… (${fuzz.query.length} chars)` : fuzz.query;
          failures.push(
            `#${fuzz.id} ${fuzz.label} on ${PATHS[fuzz.id % PATHS.length]} ?${shown}\n    ${problems.join('\n    ')}`,
          );
        }
      }
      expect(failures, `\n${failures.join('\n')}\n`).toEqual([]);
    }, 120_000);
  }
});
