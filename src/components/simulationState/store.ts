/**
 * The simulator's state lives in the URL query (src/model/query.ts), so a link reproduces it. This module is the one
 * place that reads and writes it: a tiny external store over the router's history that every widget on the page
 * subscribes to through useSimulationState(), so the simulator and LatencyCostComparison always show the same
 * input, and the router's location (the scenario filter reads it) never lags the address bar.
 *
 * History: the first change of an editing burst pushes one entry, later changes in the same burst replace it,
 * and the burst ends SETTLE_DELAY_MS after the last change (or at once on commit(): a slider released, a
 * field left). Back/forward therefore step through settled states, not through every slider tick.
 * Browsers throttle history calls (Safari throws after 100 in 30 s), so history.replace is coalesced to at most
 * one call per URL_WRITE_INTERVAL_MS; the in-memory state updates at once, so totals never wait for the URL.
 */
import type {useHistory} from '@docusaurus/router';
import {applyBill} from '../../model/bill';
import {DEFAULT_INPUT, type SimulationInput} from '../../model/inputs';
import {parseSimulationQuery, serializeSimulationQuery, type QueryNotice} from '../../model/query';
import {SCENARIO_FILTER_PARAMS} from '../shared/scenarioFilterQuery';

export type {QueryNotice};

/** The router's history (one per app): what the store reads the query from and writes it to. */
export type RouterHistory = ReturnType<typeof useHistory>;

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
/** Minimum spacing of history.replace calls during a burst. */
export const URL_WRITE_INTERVAL_MS = 150;

const SERVER_SNAPSHOT: SimulationSnapshot = {input: DEFAULT_INPUT, notices: [], omittedNotices: 0};

/** A page address split the way the history's location is. */
interface Address {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

let snapshot: SimulationSnapshot = SERVER_SNAPSHOT;
/** The query the snapshot was parsed from or written to; null until first read. */
let snapshotSearch: string | null = null;
let burstOpen = false;
let burstTimer: ReturnType<typeof setTimeout> | undefined;
/** A write waiting for its coalesced history.replace; while set, the location's query lags the snapshot on purpose. */
let pending: {readonly history: RouterHistory; readonly pathname: string; readonly input: SimulationInput} | null =
  null;
let writeTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
let unlisten: (() => void) | undefined;

function emit(): void {
  for (const listener of listeners) listener();
}

function writePending(): void {
  if (writeTimer !== undefined) clearTimeout(writeTimer);
  writeTimer = undefined;
  const write = pending;
  pending = null;
  // A navigation to another page in the meantime drops the write: it belongs to the page the reader left.
  if (write === null || write.history.location.pathname !== write.pathname) return;
  // Addressed now, not when queued, so a filter change made in between is kept.
  const to = addressFor(write.history, write.input);
  snapshotSearch = to.search;
  write.history.replace(to);
}

function closeBurst(): void {
  writePending();
  if (burstTimer !== undefined) clearTimeout(burstTimer);
  burstTimer = undefined;
  burstOpen = false;
}

function onHistoryChange(_location: unknown, action: string): void {
  if (action === 'POP') {
    // The reader moved through history: drop our pending write (it belongs to the entry they left).
    if (writeTimer !== undefined) clearTimeout(writeTimer);
    writeTimer = undefined;
    pending = null;
    if (burstTimer !== undefined) clearTimeout(burstTimer);
    burstTimer = undefined;
    burstOpen = false;
  }
  emit();
}

export function subscribe(history: RouterHistory, listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    unlisten = history.listen(onHistoryChange);
    window.addEventListener('pagehide', closeBurst);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      closeBurst();
      unlisten?.();
      unlisten = undefined;
      window.removeEventListener('pagehide', closeBurst);
    }
  };
}

/**
 * The current state. Re-parses only when the query changed behind our back (back/forward, a navigation to the
 * same page with another query, the scenario filter); otherwise returns the cached object, as
 * useSyncExternalStore requires.
 */
export function getSnapshot(history: RouterHistory): SimulationSnapshot {
  const {pathname, search} = history.location;
  if (pending !== null && pathname === pending.pathname) return snapshot;
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

/** The page's address for an input (the query holds only what differs from the defaults). */
function addressFor(history: RouterHistory, input: SimulationInput): Address {
  const {pathname, hash} = history.location;
  // Other widgets on the page (the scenario filter) keep their own params in the same query: carry them over.
  const current = new URLSearchParams(history.location.search);
  const foreign = new URLSearchParams();
  for (const key of OTHER_WIDGETS_PARAMS) {
    const value = current.get(key);
    if (value !== null) foreign.set(key, value);
  }
  const query = [serializeSimulationQuery(input), foreign.toString()].filter((part) => part !== '').join('&');
  return {pathname, search: query === '' ? '' : `?${query}`, hash};
}

/** The absolute link that reproduces the current state, for "copy link" and the Markdown export. */
export function shareUrl(history: RouterHistory): string {
  const {pathname, search, hash} = addressFor(history, getSnapshot(history).input);
  return new URL(`${pathname}${search}${hash}`, window.location.href).href;
}

/** Sets the whole input (already valid: components pass in-range numbers only) and writes it to the URL. */
export function setSimulationInput(history: RouterHistory, requested: SimulationInput): void {
  const current = getSnapshot(history);
  if (requested === current.input) return;
  // With a measured bill, tb always follows it (base, az or tar may have changed the mapping).
  const next = applyBill(requested);
  // The snapshot changes before the history's listeners hear of the write, so they see the new input at once.
  snapshot = {...current, input: next};
  if (!burstOpen) {
    // A new entry for the first change of a burst: "back" returns to the state before the edit.
    burstOpen = true;
    const to = addressFor(history, next);
    snapshotSearch = to.search;
    history.push(to);
  } else {
    pending = {history, pathname: history.location.pathname, input: next};
    if (writeTimer === undefined) writeTimer = setTimeout(writePending, URL_WRITE_INTERVAL_MS);
  }
  if (burstTimer !== undefined) clearTimeout(burstTimer);
  burstTimer = setTimeout(closeBurst, SETTLE_DELAY_MS);
  emit();
}

/** Ends the current editing burst now (a slider released, a field left): the next change pushes. */
export function commitSimulationInput(): void {
  closeBurst();
}

export function dismissNotices(history: RouterHistory): void {
  const current = getSnapshot(history);
  if (current.notices.length === 0 && current.omittedNotices === 0) return;
  snapshot = {...current, notices: [], omittedNotices: 0};
  emit();
}
