// The guide printed to PDF as a reader's browser prints it: print media, the beforeprint/afterprint events around
// it, no background graphics (the browsers' default), in both locales from a light and a dark screen. The PDF's
// text (pdftotext) and a grey-scale rendering of each page (pdftoppm) are checked: every diagram is a drawing,
// the current inputs' figures and their basis are printed, the summary for reviewers comes first, and no page
// is light text on white paper. Needs poppler-utils (.ci/run installs it).
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import {openPage, type ColorMode} from './browser';

// 20 TB a month over 4 AZs, and a scenario filter (single cluster, lowest latency).
const QUERY = '?tb=20&az=4&scope=single-cluster&needs=lowest-latency';
// clusterip by hand: 20 TB × 1024 GB × 3/4 of the bytes cross an AZ × $0.02 per GB crossed = $307.20
const CLUSTERIP_USD = '307.20';
// The only scenario matching the filter ("low cost and lowest latency") recommends PreferSameZone first: the
// summary's line reads "<scenario title>: ClusterIP + trafficDistribution: PreferSameZone" (the ranked table's row
// has no colon before the option's name).
const RECOMMENDED = ': ClusterIP + trafficDistribution: PreferSameZone';
// Oldest source of the us-east-1 price book: the AWS blog on NLB data transfer, read 2026-04-02.
const PRICES_EARLIEST = '2026-04-02';
// Mermaid source left unrendered: a diagram header, a subgraph or an arrow. (The prose says "flowchart" too.)
const MERMAID_SOURCE = /\b(graph|flowchart) (LR|RL|TB|BT|TD)\b|\bsubgraph |-->/;
// Load, the idle-time diagram drawing (mermaid's first download), a 45-page PDF and its rendering: on a busy
// 2-core machine this took up to a minute.
const PRINT_TEST_TIMEOUT_MS = 180_000;

const outDir = path.resolve('test-results/print');
const work = mkdtempSync(path.join(os.tmpdir(), 'east-west-print-'));

/** Waits for the diagrams' print copies (drawn when the page is idle after load), then prints like a browser. */
async function printToPdf(page: Page, name: string, printBackground = false): Promise<string> {
  await page.waitForFunction(
    () => {
      const boxes = Array.from(document.querySelectorAll<HTMLElement>('[data-mermaid-print-copy]'));
      return boxes.length > 0 && boxes.every((box) => box.dataset.state === 'done');
    },
    null,
    {timeout: 90_000},
  );
  await page.emulateMedia({media: 'print'});
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, await page.pdf({format: 'A4', printBackground}));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({media: 'screen'});
  return file;
}

/** The text of each page (pdftotext separates pages with form feeds). */
function pageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], {encoding: 'utf8', maxBuffer: 64 << 20});
  return text.split('\f').slice(0, -1);
}

interface Gray {
  readonly dark: number;
  readonly mean: number;
}

/** Share of dark pixels (< 160 of 255) and mean luminance of each page, from a 30 dpi grey-scale rendering. */
function pageGrays(pdf: string, name: string): Gray[] {
  const dir = mkdtempSync(path.join(work, `${name}-pgm-`));
  execFileSync('pdftoppm', ['-gray', '-r', '30', pdf, path.join(dir, 'p')]);
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const data = readFileSync(path.join(dir, file));
      // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'));
      if (header === null) throw new Error(`${file}: not a binary PGM`);
      const pixels = data.subarray(header[0].length);
      let dark = 0;
      let sum = 0;
      for (const value of pixels) {
        sum += value;
        if (value < 160) dark += 1;
      }
      return {dark: dark / pixels.length, mean: sum / pixels.length};
    });
}

function savePng(pdf: string, page: number, name: string): void {
  mkdirSync(outDir, {recursive: true});
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    path.join(outDir, name),
  ]);
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** Every diagram is a drawing: no Mermaid source, no "still being drawn" note, and its labels are text. */
function expectDiagramsDrawn(all: string): void {
  expect(all).not.toMatch(MERMAID_SOURCE);
  expect(all).not.toMatch(/still being drawn|아직 그리는 중/);
  // The drawings' labels are text in the PDF (mermaid writes them as HTML labels).
  expect(all).toContain('EKS Cluster A');
}

/** No page is light text on white: every page with text has dark pixels, and the paper is white. */
function expectDarkTextOnWhite(pdf: string, name: string, texts: readonly string[]): void {
  const grays = pageGrays(pdf, name);
  expect(grays).toHaveLength(texts.length);
  grays.forEach((gray, index) => {
    if (texts[index]!.trim() === '') return;
    expect(gray.dark, `page ${index + 1}: share of dark pixels`).toBeGreaterThan(0.003);
    expect(gray.mean, `page ${index + 1}: mean luminance`).toBeGreaterThan(200);
  });
}

