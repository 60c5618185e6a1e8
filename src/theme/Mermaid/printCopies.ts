// Light copies of the page's diagrams for print. A diagram is drawn on screen only when the reader nears it
// (mermaid is ~1.4 MB), and a print cannot wait for it: the browser lays the page out for paper right after
// `beforeprint`. So once the page is idle after load, every diagram on the page gets a second, print-only SVG
// drawn with the light theme (paper is white whatever the screen's colour mode). Plain DOM, not React: one pass
// over the page draws them all, whether or not their on-screen copy has mounted mermaid yet.
import siteConfig from '@generated/docusaurus.config';

/** Marks the diagram wrapper (src/theme/Mermaid) and the empty box inside it that receives the print copy. */
export const DIAGRAM_ATTRIBUTE = 'data-mermaid-diagram';
export const PRINT_COPY_ATTRIBUTE = 'data-mermaid-print-copy';
/** Holds the diagram's source text. */
export const SOURCE_ATTRIBUTE = 'data-mermaid-source';

function lightTheme(): string {
  const themeConfig = siteConfig.themeConfig as {mermaid?: {theme?: {light?: string}}};
  return themeConfig.mermaid?.theme?.light ?? 'default';
}

/**
 * The source with the light theme set by an init directive: the directive applies to this render only, so it
 * neither depends on nor changes the site-wide config the on-screen diagrams set before each of their renders.
 */
export function withTheme(source: string, theme: string): string {
  return `%%{init: {"theme": ${JSON.stringify(theme)}}}%%\n${source}`;
}

let started = false;
let sequence = 0;

export function printCopiesStarted(): boolean {
  return started;
}

/** Draws the print copy of every diagram under `root` that has none yet. Failures leave the source to print. */
export async function renderPrintCopies(root: ParentNode = document): Promise<void> {
  started = true;
  const boxes = Array.from(root.querySelectorAll<HTMLElement>(`[${PRINT_COPY_ATTRIBUTE}]`)).filter(
    (box) => box.childElementCount === 0 && box.dataset.state === undefined,
  );
  if (boxes.length === 0) return;
  const mermaid = (await import('mermaid')).default;
  for (const box of boxes) {
    const source = box.closest(`[${DIAGRAM_ATTRIBUTE}]`)?.querySelector(`[${SOURCE_ATTRIBUTE}]`)?.textContent;
    if (!source || box.dataset.state !== undefined) continue;
    box.dataset.state = 'rendering';
    try {
      sequence += 1;
      const {svg} = await mermaid.render(`mermaid-print-${sequence}`, withTheme(source, lightTheme()));
      box.innerHTML = svg;
      box.dataset.state = 'done';
    } catch {
      // Mermaid leaves an error graphic in the body on failure; the source stays the printed fallback.
      document.getElementById(`dmermaid-print-${sequence}`)?.remove();
      box.dataset.state = 'failed';
    }
  }
}
