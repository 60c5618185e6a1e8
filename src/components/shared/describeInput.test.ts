import {describe, expect, it} from 'vitest';
import {withDefaults} from '../../model';
import {describeInput} from './describeInput';

describe('describeInput', () => {
  it('names the inputs, including those that differ from the defaults', () => {
    expect(describeInput(withDefaults(), 'en')).toBe(
      '10 TB/month, 3 AZs, 1,000 requests/s, tar = 10%, 10 services, us-east-1',
    );
    expect(describeInput(withDefaults({aff: 50}), 'ko')).toContain('aff = 50%');
  });
});
