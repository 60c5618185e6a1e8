import {describe, expect, it} from 'vitest';
import {interpretTypedNumber} from './typedNumber';

const tb = {min: 0.001, max: 100_000, integer: false};
const az = {min: 2, max: 6, integer: true};

describe('interpretTypedNumber', () => {
  it('accepts in-range numbers as typed', () => {
    expect(interpretTypedNumber('20', false, tb)).toEqual({kind: 'ok', value: 20});
    expect(interpretTypedNumber(' 0.5 ', false, tb)).toEqual({kind: 'ok', value: 0.5});
    expect(interpretTypedNumber('4', false, az)).toEqual({kind: 'ok', value: 4});
  });

  it('rejects empty and unreadable text', () => {
    expect(interpretTypedNumber('', false, tb)).toEqual({kind: 'invalid', reason: 'empty'});
    expect(interpretTypedNumber('', true, tb)).toEqual({kind: 'invalid', reason: 'not-a-number'});
    expect(interpretTypedNumber('abc', false, tb)).toEqual({kind: 'invalid', reason: 'not-a-number'});
  });

  it('clamps out-of-range values and says which end', () => {
    expect(interpretTypedNumber('-5', false, tb)).toEqual({kind: 'adjusted', value: 0.001, reason: 'below-min'});
    expect(interpretTypedNumber('200000', false, tb)).toEqual({kind: 'adjusted', value: 100_000, reason: 'above-max'});
    expect(interpretTypedNumber('1e309', false, az)).toEqual({kind: 'adjusted', value: 6, reason: 'above-max'});
  });

  it('rounds fractions in integer fields', () => {
    expect(interpretTypedNumber('2.6', false, az)).toEqual({kind: 'adjusted', value: 3, reason: 'rounded'});
  });
});
