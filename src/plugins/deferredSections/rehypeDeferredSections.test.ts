import {compile} from '@mdx-js/mdx';
import {describe, expect, it} from 'vitest';
import rehypeDeferredSections from './rehypeDeferredSections';

const compileWith = async (source: string, plugins: unknown[]) =>
  String(await compile(source, {rehypePlugins: plugins as never, jsx: true}));

const SOURCE = `import {Widget} from './widget';

Lead paragraph.

## First

Text of the first part.

### Sub

<Widget />

## Second

Last words.
`;

describe('rehypeDeferredSections', () => {
  it('wraps each part from an h2 or h3 to the next in <DeferredSection>, leaving the lead and imports alone', async () => {
    const jsx = await compileWith(SOURCE, [rehypeDeferredSections]);
    const body = jsx.slice(jsx.indexOf('return <>'));
    // Three parts, each opening with its heading; the lead comes first, outside any part.
    const parts = body.split('<DeferredSection>').slice(1);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toMatch(/^<_components\.h2>\{"First"\}/);
    expect(parts[0]).toContain('Text of the first part.');
    expect(parts[1]).toMatch(/^\s*<_components\.h3[^>]*>\{"Sub"\}/);
    expect(parts[1]).toContain('<Widget />');
    expect(parts[2]).toMatch(/^\s*<_components\.h2[^>]*>\{"Second"\}/);
    expect(body.indexOf('Lead paragraph.')).toBeLessThan(body.indexOf('<DeferredSection>'));
    expect(jsx).toContain("import {Widget} from './widget';");
  });

  it('without the plugin there is no wrapper', async () => {
    const jsx = await compileWith(SOURCE, []);
    expect(jsx).not.toContain('DeferredSection');
  });

  it('leaves a page without h2 or h3 unchanged', async () => {
    const source = 'Just a paragraph.\n\n#### Small heading\n';
    expect(await compileWith(source, [rehypeDeferredSections])).toBe(await compileWith(source, []));
  });
});
