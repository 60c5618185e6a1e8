import {describe, expect, it} from 'vitest';
import {sameContent} from './sameContent';

function PageA(): null {
  return null;
}
function PageB(): null {
  return null;
}

describe('sameContent', () => {
  it('treats a fresh element of the same MDX component and props as the same content', () => {
    expect(sameContent({children: <PageA />}, {children: <PageA />})).toBe(true);
  });

  it('sees another page, other props or other children as new content', () => {
    expect(sameContent({children: <PageA />}, {children: <PageB />})).toBe(false);
    expect(sameContent({children: <PageA key="1" />}, {children: <PageA key="2" />})).toBe(false);
    expect(sameContent({children: 'text'}, {children: <PageA />})).toBe(false);
    const withProp = (value: number) => ({children: <PageA {...({n: value} as object)} />});
    expect(sameContent(withProp(1), withProp(1))).toBe(true);
    expect(sameContent(withProp(1), withProp(2))).toBe(false);
  });
});
