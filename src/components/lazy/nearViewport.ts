import {useEffect, useState, type RefObject} from 'react';

/**
 * When a lazy part of the page (a chart, a Mermaid diagram) loads: once its box starts no more than `screens`
 * viewport heights below the viewport, or lies anywhere above it. A position test rather than an
 * IntersectionObserver, because a jump (End, an anchor link, scrollTo) can carry a part from below the viewport to
 * above it without it ever intersecting.
 */
export function isNearViewport(element: Element, screens: number): boolean {
  const view = element.ownerDocument.defaultView;
  const box = boxOf(element);
  if (view === null || box === null) return false;
  return box.top <= view.innerHeight * (1 + screens);
}

/** Top of the element's box; a `display: contents` wrapper has none, so its first child's is used. */
function boxOf(element: Element): {top: number} | null {
  const own = element.getBoundingClientRect();
  if (own.width > 0 || own.height > 0) return own;
  const first = element.firstElementChild;
  return first === null ? null : first.getBoundingClientRect();
}

export interface NearViewportOptions {
  /** How far below the viewport, in viewport heights, the part counts as near (default 1). */
  readonly screens?: number;
  /** Also near when the page is about to print (default true; false for what print hides, like charts). */
  readonly print?: boolean;
}

/**
 * True from the moment the element is near the viewport (isNearViewport), or the page is about to print, and
 * from then on. Checked in the first frame after mount, so not inside hydration, then once per frame while the
 * reader scrolls or resizes.
 */
export function useNearViewport(ref: RefObject<Element | null>, options: NearViewportOptions = {}): boolean {
  const {screens = 1, print = true} = options;
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || element === null) return undefined;
    const activate = () => setNear(true);
    let frame = 0;
    const check = () => {
      frame = 0;
      if (isNearViewport(element, screens)) activate();
    };
    const schedule = () => {
      if (frame === 0) frame = window.requestAnimationFrame(check);
    };
    const printing = print && typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onPrintChange = (event: MediaQueryListEvent) => {
      if (event.matches) activate();
    };
    schedule();
    window.addEventListener('scroll', schedule, {passive: true});
    window.addEventListener('resize', schedule, {passive: true});
    if (print) window.addEventListener('beforeprint', activate);
    printing?.addEventListener('change', onPrintChange);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('beforeprint', activate);
      printing?.removeEventListener('change', onPrintChange);
    };
  }, [near, ref, screens, print]);
  return near;
}
