// @vitest-environment jsdom
import {act, cleanup, render} from '@testing-library/react';
import {useRef} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {isNearViewport, useNearViewport, type NearViewportOptions} from './nearViewport';

/** jsdom lays nothing out: give an element the box it would have, `top` px below the top of the 768 px viewport. */
function place(element: Element, top: number, height = 100): void {
  element.getBoundingClientRect = () => ({top, bottom: top + height, height, width: height === 0 ? 0 : 300}) as DOMRect;
}

const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

describe('isNearViewport', () => {
  it('is near from `screens` viewport heights below the viewport, and anywhere above it', () => {
    const element = document.createElement('div');
    place(element, 768 * 2, 10); // top exactly one screen below the viewport's bottom edge
    expect(isNearViewport(element, 1)).toBe(true);
    expect(isNearViewport(element, 0.5)).toBe(false);
    place(element, 768 * 2 + 1, 10);
    expect(isNearViewport(element, 1)).toBe(false);
    // Far above: a jump (End, an anchor link) carried it past without it ever showing.
    place(element, -20_000, 100);
    expect(isNearViewport(element, 0)).toBe(true);
  });

  it('measures a box-less wrapper (display: contents) by its first child, and an empty one as never near', () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<p>a</p><p>b</p>';
    place(wrapper, 0, 0); // a display: contents element reports an empty box at 0
    place(wrapper.firstElementChild!, 3000);
    expect(isNearViewport(wrapper, 1)).toBe(false);
    place(wrapper.firstElementChild!, 1500);
    expect(isNearViewport(wrapper, 1)).toBe(true);
    const empty = document.createElement('div');
    place(empty, 0, 0);
    expect(isNearViewport(empty, 1)).toBe(false);
  });
});

function Probe({top, options}: {readonly top: {current: number}; readonly options?: NearViewportOptions}) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, options);
  return (
    <div
      ref={(element) => {
        ref.current = element;
        if (element) element.getBoundingClientRect = () => ({top: top.current, height: 100, width: 300}) as DOMRect;
      }}
      data-testid="probe">
      {near ? 'near' : 'far'}
    </div>
  );
}

describe('useNearViewport', () => {
  afterEach(cleanup);

  it('turns true once a scroll brings the element within reach, and stays true', async () => {
    const top = {current: 5000};
    const {getByTestId} = render(<Probe top={top} />);
    await nextFrame();
    expect(getByTestId('probe').textContent).toBe('far');
    top.current = 1500; // within a screen below the 768 px viewport
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(getByTestId('probe').textContent).toBe('near');
    top.current = 5000;
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(getByTestId('probe').textContent).toBe('near');
  });

  it('is true when the page is about to print, unless print hides the part', async () => {
    const top = {current: 5000};
    const {getAllByTestId} = render(
      <>
        <Probe top={top} />
        <Probe top={top} options={{print: false}} />
      </>,
    );
    await nextFrame();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(getAllByTestId('probe').map((probe) => probe.textContent)).toEqual(['near', 'far']);
  });
});
