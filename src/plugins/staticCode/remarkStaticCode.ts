// Remark plugin: fenced code blocks are highlighted at build time and handed to the theme as ready-made HTML.
//
// Each ```lang fence becomes a `<pre>` whose `data-static-code-html` prop carries the escaped, tokenized lines;
// src/theme/MDXComponents/Pre.tsx sees that prop and renders src/theme/StaticCodeBlock, which puts the HTML into
// `<code>` with dangerouslySetInnerHTML, so hydration neither tokenizes nor walks the tokens. Mermaid fences
// (already turned into `mermaidCodeBlock` nodes by Docusaurus' own plugin, which runs before user plugins) and
// `mdx-code-block` fences are left alone, as is inline code.
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {applyMagicComments, parseMeta} from './meta';
import {piecesToHtml, tokenizeLines} from './highlight';

// The node a fence becomes: a type no other plugin handles, whose data.hName turns it into that element in HTML.
declare module 'mdast' {
  interface StaticCodeBlock extends Node {
    type: 'staticCodeBlock';
    data: Data & {hName: 'pre'; hProperties: Record<string, string>};
  }
  interface RootContentMap {
    staticCodeBlock: StaticCodeBlock;
  }
  interface BlockContentMap {
    staticCodeBlock: StaticCodeBlock;
  }
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

export default function remarkStaticCode(options: RemarkStaticCodeOptions = {}) {
  const skip = new Set(options.skipLanguages ?? DEFAULT_SKIP);
  return (tree: Root): void => {
    visit(tree, 'code', (node, index, parent) => {
      if (skip.has(node.lang ?? '') || parent === undefined || index === undefined) return;
      const language = node.lang ?? null;
      const {html, title, lineNumberStart} = renderCodeHtml(node.value, language, node.meta);
      const properties: Record<string, string> = {[STATIC_CODE_PROP]: html};
      if (language) properties['data-language'] = language;
      if (title) properties['data-title'] = title;
      if (lineNumberStart !== null) properties['data-line-number-start'] = String(lineNumberStart);
      parent.children[index] = {
        type: 'staticCodeBlock',
        data: {hName: 'pre', hProperties: properties},
        ...(node.position && {position: node.position}),
      };
    });
  };
}
