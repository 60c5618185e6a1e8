import {describe, expect, it} from 'vitest';
import {applyMagicComments, parseMeta, parseRanges} from './meta';

describe('parseRanges', () => {
  it('reads single lines and inclusive ranges', () => {
    expect([...parseRanges('1,3-4')]).toEqual([1, 3, 4]);
    expect([...parseRanges(' 2 - 3 , 7 ')]).toEqual([2, 3, 7]);
  });

  it('ignores reversed, zero and malformed parts instead of throwing', () => {
    expect([...parseRanges('5-2,0,x,1-1')]).toEqual([1]);
    expect([...parseRanges('1-99999999')]).toEqual([]);
  });
});

describe('parseMeta', () => {
  it('finds the title in double or single quotes', () => {
    expect(parseMeta('title="svc.yaml" {1}').title).toBe('svc.yaml');
    expect(parseMeta('title=\'a "b"\'').title).toBe('a "b"');
    expect(parseMeta('').title).toBeNull();
    expect(parseMeta(null).title).toBeNull();
  });

  it('finds the highlight range and line numbers', () => {
    const meta = parseMeta('title="x" {1,3-4} showLineNumbers=10');
    expect([...(meta.highlightedLines ?? [])]).toEqual([1, 3, 4]);
    expect(meta.lineNumberStart).toBe(10);
    expect(parseMeta('showLineNumbers').lineNumberStart).toBe(1);
    expect(parseMeta('title="x"').highlightedLines).toBeNull();
  });
});

describe('applyMagicComments', () => {
  it('removes highlight-next-line and marks the line after it', () => {
    const result = applyMagicComments('a: 1\n# highlight-next-line\nb: 2\nc: 3');
    expect(result.code).toBe('a: 1\nb: 2\nc: 3');
    expect([...result.highlightedLines]).toEqual([2]);
  });

  it('marks every line between highlight-start and highlight-end, in any comment syntax', () => {
    const code = ['x', '// highlight-start', 'y', 'z', '// highlight-end', '<!-- highlight-next-line -->', 'w'];
    const result = applyMagicComments(code.join('\n'));
    expect(result.code).toBe('x\ny\nz\nw');
    expect([...result.highlightedLines]).toEqual([2, 3, 4]);
  });

  it('leaves a comment that merely mentions the directive alone', () => {
    const code = '# see highlight-next-line in the docs';
    expect(applyMagicComments(code)).toEqual({code, highlightedLines: new Set()});
  });
});
