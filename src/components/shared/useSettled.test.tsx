// @vitest-environment jsdom
import {act, cleanup, renderHook} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {useSettled} from './useSettled';

describe('useSettled', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('keeps the previous value until the new one has rested for the delay', async () => {
    const {result, rerender} = renderHook(({value}) => useSettled(value, 200), {initialProps: {value: 1}});
    expect(result.current).toBe(1);
    rerender({value: 2});
    expect(result.current).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(199));
    expect(result.current).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(result.current).toBe(2);
  });

  it('restarts the wait on every change, so a drag settles once, on its last value', async () => {
    const {result, rerender} = renderHook(({value}) => useSettled(value, 200), {initialProps: {value: 0}});
    for (const value of [1, 2, 3, 4]) {
      rerender({value});
      await act(() => vi.advanceTimersByTimeAsync(150)); // 4 changes 150 ms apart: never 200 ms of rest
      expect(result.current).toBe(0);
    }
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(result.current).toBe(4);
  });
});
