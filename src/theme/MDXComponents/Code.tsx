import {Children, type ReactNode} from 'react';
import CodeInline from '@theme/CodeInline';
import type {Props} from '@theme/MDXComponents/Code';
import StaticCodeBlock from '@site/src/theme/StaticCodeBlock';

// Replaces the theme's MDXCode, which imports @theme/CodeBlock and with it Prism (~75 ms of start-up script
// on a mid-range phone, in every page's main bundle). Fenced code never reaches this component any more
// (src/plugins/staticCode turns it into StaticCodeBlock at build time); what is left is inline `code` and the
// rare multi-line <code> written as JSX, which gets the same frame without colours.

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export default function MDXCode(props: Props): ReactNode {
  const parts = Children.toArray(props.children);
  const inline = props.children !== undefined && parts.every((p) => typeof p === 'string' && !p.includes('\n'));
  if (inline) return <CodeInline {...props} />;
  const text = parts.map((p) => (typeof p === 'string' || typeof p === 'number' ? String(p) : '')).join('');
  const lines = text.replace(/\n$/, '').split('\n');
  const html = lines
    .map((line, i) => `<span class="code-line">${escapeHtml(line)}${i < lines.length - 1 ? '\n' : ''}</span>`)
    .join('');
  const language = /language-([\w+#-]+)/.exec(props.className ?? '')?.[1];
  return <StaticCodeBlock html={html} language={language} />;
}
