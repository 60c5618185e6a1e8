// The guide's four mermaid diagrams (paths, multi-cluster, the two decision flowcharts) render as SVG in both locales and both colour modes.
import {describe, expect, test} from 'vitest';
import {openPage, renderedMermaidCount, type ColorMode} from './browser';

const GUIDE_DIAGRAMS = 4;

describe.each(['/docs/east-west-traffic', '/en/docs/east-west-traffic'])('%s', (guidePath) => {
  test.each<ColorMode>(['light', 'dark'])('renders every diagram in %s mode', async (colorMode) => {
    const {page, errors} = await openPage(guidePath, {colorMode});
    expect(await page.locator('html').getAttribute('data-theme')).toBe(colorMode);

    await expect.poll(() => renderedMermaidCount(page), {timeout: 20_000}).toBeGreaterThanOrEqual(GUIDE_DIAGRAMS);
    // mermaid draws a "Syntax error" picture instead of throwing when a diagram does not parse
    const diagramText = await page
      .locator('[data-mermaid-diagram], .docusaurus-mermaid-container')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? '').join('\n'));
    expect(diagramText).not.toMatch(/syntax error/i);
    expect(errors()).toEqual([]);
    await page.context().close();
  });
});
