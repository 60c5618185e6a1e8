// After a same-page jump to a section (table of contents, heading links), keep the section's heading where the
// jump put it while the page around it settles: off-screen blocks swap placeholder heights for real ones as they
// come near the viewport, and parts of the guide go live (src/components/Deferred). The browser's own scroll
// anchoring does not always compensate (its anchor may be replaced, or chosen inside a block being resized).
// Browsers keep a fragment target in place this way while a page loads; this does the same after a jump, until
// the reader scrolls or a second has passed.
import type {ClientModule} from '@docusaurus/types';
import {hashTarget} from '../components/shared/hashTarget';

const SETTLE_MS = 1000;
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** Where a jump puts a fragment target: its scroll-margin-top below the top of the viewport (the sticky navbar). */
export function jumpTop(target: Element, win: Window = window): number {
  return parseFloat(win.getComputedStyle(target).scrollMarginTop) || 0;
}

/**
 * Holds the element `find` returns at `top` px from the top of the viewport, frame by frame, for `settleMs` or
 * until the reader scrolls. It is looked up every frame: a part going live replaces its elements. Returns a
 * function that stops holding.
 */
export function holdInPlace(find: () => Element | null, top: number, settleMs = SETTLE_MS, win: Window = window): () => void {
  const until = win.performance.now() + settleMs;
  let frame = 0;
  const stop = () => {
    win.cancelAnimationFrame(frame);
    for (const type of READER_INPUT) win.removeEventListener(type, stop, true);
  };
  const check = () => {
    const target = find();
    if (target === null || win.performance.now() > until) return stop();
    const drift = target.getBoundingClientRect().top - top;
    if (Math.abs(drift) >= 1) win.scrollBy(0, drift);
    frame = win.requestAnimationFrame(check);
  };
  for (const type of READER_INPUT) win.addEventListener(type, stop, {capture: true, passive: true});
  frame = win.requestAnimationFrame(check);
  return stop;
}

let release: (() => void) | undefined;

/** Starts holding the current fragment's target, from the frame after the jump. */
function holdHashTarget(): void {
  release?.();
  release = undefined;
  window.requestAnimationFrame(() => {
    const target = hashTarget(window.location.hash);
    if (target !== null) release = holdInPlace(() => hashTarget(window.location.hash), jumpTop(target));
  });
}

// Table-of-contents and heading links are plain #fragment links: the browser jumps and fires hashchange.
if (typeof window !== 'undefined') window.addEventListener('hashchange', holdHashTarget);

const keepHashTarget: ClientModule = {
  onRouteDidUpdate({location, previousLocation}) {
    // A router navigation to a fragment of the same page (a page's own fragment on load is kept by the browser).
    if (previousLocation !== null && previousLocation.pathname === location.pathname && location.hash !== '') {
      holdHashTarget();
    }
  },
};

export default keepHashTarget;
