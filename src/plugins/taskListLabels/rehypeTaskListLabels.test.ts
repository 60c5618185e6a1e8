import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';
import rehypeTaskListLabels from './rehypeTaskListLabels';

const compileWith = async (source: string, plugins: unknown[]) =>
  String(await compile(source, {remarkPlugins: [remarkGfm], rehypePlugins: plugins as never}));

describe('rehypeTaskListLabels', () => {
  it('labels each task-list checkbox with its item text, not with nested items', async () => {
    const js = await compileWith('- [x] Enable **topology** hints\n  - [ ] nested\n- [ ] Check DNS', [
      rehypeTaskListLabels,
    ]);
    expect(js).toContain('"aria-label": "Enable topology hints"');
    expect(js).toContain('"aria-label": "nested"');
    expect(js).toContain('"aria-label": "Check DNS"');
  });

  it('without the plugin the checkboxes have no label (what Lighthouse flags)', async () => {
    const js = await compileWith('- [x] Enable hints', []);
    expect(js).toContain('type: "checkbox"');
    expect(js).not.toContain('aria-label');
  });

  it('leaves ordinary lists alone', async () => {
    const js = await compileWith('- plain item', [rehypeTaskListLabels]);
    expect(js).not.toContain('aria-label');
  });
});
