/**
 * The guide's id map, built from the pages' own MDX: each page's explicit heading ids ({#id}) and the ids of
 * the rows its widgets render (a page that shows <ServiceTypeComparison> holds every #svc-<id>, one that shows
 * <ScenarioMatrix> every #scenario-<id>). Pure, so the unit test feeds it text.
 */
import {SCENARIOS, SERVICE_TYPES} from '../../model';
import {GUIDE_PATH, scenarioAnchor, serviceTypeAnchor, type GuideAnchors} from '../../routes/guide';

export interface GuideSource {
  /** Path of the doc under /docs, e.g. east-west-traffic/kubernetes-routing. */
  readonly docPath: string;
  readonly text: string;
}

const HEADING_ID = /^#{1,6} .*\{#([A-Za-z0-9_-]+)\}\s*$/;
const FENCE = /^\s*(```|~~~)/;

export function headingIds(text: string): string[] {
  const ids: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const f = FENCE.exec(line);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (line.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const m = HEADING_ID.exec(line);
    if (m) ids.push(m[1]!);
  }
  return ids;
}

function widgetIds(text: string): string[] {
  const ids: string[] = [];
  if (/<ServiceTypeComparison\b/.test(text)) ids.push(...SERVICE_TYPES.map((t) => serviceTypeAnchor(t.id)));
  if (/<ScenarioMatrix\b/.test(text)) ids.push(...SCENARIOS.map((s) => scenarioAnchor(s.id)));
  return ids;
}

function sidebarPosition(text: string): number {
  const m = /^sidebar_position:\s*(\d+)\s*$/m.exec(text.split(/^---\s*$/m)[1] ?? '');
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

/**
 * Pages in sidebar order with their ids. A source with no ids of its own (the whole-guide print view, which
 * only imports the pages) is left out; an id on two pages is an error, since a link could not know its page.
 */
export function buildGuideAnchors(sources: readonly GuideSource[]): GuideAnchors {
  const pages = sources
    .map((source) => ({source, ids: [...headingIds(source.text), ...widgetIds(source.text)]}))
    .filter((p) => p.ids.length > 0)
    .sort(
      (a, b) =>
        sidebarPosition(a.source.text) - sidebarPosition(b.source.text) ||
        (a.source.docPath < b.source.docPath ? -1 : 1),
    )
    .map((p) => ({path: `/docs/${p.source.docPath}`, ids: p.ids}));
  const seen = new Map<string, string>();
  for (const page of pages) {
    for (const id of page.ids) {
      const other = seen.get(id);
      if (other !== undefined)
        throw new Error(`Guide id #${id} is on both ${other} and ${page.path}; ids must be unique across the guide.`);
      seen.set(id, page.path);
    }
  }
  if (pages[0]?.path !== GUIDE_PATH)
    throw new Error(`The guide's first page must be ${GUIDE_PATH}, found ${pages[0]?.path ?? 'no page'}.`);
  return {pages};
}
