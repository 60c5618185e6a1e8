/**
 * Where things live in the guide. The guide is several pages; which page holds which id is not typed here but
 * read at build time from the pages themselves (src/plugins/guideAnchors) and handed to the client as global
 * data. Pure: the hook that reads the data is in useGuideHref.ts.
 */

/** The guide's first page, and the address every link of the single-page guide used. */
export const GUIDE_PATH = '/docs/east-west-traffic';

/** The plugin name the map is published under (usePluginData). */
export const GUIDE_ANCHORS_PLUGIN = 'east-west-guide-anchors';

/** A Kubernetes Service type row in ServiceTypeComparison. */
export function serviceTypeAnchor(id: string): string {
  return `svc-${id}`;
}

/** A scenario row in ScenarioMatrix. */
export function scenarioAnchor(id: string): string {
  return `scenario-${id}`;
}

export interface GuidePage {
  /** Site path of the page without baseUrl or locale, e.g. /docs/east-west-traffic/kubernetes-routing. */
  readonly path: string;
  /** Every id a link can target on the page: its headings' and its widgets' rows. */
  readonly ids: readonly string[];
}

export interface GuideAnchors {
  /** In reading order; the first is GUIDE_PATH. */
  readonly pages: readonly GuidePage[];
}

/** The page holding `id`, or the guide's first page if no page has it (a stale link still opens the guide). */
export function guidePageOf(anchors: GuideAnchors, id: string): string {
  return anchors.pages.find((page) => page.ids.includes(id))?.path ?? GUIDE_PATH;
}

/** A link to `id` on whichever page holds it. */
export function guideHref(anchors: GuideAnchors, id: string): string {
  return `${guidePageOf(anchors, id)}#${id}`;
}

/**
 * For an old single-page link (GUIDE_PATH + hash): the path of the page that now holds the hash's id, or null
 * when the id is on the first page or on none.
 */
export function legacyPageOf(anchors: GuideAnchors, hash: string): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  if (id === '') return null;
  const path = anchors.pages.find((page) => page.ids.includes(id))?.path;
  return path === undefined || path === GUIDE_PATH ? null : path;
}
