/**
 * Keeps the single-page guide's links working: /docs/east-west-traffic#<id> where <id> now lives on another
 * page goes on to that page, query string and hash kept (?tb=20#cost-simulation). Rendered by the first page.
 *
 * An inline script does it while the HTML is still being parsed, so a link arriving from outside never shows
 * the wrong page; the effect covers in-app navigation, where React does not run inline scripts.
 */
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useEffect, type ReactNode} from 'react';
import {GUIDE_PATH, legacyPageOf} from './guide';
import {useGuideAnchors} from './useGuideHref';

/**
 * The inline script, as text (a function's toString would go through the minifier, which may rewrite it
 * as if it were never called). Arguments: moved ids → page path, the first page's path, the baseUrl prefix.
 */
const SEND_ON = `function (moved, first, prefix) {
  if (location.pathname.replace(/\\/$/, '') !== first) return;
  var id;
  try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
  if (Object.prototype.hasOwnProperty.call(moved, id)) location.replace(prefix + moved[id] + location.search + location.hash);
}`;

export default function LegacyGuideAnchors(): ReactNode {
  const anchors = useGuideAnchors();
  const first = useBaseUrl(GUIDE_PATH);
  const prefix = useBaseUrl('/').replace(/\/$/, '');
  const location = useLocation();
  const history = useHistory();

  useEffect(() => {
    if (location.pathname.replace(/\/$/, '') !== first) return;
    const page = legacyPageOf(anchors, location.hash);
    if (page !== null) history.replace(`${prefix}${page}${location.search}${location.hash}`);
  }, [anchors, first, prefix, history, location.pathname, location.search, location.hash]);

  const moved: Record<string, string> = {};
  for (const page of anchors.pages.slice(1)) for (const id of page.ids) moved[id] = page.path;
  const script = `(${SEND_ON})(${JSON.stringify(moved)},${JSON.stringify(first)},${JSON.stringify(prefix)})`;
  return <script dangerouslySetInnerHTML={{__html: script}} />;
}
