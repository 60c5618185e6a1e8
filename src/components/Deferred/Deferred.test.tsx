// @vitest-environment jsdom
import {act, type ReactNode} from 'react';
import {hydrateRoot, type Root} from 'react-dom/client';
import {renderToString} from 'react-dom/server';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import Deferred from './index';

let renders = 0;
function Counted({children}: {children: ReactNode}): ReactNode {
  renders += 1;
  return <p className="counted">{children}</p>;
}

function Page({query = false}: {query?: boolean}): ReactNode {
  return (
    <main>
      <Deferred>
        <Counted>
          first <a href="#x">link</a>
        </Counted>
        <input name="tb" defaultValue="10" />
      </Deferred>
      <Deferred layout="contents" className="deferred-section">
        <h2 id="later">Later</h2>
        <Deferred readsQuery={query}>
          <Counted>inner</Counted>
        </Deferred>
      </Deferred>
    </main>
  );
}

let container: HTMLElement;
let root: Root | undefined;

/** The reader scrolls so that `elements` are on screen; the parts check their position in the next frame. */
async function scrollTo(...elements: Element[]): Promise<void> {
  for (const element of elements) nearViewport.add(element);
  await act(async () => {
    window.dispatchEvent(new Event('scroll'));
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  });
}

/**
 * jsdom lays nothing out: every element reports a box far below the viewport, except those placed near it and
 * the box-less section wrapper (display: contents, which jsdom does not apply), which reports an empty box.
 */
const nearViewport = new WeakSet<Element>();
const realBoundingRect = Element.prototype.getBoundingClientRect;
function fakeBoundingRect(this: Element): DOMRect {
  const top = nearViewport.has(this) ? 100 : 50_000;
  const size = this.classList.contains('deferred-section') ? 0 : 200;
  return {top, bottom: top + size, left: 0, right: size, width: size, height: size, x: 0, y: top, toJSON: () => ({})};
}

/**
 * Server-renders `element` into the document as Docusaurus would, then hydrates it. `near` picks the elements
 * that are on screen when the page hydrates.
 */
async function serveAndHydrate(
  element: ReactNode,
  url = '/docs/guide',
  near: (page: HTMLElement) => Element[] = () => [],
): Promise<string> {
  window.history.replaceState(null, '', url);
  container.innerHTML = renderToString(element);
  for (const onScreen of near(container)) nearViewport.add(onScreen);
  const html = container.innerHTML; // as the browser parsed it
  document.documentElement.setAttribute('data-has-hydrated', 'false');
  renders = 0;
  await act(async () => {
    root = hydrateRoot(container, element, {
      onRecoverableError: (error) => {
        throw error;
      },
    });
  });
  document.documentElement.setAttribute('data-has-hydrated', 'true');
  return html;
}

describe('Deferred', () => {
  beforeEach(() => {
    Element.prototype.getBoundingClientRect = fakeBoundingRect;
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    container.remove();
    Element.prototype.getBoundingClientRect = realBoundingRect;
  });

  it('keeps the server markup, unrendered by React, until the part nears the viewport', async () => {
    const html = await serveAndHydrate(<Page />);
    expect(renders).toBe(0); // nothing inside a deferred part was rendered while hydrating
    expect(container.innerHTML).toBe(html); // and nothing was changed
    expect(container.querySelectorAll('[data-live="true"]')).toHaveLength(0);

    await scrollTo(container.querySelector('[data-deferred]')!);
    expect(renders).toBe(1);
    const first = container.querySelector('[data-deferred]')!;
    expect(first.getAttribute('data-live')).toBe('true');
    expect(first.querySelector('.counted')?.textContent).toBe('first link');
  });

  it('measures a box-less wrapper (display: contents) by its first child', async () => {
    await serveAndHydrate(<Page />);
    const section = container.querySelector('.deferred-section')!;
    expect(section.getAttribute('data-live')).toBeNull();
    await scrollTo(section.querySelector('h2')!);
    expect(section.getAttribute('data-live')).toBe('true');
    expect(container.querySelector('[data-deferred]')!.getAttribute('data-live')).toBeNull(); // still far below
  });

  it('hydrates in place a part that is already within reach of the viewport when the page hydrates', async () => {
    // The box-less section (its heading and inner part) is on screen; the first part (a block) is far below.
    const html = await serveAndHydrate(<Page />, '/docs/guide', (page) => [
      page.querySelector('h2')!,
      page.querySelector('.deferred-section [data-deferred]')!,
    ]);
    const section = container.querySelector('.deferred-section')!;
    const before = section.querySelector('.counted'); // captured after hydration: must be the server's element
    expect(section.getAttribute('data-live')).toBe('true');
    expect(section.querySelector('[data-deferred]')!.getAttribute('data-live')).toBe('true');
    expect(renders).toBe(1); // the inner part, rendered once while hydrating, not again
    expect(container.querySelector('[data-deferred]')!.getAttribute('data-live')).toBeNull();
    // Hydrated, not replaced: the markup is the server's, apart from the live marks.
    expect(container.innerHTML.replaceAll(' data-live="true"', '')).toBe(html);
    await scrollTo(...Array.from(container.querySelectorAll('[data-deferred]')));
    expect(section.querySelector('.counted')).toBe(before);
  });

  it('renders live at once on a client-side navigation (no server markup to adopt)', async () => {
    document.documentElement.setAttribute('data-has-hydrated', 'true');
    renders = 0;
    const {createRoot} = await import('react-dom/client');
    await act(async () => {
      root = createRoot(container);
      root.render(<Page />);
    });
    expect(renders).toBe(2);
    expect(container.querySelectorAll('[data-live="true"]')).toHaveLength(3);
  });

  it('hydrates at once the part holding the URL fragment target, so :target keeps pointing at it', async () => {
    await serveAndHydrate(<Page />, '/docs/guide#later');
    const section = container.querySelector('.deferred-section')!;
    expect(section.getAttribute('data-live')).toBe('true');
    // the first part does not hold #later: still inert
    expect(container.querySelector('[data-deferred]')!.getAttribute('data-live')).toBeNull();
  });

  it('hydrates at once a part that reads the query, and the parts around it, when the URL has one', async () => {
    await serveAndHydrate(<Page query />, '/docs/guide?tb=20');
    const live = Array.from(container.querySelectorAll('[data-live="true"]'));
    expect(live.map((element) => (element.classList.contains('deferred-section') ? 'section' : 'inner'))).toEqual([
      'section',
      'inner',
    ]);
    expect(renders).toBe(1); // the inner part, hydrated; the first part stays inert
  });

  it('stays inert for a query-reading part when the URL has no query', async () => {
    await serveAndHydrate(<Page query />);
    expect(container.querySelectorAll('[data-live="true"]')).toHaveLength(0);
  });

  it('goes live when the reader tabs into it, keeping focus on the field and its text selected', async () => {
    await serveAndHydrate(<Page />);
    const inert = container.querySelector<HTMLInputElement>('input[name="tb"]')!;
    // Tab focuses the field and selects its text in the same turn; React renders the live part just after.
    await act(async () => {
      inert.focus();
      inert.select();
    });
    const live = container.querySelector<HTMLInputElement>('input[name="tb"]')!;
    expect(live).not.toBe(inert); // React rendered a new element in its place
    expect(document.activeElement).toBe(live);
    expect([live.selectionStart, live.selectionEnd]).toEqual([0, 2]);
  });
});
