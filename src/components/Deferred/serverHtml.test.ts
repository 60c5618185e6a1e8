// @vitest-environment jsdom
import {beforeEach, describe, expect, it} from 'vitest';
import {childPath, elementAtPath, mustHydrateNow, serverHtmlOf} from './serverHtml';

/** jsdom lays nothing out: give an element the box it would have, `top` px below the top of a 768 px viewport. */
function place(element: Element, top: number, height = 100): void {
  element.getBoundingClientRect = () => ({top, bottom: top + height, height, width: height === 0 ? 0 : 300}) as DOMRect;
}

beforeEach(() => {
  document.body.innerHTML = `
    <div data-deferred="_R_1_"><p>one</p><ul><li id="row-a">a</li><li><input name="x"></li></ul></div>
    <div data-deferred="_R_2_"><div data-deferred-reads-query=""><span id="sim">sim</span></div></div>`;
  document.documentElement.setAttribute('data-has-hydrated', 'false');
  place(part('_R_1_'), 5000);
  place(part('_R_2_'), 9000);
});

const part = (id: string) => document.querySelector(`[data-deferred="${id}"]`)!;

describe('serverHtmlOf', () => {
  it('returns the inner HTML of the part while the page hydrates', () => {
    expect(serverHtmlOf('_R_1_')).toBe(part('_R_1_').innerHTML);
  });

  it('returns null after hydration, for an unknown id, and without a document', () => {
    expect(serverHtmlOf('_R_9_')).toBeNull();
    expect(serverHtmlOf('_R_1_', 1, undefined)).toBe(part('_R_1_').innerHTML);
    document.documentElement.setAttribute('data-has-hydrated', 'true');
    expect(serverHtmlOf('_R_1_')).toBeNull();
  });

  it('returns null for a part already within reach of the viewport: it is hydrated in place', () => {
    place(part('_R_1_'), 700); // starts just above the bottom of the 768 px viewport
    expect(serverHtmlOf('_R_1_')).toBeNull();
    place(part('_R_1_'), 768 + 768 * 0.5 + 1); // just beyond half a screen below it
    expect(serverHtmlOf('_R_1_', 0.5)).toBe(part('_R_1_').innerHTML);
    expect(serverHtmlOf('_R_1_', 1)).toBeNull();
  });

  it('finds ids that need CSS escaping (React ids with colons or guillemets)', () => {
    part('_R_1_').setAttribute('data-deferred', ':r1:«x»');
    expect(serverHtmlOf(':r1:«x»')).toBe(part(':r1:«x»').innerHTML);
  });
});

describe('mustHydrateNow', () => {
  it('is true for the part holding the fragment target, false for the others', () => {
    expect(mustHydrateNow(part('_R_1_'), {hash: '#row-a', search: ''})).toBe(true);
    expect(mustHydrateNow(part('_R_2_'), {hash: '#row-a', search: ''})).toBe(false);
    expect(mustHydrateNow(part('_R_1_'), {hash: '', search: ''})).toBe(false);
  });

  it('survives fragments that are not valid percent-encoding or point nowhere', () => {
    expect(mustHydrateNow(part('_R_1_'), {hash: '#%E0%A4%A', search: ''})).toBe(false);
    expect(mustHydrateNow(part('_R_1_'), {hash: '#"]</script>', search: ''})).toBe(false);
  });

  it('is true for a part that reads the query only when the URL has one', () => {
    expect(mustHydrateNow(part('_R_2_'), {hash: '', search: '?tb=20'})).toBe(true);
    expect(mustHydrateNow(part('_R_2_'), {hash: '', search: ''})).toBe(false);
    expect(mustHydrateNow(part('_R_1_'), {hash: '', search: '?tb=20'})).toBe(false);
  });
});

describe('childPath / elementAtPath', () => {
  it('round-trips an element below a root', () => {
    const root = part('_R_1_');
    const input = root.querySelector('input')!;
    const path = childPath(root, input);
    expect(path).toEqual([1, 1, 0]);
    expect(elementAtPath(root, path!)).toBe(input);
  });

  it('is null outside the root or past the end of a path', () => {
    expect(childPath(part('_R_1_'), part('_R_2_'))).toBeNull();
    expect(elementAtPath(part('_R_1_'), [5])).toBeNull();
  });
});
