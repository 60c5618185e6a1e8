// The guide's prose keeps its vertical rhythm in every part of the page, including the blocks that skip layout
// while off-screen (content-visibility, src/css/custom.css). Containment keeps a list's edge margins (a loose
// item's paragraph) inside the list's box instead of letting them collapse with the list's own, which opens an
// extra blank band at the list's top or bottom: a block's box must end where its text ends.
import {expect, test} from 'vitest';
import {DESKTOP, PHONE, openPage, scrollThrough} from './browser';

const GUIDES = ['/docs/east-west-traffic', '/en/docs/east-west-traffic'];
/** Line boxes (line-height 1.65) are taller than the text they hold; a trapped margin is at least 16 px. */
const LINE_SLACK_PX = 8;

test.each(GUIDES.flatMap((guide) => [PHONE, DESKTOP].map((viewport) => [guide, viewport] as const)))(
  '%s: paragraphs and lists have no blank band inside their edges, contained or not (%o)',
  async (guide, viewport) => {
    const {page, errors} = await openPage(guide, {viewport});
    await scrollThrough(page); // every block rendered at least once, so none holds a placeholder height
    const blocks = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.markdown > .deferred-section > :is(p, ul, ol)')).map((block) => {
        const box = block.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(block);
        const text = range.getBoundingClientRect();
        return {
          block: `${block.tagName} “${(block.textContent ?? '').slice(0, 30)}”`,
          contained: getComputedStyle(block).contentVisibility === 'auto',
          list: block.tagName !== 'P',
          loose: block.querySelector(':scope > li > p') !== null,
          top: Math.round(text.top - box.top),
          bottom: Math.round(box.bottom - text.bottom),
        };
      }),
    );
    expect(blocks.filter(({contained}) => contained).length).toBeGreaterThan(50); // the rule is in force
    // contained loose lists exist, so the case that needs the margin rules is exercised
    expect(blocks.filter(({contained, loose}) => contained && loose).length).toBeGreaterThan(0);
    const banded = blocks.filter(({top, bottom}) => top > LINE_SLACK_PX || bottom > LINE_SLACK_PX);
    expect(banded).toEqual([]);
    expect(errors()).toEqual([]);
    await page.context().close();
  },
);
