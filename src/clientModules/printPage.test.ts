// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {PRINT_TARGET_ATTRIBUTE, afterPrint, beforePrint} from './printPage';

function page(html: string): void {
  window.history.replaceState(null, '', '/docs/guide');
  document.body.innerHTML = html;
}

const targets = () => Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute(PRINT_TARGET_ATTRIBUTE));

afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
});

describe('printPage', () => {
  it('prints a section link as its heading title, another page by its path, another site by its address', () => {
    page(`
      <article>
        <h2 id="costs">Costs<a class="hash-link" href="#costs">#</a></h2>
        <p><a href="#costs">see below</a> <a href="#costs">Costs</a> <a href="#missing">gone</a></p>
        <p><a href="/simulator?tb=20">the simulator</a> <a href="/docs/other#setup">setup</a></p>
        <p><a href="https://aws.amazon.com/ec2/pricing/">EC2 pricing</a> <a href="https://example.com/x">https://example.com/x</a></p>
        <table><tr><td><a href="https://aws.amazon.com/elasticloadbalancing/pricing/">ELB</a></td></tr></table>
      </article>
      <nav><a href="https://example.org">outside the article</a></nav>`);
    beforePrint();
    expect(targets()).toEqual([
      null, // the heading's own "#" anchor
      '→ Costs',
      null, // the link text already is the title
      '#missing',
      '/simulator',
      '/docs/other#setup',
      'aws.amazon.com/ec2/pricing',
      null, // the text is the address
      null, // inside a table
      null, // not in the article
    ]);
  });

  it('switches a dark page to light for the print and back afterwards', () => {
    page('<article></article>');
    document.documentElement.setAttribute('data-theme', 'dark');
    beforePrint();
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    afterPrint();
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
  });

  it('leaves a light page as it is', () => {
    page('<article></article>');
    document.documentElement.setAttribute('data-theme', 'light');
    beforePrint();
    afterPrint();
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
  });
});
