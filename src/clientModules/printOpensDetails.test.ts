// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {openDetailsForPrint} from './printOpensDetails';

describe('printOpensDetails', () => {
  it('opens, on beforeprint, the <details> marked data-print-open and no others', () => {
    document.body.innerHTML = `
      <details data-print-open><summary>assumptions</summary></details>
      <div><details data-print-open><summary>nested, e.g. in inert server markup</summary></details></div>
      <details class="items"><summary>line items</summary></details>`;
    window.dispatchEvent(new Event('beforeprint'));
    const open = Array.from(document.querySelectorAll('details')).map((d) => d.open);
    expect(open).toEqual([true, true, false]);
  });

  it('can be applied to part of a page', () => {
    document.body.innerHTML =
      '<section><details data-print-open></details></section><details data-print-open></details>';
    openDetailsForPrint(document.querySelector('section')!);
    expect(Array.from(document.querySelectorAll('details')).map((d) => d.open)).toEqual([true, false]);
  });
});
