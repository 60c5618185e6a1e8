// Links to the single-page guide are a contract: every /docs/east-west-traffic#<id> of the guide as it was on
// 2026-12-02 (tests/e2e/fixtures/legacy-guide-ids.json, frozen) must land on the page that now renders <id>,
// with the element in view, in both languages. Where an id lives is read from the built HTML, not from the
// map the site uses to send links on.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {buildDir, openPage, urlOf} from './browser';
import legacy from './fixtures/legacy-guide-ids.json';

const IDS = [...legacy.headings, ...legacy.rows];

/** Site path of the built guide page (print view excluded) whose HTML has id="<id>", for one locale. */
function renderedOn(localePrefix: '' | '/en'): Map<string, string> {
  const docs = path.join(buildDir, localePrefix, 'docs');
  const files = [
    {sitePath: `${localePrefix}/docs/east-west-traffic`, file: path.join(docs, 'east-west-traffic.html')},
    ...readdirSync(path.join(docs, 'east-west-traffic'))
      .filter((name) => name.endsWith('.html') && name !== 'print.html')
      .map((name) => ({
        sitePath: `${localePrefix}/docs/east-west-traffic/${name.replace(/\.html$/, '')}`,
        file: path.join(docs, 'east-west-traffic', name),
      })),
  ];
  const where = new Map<string, string>();
  for (const {sitePath, file} of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\sid="?([A-Za-z0-9_-]+)/g)) {
      if (IDS.includes(match[1]!)) where.set(match[1]!, sitePath);
    }
  }
  return where;
}

test.each(['', '/en'] as const)(
  'every old link %s/docs/east-west-traffic#<id> lands on the page and element holding <id>',
  async (prefix) => {
    const where = renderedOn(prefix);
    // every id of the old guide is still rendered by some page
    expect(IDS.filter((id) => !where.has(id))).toEqual([]);
    // the guide really is several pages, so links do move
    expect(new Set(where.values()).size).toBeGreaterThan(3);

    const {page, errors} = await openPage(`${prefix}/`, {waitUntil: 'load'});
    const wrong: string[] = [];
    for (const id of IDS) {
      // a fresh load each time, as a link from elsewhere arrives (not a same-document hash change)
      await page.goto('about:blank');
      await page.goto(urlOf(`${prefix}/docs/east-west-traffic#${id}`), {waitUntil: 'load'});
      const expected = urlOf(`${where.get(id)}#${id}`);
      try {
        await page.waitForURL(expected, {timeout: 10_000});
        const target = page.locator(`[id="${id}"]`);
        await expect
          .poll(
            async () => {
              const box = await target.boundingBox();
              return box !== null && box.y >= 0 && box.y < 400;
            },
            {timeout: 10_000},
          )
          .toBe(true);
      } catch {
        const box = await page
          .locator(`[id="${id}"]`)
          .boundingBox()
          .catch(() => null);
        wrong.push(`${id}: at ${page.url()}, element at y=${box?.y ?? 'none'} (expected ${expected}, in view)`);
      }
    }
    expect(wrong).toEqual([]);
    expect(errors()).toEqual([]);
    await page.context().close();
  },
  600_000,
);

test.each(['', '/en'] as const)(
  '%s: an old link keeps its query string (the simulator inputs) on the new page',
  async (prefix) => {
    const {page, errors} = await openPage(`${prefix}/docs/east-west-traffic?tb=20&az=2#cost-simulation`);
    await page.waitForURL(urlOf(`${prefix}/docs/east-west-traffic/latency-and-cost?tb=20&az=2#cost-simulation`));
    // the simulator on the new page reads the inputs from the address
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="az"]')?.value === '2');
    expect(errors()).toEqual([]);
    await page.context().close();
  },
);

test.each(['', '/en'] as const)(
  '%s: in-app navigation to an old link also moves on, to the element',
  async (prefix) => {
    const {page, errors} = await openPage(`${prefix}/docs/east-west-traffic`);
    // a same-document navigation (no page load), as the address bar's hash change or the router would do
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, 'troubleshooting-cross-az-cost');
    await page.waitForURL(urlOf(`${prefix}/docs/east-west-traffic/troubleshooting#troubleshooting-cross-az-cost`));
    const target = page.locator('#troubleshooting-cross-az-cost');
    // the router scrolls to the hash once the new page has rendered: the element ends up near the top
    await expect
      .poll(async () => Math.round((await target.boundingBox())?.y ?? -1), {timeout: 20_000})
      .toBeGreaterThanOrEqual(0);
    await expect
      .poll(async () => Math.round((await target.boundingBox())?.y ?? -1), {timeout: 20_000})
      .toBeLessThan(400);
    // Leaving the first page detaches its diagrams; that must not scroll the new page away from the target later.
    await page.waitForTimeout(1_000);
    expect(Math.round((await target.boundingBox())?.y ?? -1)).toBeGreaterThanOrEqual(0);
    expect(Math.round((await target.boundingBox())?.y ?? -1)).toBeLessThan(400);
    expect(errors()).toEqual([]);
    await page.context().close();
  },
);
