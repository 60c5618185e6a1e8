import {useSyncExternalStore} from 'react';

// jsdom has no router: useLocation mirrors window.location and re-renders on popstate.
function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

export function useLocation() {
  const href = useSyncExternalStore(subscribe, () => window.location.href);
  const url = new URL(href);
  return {pathname: url.pathname, search: url.search, hash: url.hash, state: undefined};
}
