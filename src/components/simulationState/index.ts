import {useHistory} from '@docusaurus/router';
import {useMemo, useSyncExternalStore} from 'react';
import type {SimulationInput} from '../../model/inputs';
import {
  commitSimulationInput,
  dismissNotices,
  getServerSnapshot,
  getSnapshot,
  setSimulationInput,
  shareUrl,
  subscribe,
  type QueryNotice,
  type RouterHistory,
} from './store';

export {SETTLE_DELAY_MS, URL_WRITE_INTERVAL_MS, type QueryNotice, type SimulationSnapshot} from './store';

export interface SimulationState {
  readonly input: SimulationInput;
  readonly notices: readonly QueryNotice[];
  readonly omittedNotices: number;
  /** Merges a change into the input; the URL follows (one history entry per editing burst). */
  readonly update: (patch: Partial<SimulationInput>) => void;
  /** Replaces the whole input (e.g. reset to defaults). */
  readonly replace: (input: SimulationInput) => void;
  /** The edit settled (slider released, field left): the next change starts a new history entry. */
  readonly commit: () => void;
  readonly dismissNotices: () => void;
  /** The absolute link that reproduces the current state ("copy link", the Markdown export, print). */
  readonly shareUrl: () => string;
}

function update(history: RouterHistory, patch: Partial<SimulationInput>): void {
  const next: SimulationInput = {...getSnapshot(history).input, ...patch};
  // Moving the traffic slider replaces the measured bill with the reader's own figure: the URL then holds tb.
  if (patch.tb !== undefined && !('bill' in patch)) {
    const {bill: _dropped, ...withoutBill} = next;
    setSimulationInput(history, withoutBill);
    return;
  }
  setSimulationInput(history, next);
}

/** The store's operations bound to the router's history (one per app, so bound once). */
function bind(history: RouterHistory) {
  return {
    subscribe: (listener: () => void) => subscribe(history, listener),
    getSnapshot: () => getSnapshot(history),
    update: (patch: Partial<SimulationInput>) => update(history, patch),
    replace: (input: SimulationInput) => setSimulationInput(history, input),
    dismissNotices: () => dismissNotices(history),
    shareUrl: () => shareUrl(history),
  };
}

/**
 * The simulation input shared by every widget on the page, read from and written to the URL query through the
 * router's history. The first render (server and hydration) uses the defaults; the URL's values apply right
 * after hydration.
 */
export function useSimulationState(): SimulationState {
  const history = useHistory();
  const store = useMemo(() => bind(history), [history]);
  // Also re-renders when the router navigates to this page with another query (e.g. a "simulate this" link).
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, getServerSnapshot);
  return {
    input: snapshot.input,
    notices: snapshot.notices,
    omittedNotices: snapshot.omittedNotices,
    update: store.update,
    replace: store.replace,
    commit: commitSimulationInput,
    dismissNotices: store.dismissNotices,
    shareUrl: store.shareUrl,
  };
}
