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

type To = string | {readonly pathname?: string; readonly search?: string; readonly hash?: string};

function href(to: To): string {
  if (typeof to === 'string') return to;
  return `${to.pathname ?? window.location.pathname}${to.search ?? ''}${to.hash ?? ''}`;
}

// Navigation through the real history API, then a popstate so useLocation() subscribers re-render.
export function useHistory() {
  return {
    push: (to: To) => {
      window.history.pushState(null, '', href(to));
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    replace: (to: To) => {
      window.history.replaceState(null, '', href(to));
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
  };
}
