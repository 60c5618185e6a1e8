// Prepares the page for paper at `beforeprint` and undoes it at `afterprint`. Everything here is synchronous:
// the browser lays the page out for print right after the event.
// - Paper is light: a print from a dark screen switches <html data-theme> to light for the print, so every
//   colour defined per colour mode (Infima, the widgets, the code tokens) takes its light value.
// - Links say where they lead (src/css/print.css shows the attribute): a link to a section of this page by the
//   section's title, to another page of the site by its path and section id, to another site by its URL.
//   Not inside tables, where the rows would swell (sources are listed with URLs under References), nor where
//   the link text already is the URL.

export const PRINT_TARGET_ATTRIBUTE = 'data-print-target';
const THEME_ATTRIBUTE = 'data-theme';

/** The visible title of a heading, without the "#" of its anchor link. */
function headingTitle(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.hash-link').forEach((link) => link.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What a printed link shows after its text, or null for none. */
export function printTarget(link: HTMLAnchorElement, doc: Document = document): string | null {
  const raw = link.getAttribute('href');
  if (raw === null || raw === '' || raw.startsWith('javascript:')) return null;
  let url: URL;
  try {
    url = new URL(raw, doc.baseURI);
  } catch {
    return null;
  }
  const here = new URL(doc.baseURI);
  const text = (link.textContent ?? '').trim();
  if (url.origin !== here.origin) {
    if (url.protocol === 'mailto:') return text.includes(url.pathname) ? null : url.pathname;
    const shown = url.href.replace(/^https?:\/\//, '').replace(/\/$/, '');
    return text.replace(/\/$/, '').endsWith(shown) ? null : shown;
  }
  const id = url.hash === '' ? '' : decodeURIComponent(url.hash.slice(1));
  if (url.pathname === here.pathname) {
    if (id === '') return null;
    const target = doc.getElementById(id);
    const title = target !== null && /^H[1-6]$/.test(target.tagName) ? headingTitle(target) : '';
    if (title !== '' && title === text) return null;
    return title === '' ? `#${id}` : `→ ${title}`;
  }
  return `${url.pathname}${id === '' ? '' : `#${id}`}`;
}

/** Sets the print target of the links in the article(s) of `doc`. */
export function annotateLinks(doc: Document = document): void {
  doc.querySelectorAll<HTMLAnchorElement>('article a[href]').forEach((link) => {
    if (link.classList.contains('hash-link') || link.closest('table, nav, .theme-doc-toc-mobile') !== null) return;
    const target = printTarget(link, doc);
    if (target === null) link.removeAttribute(PRINT_TARGET_ATTRIBUTE);
    else link.setAttribute(PRINT_TARGET_ATTRIBUTE, target);
  });
}

let themeBeforePrint: string | null = null;

export function beforePrint(doc: Document = document): void {
  const root = doc.documentElement;
  const theme = root.getAttribute(THEME_ATTRIBUTE);
  if (theme !== null && theme !== 'light' && themeBeforePrint === null) {
    themeBeforePrint = theme;
    root.setAttribute(THEME_ATTRIBUTE, 'light');
  }
  annotateLinks(doc);
}

export function afterPrint(doc: Document = document): void {
  if (themeBeforePrint !== null) {
    // Only if nothing changed it meanwhile (the reader cannot toggle the mode while the print dialog is up).
    if (doc.documentElement.getAttribute(THEME_ATTRIBUTE) === 'light') {
      doc.documentElement.setAttribute(THEME_ATTRIBUTE, themeBeforePrint);
    }
    themeBeforePrint = null;
  }
}

// Client modules are also evaluated during the server render, where there is no window.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => beforePrint());
  window.addEventListener('afterprint', () => afterPrint());
}
