import {compile} from '@mdx-js/mdx';
import type {Code, InlineCode, ListItem, Paragraph, Root} from 'mdast';
import {describe, expect, it} from 'vitest';
import remarkStaticCode, {renderCodeHtml, STATIC_CODE_PROP} from './remarkStaticCode';

function run(tree: Root): Root {
  remarkStaticCode()(tree);
  return tree;
}

describe('renderCodeHtml', () => {
  it('wraps each line in a code-line span and marks a {1,3-4} range', () => {
    const {html, title} = renderCodeHtml('a\nb\nc\nd', 'text', 'title="f.txt" {1,3-4}');
    expect(title).toBe('f.txt');
    expect(html).toBe(
      '<span class="code-line code-line--highlighted">a\n</span>' +
        '<span class="code-line">b\n</span>' +
        '<span class="code-line code-line--highlighted">c\n</span>' +
        '<span class="code-line code-line--highlighted">d</span>',
    );
  });

  it('emits plain lines without wrappers when nothing is highlighted or numbered', () => {
    expect(renderCodeHtml('a: 1\nb: <2>', 'text', 'title="x"').html).toBe('a: 1\nb: &lt;2&gt;');
    expect(renderCodeHtml('a\nb', 'text', 'showLineNumbers').html).toBe(
      '<span class="code-line">a\n</span><span class="code-line">b</span>',
    );
  });

  it('applies magic comments when the meta has no range', () => {
    const {html} = renderCodeHtml('a\n# highlight-next-line\nb', 'text', null);
    expect(html).toBe('<span class="code-line">a\n</span><span class="code-line code-line--highlighted">b</span>');
  });

  it('keeps magic comments as written when a range is given (as Docusaurus does)', () => {
    const {html} = renderCodeHtml('# highlight-next-line\nb', 'text', '{2}');
    expect(html).toContain('# highlight-next-line');
  });
});

describe('remarkStaticCode', () => {
  it('turns fenced code (also nested in lists) into a <pre> carrying the highlighted HTML', () => {
    const fence: Code = {type: 'code', lang: 'yaml', meta: 'title="svc.yaml"', value: 'kind: Service'};
    const item: ListItem = {type: 'listItem', children: [fence]};
    run({type: 'root', children: [{type: 'list', children: [item]}]});
    const node = item.children[0];
    if (node?.type !== 'staticCodeBlock') throw new Error(`expected a staticCodeBlock, got ${node?.type}`);
    expect(node.data.hName).toBe('pre');
    expect(node.data.hProperties[STATIC_CODE_PROP]).toContain('<span class="tok-property">kind</span>');
    expect(node.data.hProperties['data-title']).toBe('svc.yaml');
    expect(node.data.hProperties['data-language']).toBe('yaml');
    expect(node).not.toHaveProperty('value');
  });

  it('leaves mermaid fences and inline code untouched', () => {
    const mermaid: Code = {type: 'code', lang: 'mermaid', meta: null, value: 'graph TB\n  A-->B'};
    const inline: InlineCode = {type: 'inlineCode', value: '<b>'};
    const paragraph: Paragraph = {type: 'paragraph', children: [inline]};
    const tree = run({type: 'root', children: [mermaid, paragraph]});
    expect(tree.children[0]).toEqual({type: 'code', lang: 'mermaid', meta: null, value: 'graph TB\n  A-->B'});
    expect(paragraph.children[0]).toEqual({type: 'inlineCode', value: '<b>'});
  });

  it('compiles through MDX into a pre element with the props the theme reads', async () => {
    const source = [
      '```bash title="run.sh" {2}',
      'echo "<script>alert(1)</script>"',
      'kubectl get pods',
      '```',
      '',
      '```mermaid',
      'graph TB',
      '```',
    ].join('\n');
    const js = String(await compile(source, {remarkPlugins: [remarkStaticCode]}));
    expect(js).toContain(`"${STATIC_CODE_PROP}": "`);
    expect(js).toContain('"data-title": "run.sh"');
    expect(js).toContain('&lt;script&gt;');
    expect(js).not.toMatch(/<script>alert/);
    expect(js).toContain('code-line code-line--highlighted');
    // The mermaid fence is still an ordinary code element for Docusaurus' mermaid plugin to pick up.
    expect(js).toContain('"language-mermaid"');
  });
});
