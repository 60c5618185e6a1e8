import {useLocation} from '@docusaurus/router';
import {useSyncExternalStore} from 'react';
import type {SimulationInput} from '../../model/inputs';
import {
  commitSimulationInput,
  dismissNotices,
  getServerSnapshot,
  getSnapshot,
  setSimulationInput,
  subscribe,
  type QueryNotice,
} from './store';

export {SETTLE_DELAY_MS, URL_WRITE_INTERVAL_MS, shareUrl, type QueryNotice, type SimulationSnapshot} from './store';

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
}

function update(patch: Partial<SimulationInput>): void {
  const next: SimulationInput = {...getSnapshot().input, ...patch};
  // Moving the traffic slider replaces the measured bill with the reader's own figure: the URL then holds tb.
  if (patch.tb !== undefined && !('bill' in patch)) {
    const {bill: _dropped, ...withoutBill} = next;
    setSimulationInput(withoutBill);
    return;
  }
  setSimulationInput(next);
}

/**
 * The simulation input shared by every widget on the page, read from and written to the URL query.
 * The first render (server and hydration) uses the defaults; the URL's values apply right after hydration.
 */
export function useSimulationState(): SimulationState {
  // Re-render when the router navigates to this page with another query (e.g. a "simulate this" link);
  // getSnapshot then sees the changed location.search.
  useLocation();
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return {
    input: snapshot.input,
    notices: snapshot.notices,
    omittedNotices: snapshot.omittedNotices,
    update,
    replace: setSimulationInput,
    commit: commitSimulationInput,
    dismissNotices,
  };
}
