import {useEffect, useRef, useState, type ReactNode, type RefObject} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import Mermaid from '@theme-original/Mermaid';
import type {Props} from '@theme/Mermaid';
import {useNearViewport} from '@site/src/components/lazy/nearViewport';
import {PRINT_COPY_ATTRIBUTE, SOURCE_ATTRIBUTE, printCopiesStarted, renderPrintCopies} from './printCopies';
import styles from './styles.module.css';

// Mermaid is ~1.4 MB of JavaScript. The original component renders (and so downloads mermaid) as soon as the
// page hydrates; this wrapper mounts it only when the diagram comes within half a screen below the viewport, is
// scrolled past, or the page is about to print (src/components/lazy). Until then a box of similar size holds the
// place so that the text below does not jump. Print uses a separate light copy drawn once the page is idle
// (./printCopies.ts, src/clientModules/printDiagrams.ts); a print before any drawing exists says so instead of
// printing the source.

/** Start rendering when the diagram's top is less than half a viewport height below the viewport. */
const LOOKAHEAD_SCREENS = 0.5;

/** True once an <svg> has appeared inside the element (the original renders asynchronously). */
function useHasSvg(ref: RefObject<HTMLElement | null>, watching: boolean): boolean {
  const [hasSvg, setHasSvg] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!watching || hasSvg || !element) return undefined;
    const update = () => {
      if (element.querySelector('svg')) setHasSvg(true);
    };
    const observer = new MutationObserver(update);
    observer.observe(element, {childList: true, subtree: true});
    update();
    return () => observer.disconnect();
  }, [watching, hasSvg, ref]);
  return hasSvg;
}

/**
 * Keeps what the reader is looking at still when a diagram above the viewport changes height (its placeholder
 * replaced by the SVG after an anchor jump, say): the browser's own scroll anchoring does not catch this case,
 * and a section link would otherwise end up under the navbar.
 */
function useKeepViewportStill(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    let height = element.getBoundingClientRect().height;
    let scrollY = window.scrollY;
    const onScroll = () => {
      scrollY = window.scrollY;
    };
    const observer = new ResizeObserver(() => {
      // Leaving the page detaches the diagram (height 0) before React's cleanup disconnects this observer:
      // that is not a change on the page in view, and scrolling for it would move the new page.
      if (!element.isConnected) return;
      const rect = element.getBoundingClientRect();
      const delta = rect.height - height;
      height = rect.height;
      // Only a diagram wholly above the viewport moves the content in view; if the browser already
      // compensated (scrollY moved by the same amount), leave it.
      if (delta === 0 || rect.bottom > 0 || Math.abs(window.scrollY - scrollY - delta) < 1) return;
      window.scrollBy({top: delta, behavior: 'instant'});
    });
    observer.observe(element);
    window.addEventListener('scroll', onScroll, {passive: true});
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    };
  }, [ref]);
}

export default function LazyMermaid(props: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, {screens: LOOKAHEAD_SCREENS});
  const rendered = useHasSvg(ref, near);
  useKeepViewportStill(ref);
  useEffect(() => {
    // This diagram mounted after the page's print copies were started (rendered later on the client): its print
    // box is new and empty.
    if (printCopiesStarted() && ref.current) void renderPrintCopies(ref.current);
  }, []);
  return (
    <div ref={ref} data-mermaid-diagram="" className={clsx(styles.diagram, !rendered && styles.pending)}>
      {near && <Mermaid {...props} />}
      {/* Filled with an SVG outside React (./printCopies.ts); React never renders children into it. */}
      <div {...{[PRINT_COPY_ATTRIBUTE]: ''}} className={styles.printCopy} />
      <pre {...{[SOURCE_ATTRIBUTE]: ''}} className={styles.source}>
        {props.value}
      </pre>
      <p className={styles.notDrawn}>
        <Translate id="mermaid.print.notDrawn">
          다이어그램을 아직 그리는 중입니다. 몇 초 뒤에 다시 인쇄하세요.
        </Translate>
      </p>
    </div>
  );
}