describe.each([
  {locale: 'ko', prefix: '', summary: '검토용 요약', basis: '계산 기준', simCaption: '방식별 월 비용'},
  {
    locale: 'en',
    prefix: '/en',
    summary: 'Summary for reviewers',
    basis: 'Computed for',
    simCaption: 'Monthly cost by option',
  },
])('$locale guide printed', ({locale, prefix, summary, basis, simCaption}) => {
  test.each<ColorMode>(['light', 'dark'])(
    'whole guide (print view) from a %s screen: drawings, current figures, summary first, dark text on white',
    async (colorMode) => {
      const guide = `${prefix}/docs/east-west-traffic/print`;
      const {page, context, errors} = await openPage(`${guide}${QUERY}`, {colorMode});
      const name = `${locale}-${colorMode}`;
      const pdf = await printToPdf(page, name);
      const texts = pageTexts(pdf);
      const all = texts.join('\n');

      expectDiagramsDrawn(all);

      // Page 1 is the summary for reviewers: inputs, ranking, recommendation, the link; the guide starts on page 2.
      // (Compared without white space: Korean lines may wrap inside a date or a URL.)
      const first = compact(texts[0]!);
      expect(first).toContain(compact(summary));
      expect(first).toContain(CLUSTERIP_USD);
      expect(first).toContain(compact(RECOMMENDED));
      expect(first).toContain(PRICES_EARLIEST);
      expect(first).toContain(compact(`${guide}${QUERY}`));
      expect(texts[1]).not.toContain(summary);

      // The simulator's table is printed with the inputs and the prices' dates on the same page.
      const simPage = texts
        .map(compact)
        .find((text) => text.includes(compact(simCaption)) && text.includes(compact(basis)));
      expect(simPage, `a page with "${simCaption}"`).toBeDefined();
      expect(simPage).toContain(compact(basis));
      expect(simPage).toContain(PRICES_EARLIEST);
      expect(simPage).toContain(CLUSTERIP_USD);

      // Links say where they lead: an external link's address, a section link's title.
      expect(compact(all)).toContain('docs.aws.amazon.com/eks/latest/best-practices/scale-cluster-services.html');
      expect(all).toMatch(/\(→ [^)]+\)/);

      expectDarkTextOnWhite(pdf, name, texts);

      savePng(pdf, 1, `${name}-1`);
      savePng(pdf, 2, `${name}-2`);
      // The print is undone afterwards: the screen is back in the reader's colour mode.
      expect(await page.locator('html').getAttribute('data-theme')).toBe(colorMode);
      expect(errors()).toEqual([]);
      await context.close();
    },
    PRINT_TEST_TIMEOUT_MS,
  );

  test(
    'one guide page from a dark screen: its diagrams drawn, no summary, dark text on white',
    async () => {
      const guide = `${prefix}/docs/east-west-traffic`;
      const {page, context, errors} = await openPage(`${guide}${QUERY}`, {colorMode: 'dark'});
      const name = `${locale}-page-dark`;
      const pdf = await printToPdf(page, name);
      const texts = pageTexts(pdf);
      const all = texts.join('\n');
      expectDiagramsDrawn(all);
      // The summary for reviewers belongs to the whole-guide print view only.
      expect(compact(all)).not.toContain(compact(summary));
      expectDarkTextOnWhite(pdf, name, texts);
      savePng(pdf, 1, `${name}-1`);
      expect(errors()).toEqual([]);
      await context.close();
    },
    PRINT_TEST_TIMEOUT_MS,
  );
});

test(
  'from a dark screen with background graphics on, the paper is still white',
  async () => {
    // The guide's first page: it has diagrams, whose print copies printToPdf waits for.
    const {page, context} = await openPage(`/en/docs/east-west-traffic${QUERY}`, {colorMode: 'dark'});
    const pdf = await printToPdf(page, 'en-dark-backgrounds', true);
    const grays = pageGrays(pdf, 'en-dark-backgrounds');
    grays.forEach((gray, index) => expect(gray.mean, `page ${index + 1}: mean luminance`).toBeGreaterThan(200));
    await context.close();
  },
  PRINT_TEST_TIMEOUT_MS,
);

test('in print, rows, diagrams and code blocks do not break, and headings stay with what follows', async () => {
  // The print view holds every kind of block: tables, diagrams, code, the simulator's result rows.
  const {page, context} = await openPage('/en/docs/east-west-traffic/print');
  await page.emulateMedia({media: 'print'});
  const styles = await page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      return element === null ? null : getComputedStyle(element);
    };
    return {
      row: style('article table tr')?.breakInside,
      diagram: style('[data-mermaid-diagram]')?.breakInside,
      code: style('article pre')?.breakInside,
      resultRow: style('tr[data-option-id]')?.breakInside,
      caption: style('article caption')?.breakInside,
      heading: style('article h2')?.breakAfter,
    };
  });
  expect(styles).toEqual({
    row: 'avoid',
    diagram: 'avoid',
    code: 'avoid',
    resultRow: 'avoid',
    caption: 'avoid',
    heading: 'avoid',
  });
  await context.close();
});
