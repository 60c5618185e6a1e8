import {describe, expect, it, vi} from 'vitest';
import {whenIdleAfterLoad} from './printReady';

function fakeWindow(readyState: DocumentReadyState, idle: boolean) {
  const listeners = new Map<string, () => void>();
  const timers: {callback: () => void; ms: number}[] = [];
  const idleCallbacks: (() => void)[] = [];
  const win = {
    document: {readyState},
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: () => undefined,
    setTimeout: (callback: () => void, ms: number) => timers.push({callback, ms}),
    ...(idle ? {requestIdleCallback: (callback: () => void) => idleCallbacks.push(callback)} : {}),
  };
  return {win: win as unknown as Parameters<typeof whenIdleAfterLoad>[1], listeners, timers, idleCallbacks};
}

describe('whenIdleAfterLoad', () => {
  it('waits for load, then the delay, then an idle period', () => {
    const {win, listeners, timers, idleCallbacks} = fakeWindow('loading', true);
    const callback = vi.fn();
    whenIdleAfterLoad(callback, win, 3000);
    expect(timers).toHaveLength(0);
    listeners.get('load')!();
    expect(timers.map((t) => t.ms)).toEqual([3000]);
    timers[0]!.callback();
    expect(callback).not.toHaveBeenCalled();
    idleCallbacks[0]!();
    expect(callback).toHaveBeenCalledOnce();
  });

  it('starts the delay at once on a page already loaded, and falls back to a timer without requestIdleCallback', () => {
    const {win, timers} = fakeWindow('complete', false);
    const callback = vi.fn();
    whenIdleAfterLoad(callback, win, 3000);
    expect(timers.map((t) => t.ms)).toEqual([3000]);
    timers[0]!.callback();
    expect(timers.map((t) => t.ms)).toEqual([3000, 0]);
    timers[1]!.callback();
    expect(callback).toHaveBeenCalledOnce();
  });
});
