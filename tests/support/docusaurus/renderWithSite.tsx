/**
 * Renders a component inside the providers Docusaurus' client wraps every page in (its context, the
 * browser-after-hydration flag, a browser router), with the real `@docusaurus/*` client exports that
 * vitest.config.ts aliases. Only the build outputs (`@generated/*`) are stand-ins, in ./generated.
 */
import {render, type RenderResult} from '@testing-library/react';
import type {ReactNode} from 'react';
import {BrowserRouter} from 'react-router-dom';
import {DocusaurusContextProvider} from '@docusaurus/core/lib/client/docusaurusContext';
import {BrowserContextProvider} from '@docusaurus/core/lib/client/browserContext';
import docusaurus from '@docusaurus/core/lib/client/docusaurus';
import {defaultLocale, missingMessageIds, setSiteLocale} from './site';

export interface SiteOptions {
  /** Site locale, as under `/` (ko) or `/en/` (en). Default: the site's default locale. */
  readonly locale?: string;
  /** Where the page is: written with history.replaceState before rendering, as a browser would have it. */
  readonly url?: string;
}

// Production routers are BrowserRouters over window.history; the widgets' URL state goes through the router and
// tests read window.location, as the reader's address bar: a memory router would let the two drift apart.
function SiteProviders({children}: {readonly children: ReactNode}): ReactNode {
  return (
    <BrowserRouter>
      <DocusaurusContextProvider>
        <BrowserContextProvider>{children}</BrowserContextProvider>
      </DocusaurusContextProvider>
    </BrowserRouter>
  );
}

export function renderWithSite(ui: ReactNode, options: SiteOptions = {}): RenderResult {
  setSiteLocale(options.locale ?? defaultLocale);
  missingMessageIds.clear();
  if (options.url !== undefined) window.history.replaceState(null, '', options.url);
  // Link prefetches internal targets through the object the client entry mounts on window.
  Object.assign(window, {docusaurus});
  return render(ui, {wrapper: SiteProviders});
}
