import {describe, expect, it} from 'vitest';
import {escapeHtml, grammarFor, piecesToHtml, tokenizeLines} from './highlight';

const html = (code: string, lang: string | null) => tokenizeLines(code, lang).map(piecesToHtml);

describe('tokenizeLines', () => {
  it('colours YAML keys and comments, leaving punctuation in the text colour without a span', () => {
    const [first, second] = html('kind: Service # the type\nspec:\n  type: ClusterIP', 'yaml');
    expect(first).toBe(
      '<span class="tok-property">kind</span>: Service ' + '<span class="tok-comment"># the type</span>',
    );
    expect(second).toBe('<span class="tok-property">spec</span>:');
  });

  it('loads languages Prism knows on first use, e.g. bash flags and variables', () => {
    const [line] = html('kubectl get pods -n $NS', 'bash');
    expect(line).toContain('<span class="tok-variable">-n</span>');
    expect(line).toContain('<span class="tok-variable">$NS</span>');
    expect(grammarFor('sh')).toBe(grammarFor('bash'));
  });

  it('splits multi-line tokens so every line closes its own spans', () => {
    const lines = html('/* one\ntwo */ x', 'javascript');
    expect(lines).toEqual(['<span class="tok-comment">/* one</span>', '<span class="tok-comment">two */</span> x']);
  });

  it('keeps empty lines, so line numbers and ranges stay aligned', () => {
    expect(tokenizeLines('a\n\nb', 'text')).toHaveLength(3);
  });

  it('treats unknown or odd language names as plain text', () => {
    expect(html('a < b', 'no-such-language')).toEqual(['a &lt; b']);
    expect(grammarFor('../../etc/passwd')).toBeNull();
    expect(grammarFor(undefined)).toBeNull();
  });
});

describe('escaping', () => {
  it('escapes markup so a <script> in a code block stays text', () => {
    const out = html('<script>alert("x")</script> & more', 'text').join('\n');
    expect(out).toBe('&lt;script&gt;alert("x")&lt;/script&gt; &amp; more');
  });

  it('escapes inside highlighted tokens too', () => {
    const out = html('<div title="a&b"></script>', 'markup').join('');
    expect(out).not.toMatch(/<script|<div/);
    expect(out).toContain('&lt;');
    expect(out).toContain('&amp;');
  });

  it('escapeHtml handles the three characters that matter in element content', () => {
    expect(escapeHtml('<&>')).toBe('&lt;&amp;&gt;');
  });
});
