// DOM helpers for Deferred, kept apart so they can be unit-tested without React.
import {hashTarget} from '../shared/hashTarget';
import {isNearViewport} from '../shared/nearViewport';

/** Attribute carrying the wrapper's React id, on the server's markup and on the client's. */
export const DEFERRED_ATTRIBUTE = 'data-deferred';

/** Marks a deferred part whose content reads the query string (see DeferredProps.readsQuery). */
export const QUERY_ATTRIBUTE = 'data-deferred-reads-query';

/**
 * Whether server markup must be hydrated now rather than shown inert: it holds the element the URL's fragment
 * points at (replacing it would lose `:target` and its highlight), or it reads a query string the URL has.
 */
export function mustHydrateNow(element: Element, location: Pick<Location, 'hash' | 'search'>): boolean {
  if (
    location.search.length > 1 &&
    (element.matches(`[${QUERY_ATTRIBUTE}]`) || element.querySelector(`[${QUERY_ATTRIBUTE}]`))
  ) {
    return true;
  }
  const owner = hashTarget(location.hash, element.ownerDocument);
  return owner !== null && element.contains(owner);
}

/**
 * The server-rendered inner HTML of the deferred part with this id, to show inert while the page hydrates.
 * null — render live — on the server, after hydration (client-side navigations), when the markup is missing
 * or when it must hydrate now (mustHydrateNow). Docusaurus renders `<html data-has-hydrated="false">` and
 * flips it to "true" once React has hydrated.
 */
export function serverHtmlOf(
  id: string,
  screens: number = ACTIVATION_SCREENS,
  doc: Document | undefined = globalThis.document,
): string | null {
  if (doc === undefined) return null;
  if (doc.documentElement.getAttribute('data-has-hydrated') !== 'false') return null;
  const escaped = typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
  const element = doc.querySelector(`[${DEFERRED_ATTRIBUTE}="${escaped}"]`);
  if (element === null || mustHydrateNow(element, doc.defaultView?.location ?? {hash: '', search: ''})) return null;
  // A part that would go live right after load anyway is hydrated in place: cheaper than rendering it again.
  if (isNearViewport(element, screens)) return null;
  return element.innerHTML;
}

/** How far below the viewport deferred content goes live, in viewport heights: a screen ahead. */
export const ACTIVATION_SCREENS = 1;

/** Child-index path from `root` to `target`, or null when `target` is not inside `root`. */
export function childPath(root: Element, target: Element): number[] | null {
  if (target === root || !root.contains(target)) return null;
  const path: number[] = [];
  let node: Element = target;
  while (node !== root) {
    const parent = node.parentElement;
    if (parent === null) return null;
    path.unshift(Array.prototype.indexOf.call(parent.children, node));
    node = parent;
  }
  return path;
}

/** The element at a child-index path below `root`, if there is one. */
export function elementAtPath(root: Element, path: readonly number[]): Element | null {
  let node: Element | undefined = root;
  for (const index of path) {
    node = node?.children[index];
    if (node === undefined) return null;
  }
  return node;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** What the reader touched or focused in the inert markup, to be found again in the live markup. */
export interface HandOver {
  /** The focusable element (of the inert markup) the reader landed on. */
  readonly element: Element;
  /** Its child-index path below the deferred part's wrapper. */
  readonly path: readonly number[];
  /** 'focus': it received focus (Tab, or a script); 'pointer': it was pressed. */
  readonly via: 'focus' | 'pointer';
}

/** The focusable element at or above `target` inside `root`, with its path; null if there is none. */
export function handOverFrom(root: Element, event: Pick<Event, 'target' | 'type'>): HandOver | null {
  const {target} = event;
  if (!(target instanceof Element)) return null;
  const element = target.closest(FOCUSABLE);
  if (element === null || !root.contains(element)) return null;
  const path = childPath(root, element);
  return path === null ? null : {element, path, via: event.type === 'focusin' ? 'focus' : 'pointer'};
}

/**
 * Once the part is live, focus the element at the same place in the live markup below `root` (same path, same
 * tag) and carry a text field's selection over, so the tap or Tab that woke the part is not lost.
 */
export function handOverFocus({element: from, path, via}: HandOver, root: Element): void {
  const to = elementAtPath(root, path);
  if (!(to instanceof HTMLElement) || to.tagName !== from.tagName) return;
  to.focus();
  if (!(from instanceof HTMLInputElement && to instanceof HTMLInputElement) || !TYPED_FIELDS.has(to.type)) return;
  if (from.selectionStart !== null && from.selectionEnd !== null && to.type !== 'number') {
    to.setSelectionRange(from.selectionStart, from.selectionEnd, from.selectionDirection ?? undefined);
  } else if (via === 'focus') {
    // Tabbing into a field selects its text, so what the reader types replaces it; a number field does not
    // expose its selection, so do what Tab would have done.
    to.select();
  }
}

const TYPED_FIELDS = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);
