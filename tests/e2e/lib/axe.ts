/**
 * axe-core in a Playwright page: inject the installed axe.min.js, run the WCAG 2.0/2.1 A and AA rules plus
 * best practices, and format violations so a failure names the rule, its impact, the elements and the page.
 */
import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';
import type {AxeResults, ImpactValue, Result} from 'axe-core';

const require = createRequire(import.meta.url);
/** Path of the axe-core bundle from node_modules (no network, same version as package-lock). */
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

export const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

export async function runAxe(page: Page): Promise<Result[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as {axe?: unknown}).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({path: AXE_PATH});
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as {axe: {run: (context: unknown, options: unknown) => Promise<AxeResults>}}).axe.run(
        document,
        {
          runOnly: {type: 'tag', values: tags},
          resultTypes: ['violations'],
        },
      ),
    [...AXE_TAGS],
  );
  return results.violations;
}

export function blocking(violations: readonly Result[]): Result[] {
  return violations.filter((v) => v.impact != null && BLOCKING_IMPACTS.includes(v.impact));
}

/** One readable paragraph per violation: rule id, impact, help, and up to 8 target selectors with their summary. */
export function formatViolations(violations: readonly Result[], where: string): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 8).map((node) => {
        const summary = (node.failureSummary ?? '').split('\n').slice(1, 2).join(' ').trim();
        return `      ${node.target.join(' ')}${summary === '' ? '' : `  — ${summary}`}`;
      });
      const more = v.nodes.length > 8 ? [`      … and ${v.nodes.length - 8} more`] : [];
      return [`  [${v.impact}] ${v.id} on ${where}: ${v.help} (${v.nodes.length} element(s))`, ...nodes, ...more].join(
        '\n',
      );
    })
    .join('\n');
}
