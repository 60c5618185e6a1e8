/**
 * The simulator's state lives in the URL query (src/model/query.ts), so a link reproduces it. This module is the one
 * place that reads and writes it: a tiny external store that every widget on the page subscribes to through
 * useSimulationState(), so the simulator and LatencyCostComparison always show the same input.
 *
 * History: the first change of an editing burst pushes one entry, later changes in the same burst replace it,
 * and the burst ends SETTLE_DELAY_MS after the last change (or at once on commit(): a slider released, a
 * field left). Back/forward therefore step through settled states, not through every slider tick.
 * Browsers throttle history calls (Safari throws after 100 in 30 s), so replaceState is coalesced to at most
 * one call per URL_WRITE_INTERVAL_MS; the in-memory state updates at once, so totals never wait for the URL.
 */
import {applyBill} from '../../model/bill';
import {DEFAULT_INPUT, type SimulationInput} from '../../model/inputs';
import {parseSimulationQuery, serializeSimulationQuery, type QueryNotice} from '../../model/query';
import {SCENARIO_FILTER_PARAMS} from '../shared/scenarioFilterQuery';

export type {QueryNotice};

export interface SimulationSnapshot {
  readonly input: SimulationInput;
  /** What the URL codec ignored, clamped or rounded when the page's query was read. */
  readonly notices: readonly QueryNotice[];
  /** Notices beyond those listed (the codec caps the list). */
  readonly omittedNotices: number;
}

/**
 * Params other widgets keep in the same query, each list defined by its owner: carried over when the simulator
 * writes, and not reported as unknown when it reads.
 */
const OTHER_WIDGETS_PARAMS: readonly string[] = SCENARIO_FILTER_PARAMS;

/** How long after the last change an editing burst counts as settled and the next change pushes a new entry. */
export const SETTLE_DELAY_MS = 800;
/** Minimum spacing of replaceState calls during a burst. */
export const URL_WRITE_INTERVAL_MS = 150;

const SERVER_SNAPSHOT: SimulationSnapshot = {input: DEFAULT_INPUT, notices: [], omittedNotices: 0};

let snapshot: SimulationSnapshot = SERVER_SNAPSHOT;
/** The `location.search` the snapshot was parsed from or written to; null until first read. */
let snapshotSearch: string | null = null;
let burstOpen = false;
let burstTimer: ReturnType<typeof setTimeout> | undefined;
/** A URL waiting for its coalesced replaceState; while set, location.search lags the snapshot on purpose. */
let pendingUrl: string | null = null;
/** The page the pending URL belongs to: a navigation elsewhere in the meantime drops it. */
let pendingPathname: string | null = null;
let writeTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function writePendingUrl(): void {
  if (writeTimer !== undefined) clearTimeout(writeTimer);
  writeTimer = undefined;
  if (pendingUrl === null) return;
  if (window.location.pathname === pendingPathname) {
    window.history.replaceState(window.history.state, '', pendingUrl);
    snapshotSearch = window.location.search;
  }
  pendingUrl = null;
  pendingPathname = null;
}

function closeBurst(): void {
  writePendingUrl();
  if (burstTimer !== undefined) clearTimeout(burstTimer);
  burstTimer = undefined;
  burstOpen = false;
}

function onPopState(): void {
  // The user moved through history: drop our pending write (it belongs to the entry they left).
  if (writeTimer !== undefined) clearTimeout(writeTimer);
  writeTimer = undefined;
  pendingUrl = null;
  pendingPathname = null;
  if (burstTimer !== undefined) clearTimeout(burstTimer);
  burstTimer = undefined;
  burstOpen = false;
  emit();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pagehide', closeBurst);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      closeBurst();
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', closeBurst);
    }
  };
}

/**
 * The current state. Re-parses only when `location.search` changed behind our back (back/forward, a router
 * navigation to the same page with another query); otherwise returns the cached object, as
 * useSyncExternalStore requires.
 */
export function getSnapshot(): SimulationSnapshot {
  if (pendingUrl !== null && window.location.pathname === pendingPathname) return snapshot;
  const search = window.location.search;
  if (search !== snapshotSearch) {
    snapshotSearch = search;
    const parsed = parseSimulationQuery(search, OTHER_WIDGETS_PARAMS);
    const saysNothing =
      parsed.notices.length === 0 && parsed.omittedNotices === 0 && serializeSimulationQuery(parsed.input) === '';
    // A query with nothing beyond the defaults keeps the very object hydration used: a new (equal) snapshot
    // would make React re-render every subscribed widget synchronously right after hydrating it.
    snapshot = saysNothing
      ? SERVER_SNAPSHOT
      : {input: parsed.input, notices: parsed.notices, omittedNotices: parsed.omittedNotices};
  }
  return snapshot;
}

/** Server rendering and hydration use the defaults, so the static HTML contains the default results. */
export function getServerSnapshot(): SimulationSnapshot {
  return SERVER_SNAPSHOT;
}

/** Path + query + hash of the page for an input (the query holds only what differs from the defaults). */
export function relativeUrlFor(input: SimulationInput): string {
  // Other widgets on the page (the scenario filter) keep their own params in the same query: carry them over.
  const current = new URLSearchParams(window.location.search);
  const foreign = new URLSearchParams();
  for (const key of OTHER_WIDGETS_PARAMS) {
    const value = current.get(key);
    if (value !== null) foreign.set(key, value);
  }
  const query = [serializeSimulationQuery(input), foreign.toString()].filter((part) => part !== '').join('&');
  return `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
}

/** The absolute link that reproduces the current state, for "copy link" and the Markdown export. */
export function shareUrl(): string {
  return new URL(relativeUrlFor(getSnapshot().input), window.location.href).href;
}

/** Sets the whole input (already valid: components pass in-range numbers only) and writes it to the URL. */
export function setSimulationInput(requested: SimulationInput): void {
  const current = getSnapshot();
  if (requested === current.input) return;
  // With a measured bill, tb always follows it (base, az or tar may have changed the mapping).
  const next = applyBill(requested);
  const url = relativeUrlFor(next);
  if (!burstOpen) {
    // A new entry for the first change of a burst: "back" returns to the state before the edit.
    window.history.pushState(null, '', url);
    snapshotSearch = window.location.search;
    burstOpen = true;
  } else {
    pendingUrl = url;
    pendingPathname = window.location.pathname;
    if (writeTimer === undefined) writeTimer = setTimeout(writePendingUrl, URL_WRITE_INTERVAL_MS);
  }
  if (burstTimer !== undefined) clearTimeout(burstTimer);
  burstTimer = setTimeout(closeBurst, SETTLE_DELAY_MS);
  snapshot = {...current, input: next};
  emit();
}

/** Ends the current editing burst now (a slider released, a field left): the next change pushes. */
export function commitSimulationInput(): void {
  closeBurst();
}

export function dismissNotices(): void {
  const current = getSnapshot();
  if (current.notices.length === 0 && current.omittedNotices === 0) return;
  snapshot = {...current, notices: [], omittedNotices: 0};
  emit();
}
