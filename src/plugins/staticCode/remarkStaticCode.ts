// Remark plugin: fenced code blocks are highlighted at build time and handed to the theme as ready-made HTML.
//
// Each ```lang fence becomes a `<pre>` whose `data-static-code-html` prop carries the escaped, tokenized lines;
// src/theme/MDXComponents/Pre.tsx sees that prop and renders src/theme/StaticCodeBlock, which puts the HTML into
// `<code>` with dangerouslySetInnerHTML, so hydration neither tokenizes nor walks the tokens. Mermaid fences
// (already turned into `mermaidCodeBlock` nodes by Docusaurus' own plugin, which runs before user plugins) and
// `mdx-code-block` fences are left alone, as is inline code.
import {applyMagicComments, parseMeta} from './meta';
import {piecesToHtml, tokenizeLines} from './highlight';

interface MdNode {
  type: string;
  children?: MdNode[];
  lang?: string | null;
  meta?: string | null;
  value?: string;
  data?: Record<string, unknown>;
}

export interface RemarkStaticCodeOptions {
  /** Fence languages to leave untouched for other plugins. */
  skipLanguages?: readonly string[];
}

const DEFAULT_SKIP = ['mermaid', 'mdx-code-block'];

export const STATIC_CODE_PROP = 'data-static-code-html';

/**
 * The `<code>` inner HTML for a fence. Blocks with highlighted lines or line numbers get one block-level
 * `<span class="code-line">` per line; the others are just the tokens with plain newlines (fewer elements).
 */
export function renderCodeHtml(code: string, language: string | null | undefined, meta: string | null | undefined) {
  const parsed = parseMeta(meta);
  // As in the Docusaurus code block, a `{…}` range in the meta wins and magic comments stay as written.
  const magic = parsed.highlightedLines ? null : applyMagicComments(code);
  const text = magic ? magic.code : code;
  const highlighted = parsed.highlightedLines ?? magic?.highlightedLines ?? new Set<number>();
  const lines = tokenizeLines(text, language).map(piecesToHtml);
  const wrapLines = highlighted.size > 0 || parsed.lineNumberStart !== null;
  const html = wrapLines
    ? lines
        .map((line, i) => {
          const cls = highlighted.has(i + 1) ? 'code-line code-line--highlighted' : 'code-line';
          const newline = i < lines.length - 1 ? '\n' : '';
          return `<span class="${cls}">${line}${newline}</span>`;
        })
        .join('')
    : lines.join('\n');
  return {html, title: parsed.title, lineNumberStart: parsed.lineNumberStart};
}

function transform(node: MdNode, skip: ReadonlySet<string>): void {
  for (const child of node.children ?? []) {
    if (child.type === 'code' && !skip.has(child.lang ?? '')) {
      const language = child.lang ?? null;
      const {html, title, lineNumberStart} = renderCodeHtml(child.value ?? '', language, child.meta);
      const properties: Record<string, string> = {[STATIC_CODE_PROP]: html};
      if (language) properties['data-language'] = language;
      if (title) properties['data-title'] = title;
      if (lineNumberStart !== null) properties['data-line-number-start'] = String(lineNumberStart);
      // Rewrite in place: an unknown node type with data.hName turns into that element in the HTML tree.
      for (const key of Object.keys(child)) delete (child as unknown as Record<string, unknown>)[key];
      Object.assign(child, {type: 'staticCodeBlock', data: {hName: 'pre', hProperties: properties}});
    } else {
      transform(child, skip);
    }
  }
}

export default function remarkStaticCode(options: RemarkStaticCodeOptions = {}) {
  const skip = new Set(options.skipLanguages ?? DEFAULT_SKIP);
  return (tree: MdNode): void => transform(tree, skip);
}
