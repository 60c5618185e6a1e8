// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {hashTarget} from './hashTarget';

describe('hashTarget', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the element a fragment names, decoded, and nothing for an empty or unknown one', () => {
    document.body.innerHTML = '<h2 id="개요">개요</h2><h2 id="a b">x</h2>';
    expect(hashTarget('#%EA%B0%9C%EC%9A%94')?.id).toBe('개요');
    expect(hashTarget('#a%20b')?.id).toBe('a b');
    expect(hashTarget('#')).toBeNull();
    expect(hashTarget('')).toBeNull();
    expect(hashTarget('#missing')).toBeNull();
    expect(hashTarget('#%E0%A4%A')).toBeNull(); // bad percent-encoding: looked up as written, not thrown
  });
});
