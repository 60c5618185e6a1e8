// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {holdInPlace, jumpTop} from './keepHashTarget';

/** A page whose layout the test controls: the target's top moves by what `shiftContent` adds, minus scrolling. */
function fakeLayout() {
  let contentShift = 0;
  let scrolled = 0;
  const target = document.createElement('h3');
  target.id = 'nodelocal-dnscache';
  document.body.append(target);
  target.getBoundingClientRect = () => ({top: 60 + contentShift - scrolled}) as DOMRect;
  const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(((x: number, y: number) => {
    scrolled += y;
  }) as typeof window.scrollBy);
  return {target, scrollBy, shiftContent: (px: number) => (contentShift += px)};
}

describe('jumpTop', () => {
  it("is the target's scroll-margin-top (the sticky navbar's room), 0 without one", () => {
    const heading = document.createElement('h2');
    document.body.append(heading);
    expect(jumpTop(heading)).toBe(0);
    heading.style.scrollMarginTop = '76px';
    expect(jumpTop(heading)).toBe(76);
    heading.remove();
  });
});

describe('holdInPlace', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('scrolls back every frame the page above the target grows or shrinks, until the time is up', () => {
    vi.useFakeTimers({toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance']});
    const {target, scrollBy, shiftContent} = fakeLayout();
    holdInPlace(() => target, 60, 1000);
    vi.advanceTimersByTime(16);
    expect(scrollBy).not.toHaveBeenCalled(); // nothing moved
    shiftContent(-144); // blocks above swapped placeholder heights for smaller real ones
    vi.advanceTimersByTime(16);
    expect(scrollBy).toHaveBeenLastCalledWith(0, -144);
    expect(target.getBoundingClientRect().top).toBe(60);
    vi.advanceTimersByTime(2000);
    shiftContent(30); // after the settle time the page is the reader's again
    vi.advanceTimersByTime(16);
    expect(scrollBy).toHaveBeenCalledTimes(1);
  });

  it('stops as soon as the reader scrolls, and follows a target replaced by a live re-render', () => {
    vi.useFakeTimers({toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance']});
    const {target, scrollBy, shiftContent} = fakeLayout();
    let current: Element = target;
    holdInPlace(() => current, 60, 1000);
    const replacement = document.createElement('h3');
    replacement.getBoundingClientRect = () => ({top: 10}) as DOMRect;
    current = replacement;
    vi.advanceTimersByTime(16);
    expect(scrollBy).toHaveBeenLastCalledWith(0, -50);
    window.dispatchEvent(new Event('wheel'));
    shiftContent(40);
    current = target;
    vi.advanceTimersByTime(100);
    expect(scrollBy).toHaveBeenCalledTimes(1);
  });
});
