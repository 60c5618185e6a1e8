import {useSyncExternalStore} from 'react';
import {flushSync} from 'react-dom';

/**
 * "Prepare the page for print" happens in two moments:
 * - once the page has loaded and the browser is idle (and a little later, so it stays clear of the first
 *   screen's work): asynchronous preparation, such as drawing the diagrams nobody scrolled to. A print starts
 *   with `beforeprint` and the browser lays out the page for paper right after it, so anything asynchronous
 *   must be done before the reader asks to print;
 * - at `beforeprint` (or when print media starts to match): what can be done synchronously, rendered at once.
 */

/**
 * Wait after `load` before the idle-time preparation. Drawing a page's print diagrams imports mermaid and renders
 * every diagram: 0.4 s of main thread on this project's test machine, in tasks of up to 1.7 s at Lighthouse's 4×
 * CPU. At 3 s it still fell inside page-load measurement in two of five Lighthouse runs of the first guide page
 * (TBT 1.6 and 3.3 s instead of ~0.6 s), that is, inside a slow load; 10 s keeps it clear of the load and of the
 * reader's first scroll on a slow phone.
 */
export const PRINT_PREPARE_DELAY_MS = 10_000;
/** Upper bound of the wait for an idle period once the delay has passed. */
const IDLE_TIMEOUT_MS = 5000;

type Win = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout'> & {
  requestIdleCallback?: (callback: () => void, options?: {timeout: number}) => number;
  document: Pick<Document, 'readyState'>;
};

/** Runs `callback` once: after the load event, PRINT_PREPARE_DELAY_MS, then the next idle period. */
export function whenIdleAfterLoad(callback: () => void, win: Win = window, delayMs = PRINT_PREPARE_DELAY_MS): void {
  const idle = () => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(callback, {timeout: IDLE_TIMEOUT_MS});
    else win.setTimeout(callback, 0);
  };
  const afterLoad = () => win.setTimeout(idle, delayMs);
  if (win.document.readyState === 'complete') afterLoad();
  else win.addEventListener('load', afterLoad, {once: true});
}

let printing = false;
let started = false;
const listeners = new Set<() => void>();

function onBeforePrint(): void {
  if (printing) return;
  printing = true;
  // The browser snapshots the page for print right after this event: render now, not in a later task.
  flushSync(() => listeners.forEach((listener) => listener()));
}

function start(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('beforeprint', onBeforePrint);
  const query = window.matchMedia?.('print');
  query?.addEventListener?.('change', (event) => {
    if (event.matches) onBeforePrint();
  });
}

function subscribe(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True from the first print on (and stays true: a second print needs the same content). */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
